package io.switchboard.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A contact's zone from its number's calling code, for countries with a single zone. */
class ContactZonesTests {
    static final ZoneId WORKSPACE = ZoneId.of("Asia/Kolkata");

    @Test
    void aSingleZoneCountryGivesItsZone() {
        assertThat(ContactZones.ofNumber("+393471234567", WORKSPACE))
                .isEqualTo(new ContactZones.Zone(ZoneId.of("Europe/Rome"), ContactZones.Source.PHONE));
        assertThat(ContactZones.ofNumber("819012345678", WORKSPACE).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        // Three-digit codes: Portugal (351), Ireland (353), UAE (971).
        assertThat(ContactZones.ofNumber("+351912345678", WORKSPACE).zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(ContactZones.ofNumber("+353871234567", WORKSPACE).zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
        assertThat(ContactZones.ofNumber("+971501234567", WORKSPACE).zone()).isEqualTo(ZoneId.of("Asia/Dubai"));
    }

    @Test
    void multiZoneOrUnknownCountriesFallBackToTheWorkspace() {
        for (var number : new String[] {"+16505551234", "+5511912345678", "+79161234567", "+61412345678", null}) {
            assertThat(ContactZones.ofNumber(number, WORKSPACE))
                    .as(number)
                    .isEqualTo(new ContactZones.Zone(WORKSPACE, ContactZones.Source.WORKSPACE));
        }
    }

    @Test
    void everyZoneInTheTableIsAKnownZone() {
        assertThat(ContactZones.BY_CALLING_CODE).hasSizeGreaterThanOrEqualTo(38);
        ContactZones.BY_CALLING_CODE
                .values()
                .forEach(z -> assertThat(ZoneId.getAvailableZoneIds()).contains(z.getId()));
    }
}
