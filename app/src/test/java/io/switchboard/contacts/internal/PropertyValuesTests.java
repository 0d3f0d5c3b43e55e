package io.switchboard.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contacts.PropertyDefinition;
import io.switchboard.contacts.PropertyType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Values checked against their property's type, from JSON and from forms, and read back typed. */
class PropertyValuesTests {
    static PropertyDefinition of(PropertyType type, String... options) {
        return new PropertyDefinition(UUID.randomUUID(), "p", "Field", type, List.of(options));
    }

    @Test
    void numbersAreStoredCanonicallyAndReadAsDecimals() {
        var number = of(PropertyType.NUMBER);
        assertThat(PropertyValues.normalize(number, 12.50).items()).containsExactly("12.5");
        assertThat(PropertyValues.normalize(number, " 1e3 ").items()).containsExactly("1000");
        assertThat(PropertyValues.read(number, List.of("12.5"))).contains(new BigDecimal("12.5"));
        assertThat(PropertyValues.normalize(number, "twelve").violation().message())
                .isEqualTo("Field must be a number, like 42 or 3.5.");
        assertThat(PropertyValues.normalize(number, true).violation()).isNotNull();
    }

    @Test
    void datesBooleansAndTextHaveTheirRules() {
        assertThat(PropertyValues.normalize(of(PropertyType.DATE), "2026-02-28").items())
                .containsExactly("2026-02-28");
        assertThat(PropertyValues.normalize(of(PropertyType.DATE), "2026-02-30").violation())
                .isNotNull();
        assertThat(PropertyValues.normalize(of(PropertyType.BOOLEAN), "Yes").items())
                .containsExactly("true");
        assertThat(PropertyValues.normalize(of(PropertyType.BOOLEAN), false).items())
                .containsExactly("false");
        assertThat(PropertyValues.normalize(of(PropertyType.BOOLEAN), "maybe").violation())
                .isNotNull();
        assertThat(PropertyValues.normalize(of(PropertyType.TEXT), 5).violation())
                .isNotNull();
        assertThat(PropertyValues.normalize(of(PropertyType.TEXT), "x".repeat(1001))
                        .violation())
                .isNotNull();
        assertThat(PropertyValues.normalize(of(PropertyType.TEXT), "  ").items())
                .as("blank: no value")
                .isEmpty();
        assertThat(PropertyValues.normalize(of(PropertyType.TEXT), null).violation())
                .isNull();
    }

    @Test
    void selectsTakeOnlyTheirOptions() {
        var single = of(PropertyType.SINGLE_SELECT, "free", "gold");
        assertThat(PropertyValues.normalize(single, "gold").items()).containsExactly("gold");
        assertThat(PropertyValues.normalize(single, "Gold").violation().message())
                .isEqualTo("Field must be one of: free, gold.");
        var multi = of(PropertyType.MULTI_SELECT, "S", "M", "L");
        assertThat(PropertyValues.normalize(multi, List.of("L", "S", "L")).items())
                .containsExactly("L", "S");
        assertThat(PropertyValues.normalize(multi, "M").items()).containsExactly("M");
        assertThat(PropertyValues.normalize(multi, List.of("S", "XL")).violation())
                .isNotNull();
        assertThat(PropertyValues.read(multi, List.of("L", "S"))).contains(List.of("S", "L"));
    }
}
