package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** E.164 from what people type, with and without a default country calling code. */
class PhoneNumbersTests {
    @Test
    void internationalNumbersKeepTheirCountry() {
        assertThat(PhoneNumbers.e164("+1 (650) 555-1234")).isEqualTo("+16505551234");
        assertThat(PhoneNumbers.e164("0044 20 7946 0000", "39")).isEqualTo("+442079460000");
        assertThat(PhoneNumbers.e164("+44 20 7946 0000", "39")).isEqualTo("+442079460000");
    }

    @Test
    void nationalNumbersGetTheDefaultCountry() {
        assertThat(PhoneNumbers.e164("030 1234567", "49")).isEqualTo("+49301234567");
        assertThat(PhoneNumbers.e164("06 1234 5678", "+39"))
                .as("Italy keeps its leading 0")
                .isEqualTo("+390612345678");
        assertThat(PhoneNumbers.e164("333/1234567", "39")).isEqualTo("+393331234567");
        assertThat(PhoneNumbers.e164("16505551234", null)).isEqualTo("+16505551234");
        assertThatThrownBy(() -> PhoneNumbers.e164("12ab", "39")).isInstanceOf(ContactException.class);
    }
}
