package io.switchboard.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.compliance.ComplianceException;
import io.switchboard.compliance.ConsentState;
import io.switchboard.compliance.KeywordMatch;
import io.switchboard.compliance.KeywordSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyword matching and validation over the default keywords. */
class ConsentKeywordRulesTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "stop|en",
                "  STOP  |en",
                "Stop!|en",
                "unsubscribe|en",
                "Stop promotions|en",
                "Annulla|it",
                "disiscrivimi|it",
                "  STOPP |de",
                "abmelden|de",
                "Baja|es",
                "¡Baja!|es",
                "ARRÊT|fr",
                "arret|fr",
                "Arrêt.|fr",
                "désabonner|fr",
                "Sair|pt",
                "PARAR|pt"
            })
    void optOutKeywordsMatchTheWholeMessageInTheirLanguage(String message, String language) {
        var match = KeywordRules.match(KeywordDefaults.ALL, message);
        assertThat(match).map(KeywordMatch::state).contains(ConsentState.WITHDRAWN);
        assertThat(match.orElseThrow().set().language()).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "stop please",
                "stopwatch",
                "please stop",
                "non stop",
                "",
                "   ",
                "st op",
                "STOP STOP",
                "🛑",
                "Stop?"
            })
    void otherMessagesAreConversation(String message) {
        assertThat(KeywordRules.match(KeywordDefaults.ALL, message)).isEmpty();
    }

    @Test
    void optInKeywordsGrant() {
        assertThat(KeywordRules.match(KeywordDefaults.ALL, "start"))
                .map(KeywordMatch::state)
                .contains(ConsentState.GRANTED);
        var italian = KeywordRules.match(KeywordDefaults.ALL, "Iscrivimi").orElseThrow();
        assertThat(italian.state()).isEqualTo(ConsentState.GRANTED);
        assertThat(italian.reply()).startsWith("Sei iscritto");
    }

    @Test
    void theReplyIsInTheKeywordsLanguage() {
        assertThat(KeywordRules.match(KeywordDefaults.ALL, "annulla")
                        .orElseThrow()
                        .reply())
                .startsWith("Non riceverai");
        assertThat(KeywordRules.match(KeywordDefaults.ALL, "stopp")
                        .orElseThrow()
                        .reply())
                .startsWith("Sie erhalten keine");
        // STOP is English and Italian: the first language listing it answers.
        assertThat(KeywordRules.match(KeywordDefaults.ALL, "stop").orElseThrow().reply())
                .startsWith("You will no longer");
    }

    @Test
    void validationCleansAndRefusesContradictions() {
        var clean = KeywordRules.validate(
                List.of(new KeywordSet("it", List.of(" Basta ", "", "BASTA"), List.of("Si"), " ok ", "")));
        assertThat(clean.getFirst().optOut()).containsExactly("Basta");
        assertThat(clean.getFirst().optOutReply()).isEqualTo("ok");
        assertThatThrownBy(() -> KeywordRules.validate(List.of(
                        new KeywordSet("en", List.of("STOP"), List.of(), "", ""),
                        new KeywordSet("it", List.of(), List.of("stop"), "", ""))))
                .isInstanceOf(ComplianceException.class)
                .satisfies(e -> assertThat(((ComplianceException) e).fields()).containsKey("sets[1].optIn"));
        assertThatThrownBy(() -> KeywordRules.validate(List.of(
                        new KeywordSet("en", List.of(), List.of(), "", ""),
                        new KeywordSet("EN", List.of(), List.of(), "", ""))))
                .isInstanceOf(ComplianceException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(
                        () -> KeywordRules.validate(List.of(new KeywordSet("english!", List.of(), List.of(), "", ""))))
                .isInstanceOf(ComplianceException.class);
    }
}
