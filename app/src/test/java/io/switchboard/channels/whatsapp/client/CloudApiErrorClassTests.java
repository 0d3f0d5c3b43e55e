package io.switchboard.channels.whatsapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code of the reference's table (§3 "our handling") lands in its class, by code alone. */
class CloudApiErrorClassTests {
    private static GraphError error(int http, Integer code) {
        return new GraphError(http, code, null, "OAuthException", "(#" + code + ") whatever the title says", null, "t");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1, RETRYABLE",
        "2, RETRYABLE",
        "4, RETRYABLE",
        "80007, RETRYABLE",
        "130429, RETRYABLE",
        "131000, RETRYABLE",
        "131016, RETRYABLE",
        "131056, RETRYABLE",
        "131057, RETRYABLE",
        "133004, RETRYABLE",
        "131047, OUTSIDE_WINDOW",
        "131049, WAIT_24H",
        "0, CHANNEL_DISABLING",
        "190, CHANNEL_DISABLING",
        "3, CHANNEL_DISABLING",
        "10, CHANNEL_DISABLING",
        "200, CHANNEL_DISABLING",
        "230, CHANNEL_DISABLING",
        "299, CHANNEL_DISABLING",
        "131005, CHANNEL_DISABLING",
        "33, CHANNEL_DISABLING",
        "368, CHANNEL_DISABLING",
        "131031, CHANNEL_DISABLING",
        "131037, CHANNEL_DISABLING",
        "131042, CHANNEL_DISABLING",
        "131045, CHANNEL_DISABLING",
        "131048, CHANNEL_DISABLING",
        "133010, CHANNEL_DISABLING",
        "100, PERMANENT",
        "131008, PERMANENT",
        "131009, PERMANENT",
        "131021, PERMANENT",
        "131026, PERMANENT",
        "131050, PERMANENT",
        "131051, PERMANENT",
        "131052, PERMANENT",
        "131053, PERMANENT",
        "131063, PERMANENT",
        "131064, PERMANENT",
        "130403, PERMANENT",
        "130472, PERMANENT",
        "130497, PERMANENT",
        "132000, PERMANENT",
        "132001, PERMANENT",
        "132005, PERMANENT",
        "132007, PERMANENT",
        "132012, PERMANENT",
        "132015, PERMANENT",
        "132016, PERMANENT",
        "132068, PERMANENT",
        "132069, PERMANENT",
        "133005, PERMANENT",
        "133008, PERMANENT",
        "133009, PERMANENT",
        "133015, PERMANENT",
        "133016, PERMANENT"
    })
    void classifiesByCode(int code, ErrorClass expected) {
        assertThat(ErrorClassifier.classify(error(400, code))).isEqualTo(expected);
        // A known code decides even when the HTTP status would suggest otherwise.
        assertThat(ErrorClassifier.classify(error(500, code))).isEqualTo(expected);
        assertThat(ErrorClassifier.classify(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 300, 131055, 2388019, 999999})
    void unknownCodeIsPermanentUnlessServerError(int code) {
        assertThat(ErrorClassifier.classify(error(400, code))).isEqualTo(ErrorClass.PERMANENT);
        assertThat(ErrorClassifier.classify(error(503, code))).isEqualTo(ErrorClass.RETRYABLE);
        assertThat(ErrorClassifier.classify(code)).isEqualTo(ErrorClass.PERMANENT);
    }

    @ParameterizedTest(name = "HTTP {0} without envelope → {1}")
    @CsvSource({
        "0, RETRYABLE",
        "500, RETRYABLE",
        "502, RETRYABLE",
        "429, RETRYABLE",
        "400, PERMANENT",
        "404, PERMANENT",
        "200, PERMANENT"
    })
    void withoutCodeClassifiesByWhatHappenedOnTheWire(int http, ErrorClass expected) {
        assertThat(ErrorClassifier.classify(new GraphError(http, null, null, null, "x", null, null)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rate limit hit", "Service temporarily unavailable", "access token expired"})
    void neverReadsTheMessageText(String message) {
        assertThat(ErrorClassifier.classify(new GraphError(400, 100, null, null, message, message, null)))
                .isEqualTo(ErrorClass.PERMANENT);
    }

    @org.junit.jupiter.api.Test
    void theTableTestedHereIsTheWholeTable() {
        // Guards against a code added to the classifier without a line in classifiesByCode above.
        assertThat(ErrorClassifier.table()).hasSize(53);
    }
}
