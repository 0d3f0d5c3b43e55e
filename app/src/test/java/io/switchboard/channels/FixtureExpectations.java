package io.switchboard.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.ServiceWindows;
import io.switchboard.testsupport.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What each Meta fixture must have produced, read back through the API (and the event log for events). */
final class FixtureExpectations {
    private final HttpApi api;
    private final FixtureWorkspace ws;
    private final JdbcClient jdbc;
    private final EventLog events;
    private final ServiceWindows windows;
    private final JsonNode value;

    FixtureExpectations(
            HttpApi api,
            FixtureWorkspace ws,
            JdbcClient jdbc,
            EventLog events,
            ServiceWindows windows,
            JsonNode value) {
        this.api = api;
        this.ws = ws;
        this.jdbc = jdbc;
        this.events = events;
        this.windows = windows;
        this.value = value;
    }

    void check(String fixture) {
        switch (fixture) {
            case "text-message.json" -> {
                var contact = contact("16505551234");
                assertThat(contact.get("profileName").asString()).isEqualTo("Sheena Nelson");
                assertThat(contact.get("phone").asString()).isEqualTo("+16505551234");
                var m = only("16505551234");
                assertThat(m.get("type").asString()).isEqualTo("text");
                assertThat(m.get("direction").asString()).isEqualTo("IN");
                assertThat(m.get("content").get("body").asString()).isEqualTo("Does it come in another color?");
                assertThat(m.get("occurredAt").asString()).isEqualTo("2025-06-08T20:59:43Z");
                var channel = ws.byPhone().get("106540352242922");
                var id = new ContactId(UUID.fromString(contact.get("id").asString()));
                assertThat(windows.expiresAt(ws.tenant().workspaceId(), id, channel))
                        .contains(Instant.ofEpochSecond(1749416383L).plus(Duration.ofHours(24)));
            }
            case "referral-ctwa.json" -> {
                var m = only("16505551234");
                assertThat(m.get("content").get("referral").get("ctwaClid").asString())
                        .startsWith("Aff-n8ZTODiE79d22KtAwQKj9e");
                assertThat(m.get("content")
                                .get("referral")
                                .get("welcomeMessage")
                                .asString())
                        .isEqualTo("Hi there! Let us know how we can help!");
                assertThat(m.get("content").get("body").asString()).isEqualTo("Can I get more info about this?");
            }
            case "image-message.json" ->
                media(
                        "16505551234",
                        "image",
                        "1003383421387256",
                        m -> "Taj Mahal".equals(m.get("caption").asString()));
            case "document-message.json" ->
                media(
                        "16505551234",
                        "document",
                        "622684793477189",
                        m -> "receipt.pdf".equals(m.get("filename").asString()));
            case "sticker-message.json" ->
                media(
                        "16505551234",
                        "sticker",
                        "1908647269898587",
                        m -> m.get("animated").asBoolean());
            case "audio-voice-message.json" ->
                media(
                        "1111111111111",
                        "audio",
                        "827776106019109",
                        m -> m.get("voice").asBoolean());
            case "video-message.json" ->
                media(
                        "1111111111111",
                        "video",
                        "661828760183585",
                        m -> "hello world".equals(m.get("caption").asString()));
            case "location.json" -> {
                var c = only("16505551234").get("content");
                assertThat(c.get("latitude").asDouble()).isEqualTo(37.44221496582);
                assertThat(c.get("longitude").asDouble()).isEqualTo(-122.16165924072);
                assertThat(c.get("name").asString()).isEqualTo("Philz Coffee");
            }
            case "contacts.json" -> {
                var c = only("16505551234").get("content");
                assertThat(c.get("count").asInt()).isEqualTo(1);
                assertThat(c.get("cardsJson").asString()).contains("Barbara J. Johnson", "14125550829");
            }
            case "interactive-list-reply.json" -> {
                var m = only("16505551234");
                assertThat(m.get("content").get("kind").asString()).isEqualTo("list_reply");
                assertThat(m.get("content").get("id").asString()).isEqualTo("priority_express");
                assertThat(m.get("contextId").asString())
                        .isEqualTo("wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=");
            }
            case "interactive-button-reply.json" -> {
                var m = only("16505551234");
                assertThat(m.get("content").get("kind").asString()).isEqualTo("button_reply");
                assertThat(m.get("content").get("title").asString()).isEqualTo("Cancel");
                assertThat(m.get("contextId").asString())
                        .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA");
            }
            case "button-template-quick-reply.json" -> {
                var m = only("16505551234");
                assertThat(m.get("content").get("kind").asString()).isEqualTo("template_button");
                assertThat(m.get("content").get("payload").asString()).isEqualTo("Unsubscribe");
                assertThat(m.get("contextId").isNull()).isFalse();
            }
            case "reaction.json" -> {
                var c = only("16505551234").get("content");
                assertThat(c.get("emoji").asString()).isEqualTo("\uD83D\uDC4D");
                assertThat(c.get("messageId").asString())
                        .isEqualTo("wamid.HBgLMTQxMjU1NTA4MjkVAgASGBQzQUNCNjk5RDUwNUZGMUZEM0VBRAA=");
            }
            case "order.json" -> {
                var c = only("16505551234").get("content");
                assertThat(c.get("catalogId").asString()).isEqualTo("194836987003835");
                assertThat(c.get("items")).hasSize(2);
                assertThat(c.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
                assertThat(c.get("items").get(0).get("itemPrice").decimalValue())
                        .isEqualByComparingTo("30");
            }
            case "system-customer-changed-number.json" -> {
                var m = only("12195555358");
                assertThat(m.get("content").get("systemType").asString()).isEqualTo("user_changed_number");
                assertThat(find("16505551234"))
                        .as("no contact left under the old number")
                        .isEmpty();
            }
            case "unsupported.json" -> {
                var m = only("16505551234");
                assertThat(m.get("errorCode").asInt()).isEqualTo(131051);
                assertThat(m.get("content").get("unsupportedType").asString()).isEqualTo("edit");
            }
            case "text-reply-with-context.json" -> {
                assertThat(contact("972987654321").get("whatsAppUserId").asString())
                        .isEqualTo("US.13491208655302741918");
                assertThat(only("972987654321").get("contextId").asString()).isEqualTo("wamid.xyzxyz==");
            }
            case "status-sent-pmp.json" -> {
                var m = outbound("16505551234", "SENT");
                assertThat(m.get("pricing").get("pricing_model").asString()).isEqualTo("PMP");
                assertThat(m.get("pricing").get("category").asString()).isEqualTo("marketing");
            }
            case "status-sent-cbp-business-initiated.json" ->
                assertThat(outbound("1111111111111", "SENT")
                                .get("pricing")
                                .get("pricing_model")
                                .asString())
                        .isEqualTo("CBP");
            case "status-delivered-cbp.json" -> outbound("1111111111111", "DELIVERED");
            case "status-read-minimal.json" ->
                assertThat(outbound("1111111111111", "READ").get("pricing").isNull())
                        .isTrue();
            case "status-failed-131049.json" ->
                assertThat(outbound("16505551234", "FAILED").get("errorCode").asInt())
                        .isEqualTo(131049);
            case "status-failed-131047.json" ->
                assertThat(outbound("5511111111111", "FAILED").get("errorCode").asInt())
                        .isEqualTo(131047);
            case "status-sent-biz-opaque-callback-data.json" ->
                assertThat(outbound("972987654321", "SENT")
                                .get("bizOpaqueCallbackData")
                                .asString())
                        .isEqualTo("some data");
            case "errors-value-level-130429.json" ->
                assertThat(mine(WhatsAppErrorReported.class)).anyMatch(e -> e.code() == 130429);
            case "template-status-approved.json" ->
                assertThat(mine(TemplateStatusChanged.class))
                        .anyMatch(e -> "APPROVED".equals(e.event())
                                && "order_confirmation".equals(e.templateName())
                                && "1689556908129832".equals(e.templateId())
                                && "UTILITY".equals(e.category()));
            case "template-status-rejected-invalid-format.json" ->
                assertThat(mine(TemplateStatusChanged.class))
                        .anyMatch(e -> "REJECTED".equals(e.event())
                                && "INVALID_FORMAT".equals(e.reason())
                                && e.detail() != null);
            case "template-status-flagged-disable-info.json" ->
                assertThat(mine(TemplateStatusChanged.class))
                        .anyMatch(e -> "FLAGGED".equals(e.event())
                                && e.reason() == null
                                && "January 31, 2021".equals(e.detail()));
            case "template-category-update-pending.json" ->
                assertThat(mine(TemplateCategoryChanged.class))
                        .anyMatch(e -> "MARKETING".equals(e.correctCategory()) && "UTILITY".equals(e.newCategory()));
            case "template-quality-update.json" ->
                assertThat(mine(TemplateQualityChanged.class))
                        .anyMatch(e -> "YELLOW".equals(e.newScore()) && "GREEN".equals(e.previousScore()));
            case "template-components-update.json" ->
                assertThat(mine(TemplateComponentsChanged.class))
                        .anyMatch(e -> "order_confirmation".equals(e.templateName()));
            case "quality-update-throughput-upgrade.json" -> {
                assertThat(mine(PhoneNumberQualityChanged.class))
                        .anyMatch(e ->
                                "THROUGHPUT_UPGRADE".equals(e.event()) && "TIER_UNLIMITED".equals(e.currentLimit()));
                var channel = api.get(
                                "/api/v1/channels/" + ws.byPhone().get("106540352242922"),
                                ws.tenant().apiKey())
                        .json();
                assertThat(channel.get("messagingLimitTier").asString()).isEqualTo("TIER_UNLIMITED");
            }
            case "quality-update-flagged.json" ->
                assertThat(mine(PhoneNumberQualityChanged.class))
                        .anyMatch(e -> "FLAGGED".equals(e.event()) && "TIER_10K".equals(e.currentLimit()));
            case "account-update-violation.json" -> account("ACCOUNT_VIOLATION", "ADULT");
            case "account-update-disabled-reinstate.json" -> account("DISABLED_UPDATE", "REINSTATE");
            case "account-update-disabled-update.json" -> account("DISABLED_UPDATE", "SCHEDULE_FOR_DISABLE");
            case "account-update-restriction.json" ->
                account(
                        "ACCOUNT_RESTRICTION",
                        "RESTRICTED_ADD_PHONE_NUMBER_ACTION,RESTRICTED_BIZ_INITIATED_MESSAGING,RESTRICTED_CUSTOMER_INITIATED_MESSAGING");
            case "account-update-pricing-tier.json" -> account("VOLUME_BASED_PRICING_TIER_UPDATE", "25000001:50000000");
            default -> throw new AssertionError("no expectation for " + fixture);
        }
    }

    private void account(String event, String detail) {
        assertThat(mine(AccountUpdated.class)).anyMatch(e -> event.equals(e.event()) && detail.equals(e.detail()));
    }

    private <T extends Record> java.util.List<T> mine(Class<T> type) {
        return events.of(type).stream()
                .filter(e -> e.toString().contains(ws.tenant().workspaceId().toString()))
                .toList();
    }

    private void media(String waId, String kind, String mediaId, Predicate<JsonNode> detail) {
        var m = only(waId);
        var c = m.get("content");
        assertThat(c.get("kind").asString()).isEqualTo("media");
        assertThat(c.get("mediaKind").asString()).isEqualTo(kind);
        assertThat(c.get("mediaId").asString()).isEqualTo(mediaId);
        assertThat(detail).accepts(c);
        // Meta's sample hashes cannot match the fake Graph's bytes: the download must be refused, never stored.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select last_error from channels_media where workspace_id = :ws and media_id = :media")
                                .param("ws", ws.tenant().workspaceId().value())
                                .param("media", mediaId)
                                .query(String.class)
                                .optional())
                        .hasValueSatisfying(error -> assertThat(error).contains("does not match its sha256")));
    }

    private JsonNode outbound(String waId, String status) {
        var m = only(waId);
        assertThat(m.get("direction").asString()).isEqualTo("OUT");
        assertThat(m.get("status").asString()).isEqualTo(status);
        assertThat(m.get("statusHistory")).hasSize(1);
        return m;
    }

    private JsonNode only(String waId) {
        var contact = contact(waId);
        var list = api.get(
                        "/api/v1/contacts/" + contact.get("id").asString() + "/messages",
                        ws.tenant().apiKey())
                .json();
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    private JsonNode contact(String waId) {
        var found = find(waId);
        assertThat(found).as("contact " + waId).hasSize(1);
        return found.get(0);
    }

    private JsonNode find(String waId) {
        var response = api.get("/api/v1/contacts?wa_id=" + waId, ws.tenant().apiKey());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }
}
