package io.switchboard.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.templates.TemplateDefinition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Previews fill variables with sample values (given ones first, then the examples). */
class PreviewTests {
    @Test
    void fillsHeaderAndBodyWithExamples() {
        var d = new TemplateDefinition(
                "promo",
                "en_US",
                "MARKETING",
                "POSITIONAL",
                new TemplateDefinition.Header("TEXT", "Our {{1}} is on!", "Summer Sale"),
                new TemplateDefinition.Body("Use code {{1}} to get {{2}} off today.", Map.of("1", "25OFF", "2", "25%")),
                "Reply STOP to opt out",
                List.of(Drafts.quickReply("Stop promos")),
                Map.of());

        var rendered = Preview.render(d, Map.of());

        assertThat(rendered.header()).isEqualTo("Our Summer Sale is on!");
        assertThat(rendered.body()).isEqualTo("Use code 25OFF to get 25% off today.");
        assertThat(rendered.footer()).isEqualTo("Reply STOP to opt out");
        assertThat(rendered.buttons()).containsExactly("Stop promos");
    }

    @Test
    void givenSamplesWinAndMissingOnesStayVisible() {
        var d = Drafts.withBody("Hello {{1}}, your order {{2}} has shipped $1.", Map.of("1", "Ana"));

        assertThat(Preview.render(d, Map.of("2", "B-9")).body()).isEqualTo("Hello Ana, your order B-9 has shipped $1.");
        assertThat(Preview.render(d, Map.of()).body()).isEqualTo("Hello Ana, your order {{2}} has shipped $1.");
    }
}
