package io.switchboard.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.templates.TemplateDefinition;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Meta's published creation requests and list answer (fixtures/cloud-api-requests) pass our rules and round-trip. */
class MetaJsonTests {
    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode fixture(String name) throws IOException {
        try (var in = MetaJsonTests.class.getResourceAsStream("/fixtures/cloud-api-requests/" + name)) {
            return JSON.readTree(in);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"create-template-marketing.request.json", "create-template-utility-document-url.request.json"})
    void metasCreationExamplesPassTheRulesAndRoundTrip(String name) throws IOException {
        var request = fixture(name);
        var definition = MetaJson.fromMeta(request);

        assertThat(TemplateRules.check(definition)).isEmpty();
        assertThat(MetaJson.toMeta(definition)).isEqualTo(request);
    }

    @Test
    void readsEveryPartOfTheMarketingExample() throws IOException {
        var d = MetaJson.fromMeta(fixture("create-template-marketing.request.json"));

        assertThat(d.name()).isEqualTo("seasonal_promotion");
        assertThat(d.category()).isEqualTo("MARKETING");
        assertThat(d.header()).isEqualTo(new TemplateDefinition.Header("TEXT", "Our {{1}} is on!", "Summer Sale"));
        assertThat(d.body().examples())
                .containsExactlyInAnyOrderEntriesOf(Map.of("1", "the end of August", "2", "25OFF", "3", "25%"));
        assertThat(d.footer()).isEqualTo("Use the buttons below to manage your marketing subscriptions");
        assertThat(d.buttons())
                .extracting(TemplateDefinition.Button::type)
                .containsExactly("QUICK_REPLY", "QUICK_REPLY");
    }

    @Test
    void everyTemplateOfMetasListAnswerIsReadable() throws IOException {
        for (var item : fixture("list-templates.response.json").path("data")) {
            var d = MetaJson.fromMeta(item);
            assertThat(d.name()).isEqualTo(item.path("name").asString());
            assertThat(d.language()).isEqualTo(item.path("language").asString());
            assertThat(d.body().text()).isNotBlank();
        }
    }

    @Test
    void namedVariablesUseMetasNamedExamples() {
        var d = Drafts.named(
                "Hi {{first_name}}, order {{order_id}} is ready.", Map.of("first_name", "Ana", "order_id", "7"));
        var json = MetaJson.toMeta(d);

        assertThat(json.path("parameter_format").asString()).isEqualTo("named");
        var params = json.path("components").path(0).path("example").path("body_text_named_params");
        assertThat(params.path(0).path("param_name").asString()).isEqualTo("first_name");
        assertThat(params.path(1).path("example").asString()).isEqualTo("7");
        assertThat(MetaJson.fromMeta(json).body()).isEqualTo(d.body());
    }

    @Test
    void dynamicUrlsCopyCodesAndOneTimePasswordsUseMetasFields() {
        var d = Drafts.withCategory(
                "MARKETING",
                java.util.List.of(
                        Drafts.url("Track", "https://shop.example/t/{{1}}", "A-17"), Drafts.copyCode("SUMMER25")));
        var buttons = MetaJson.toMeta(d).path("components").path(2).path("buttons");

        assertThat(buttons.path(0).path("example").path(0).asString()).isEqualTo("A-17");
        assertThat(buttons.path(1).path("example").asString()).isEqualTo("SUMMER25");
        assertThat(MetaJson.fromMeta(MetaJson.toMeta(d)).buttons()).isEqualTo(d.buttons());
    }
}
