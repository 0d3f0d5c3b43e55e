package io.switchboard.channels.whatsapp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WebhookLanesTests {
    private static String message(String from) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"phone_number_id":"100"},
                "contacts":[{"profile":{"name":"Ana"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"wamid.1","timestamp":"1","type":"text","text":{"body":"hi"}}]}}]}]}""".formatted(from, from);
    }

    private static String status(String recipient) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"phone_number_id":"100"},
                "statuses":[{"id":"wamid.2","status":"read","timestamp":"2", "recipient_id" : "%s"}]}}]}]}""".formatted(recipient);
    }

    @Test
    void aCustomersMessagesAndStatusesShareALane() {
        assertThat(WebhookLanes.of(message("393331234567"))).isEqualTo(WebhookLanes.of(status("393331234567")));
    }

    @Test
    void customersSpreadOverTheLanes() {
        var lanes = new HashSet<Integer>();
        IntStream.range(0, 1000).forEach(i -> lanes.add(WebhookLanes.of(message(Long.toString(393330000000L + i)))));
        assertThat(lanes).hasSize(WebhookEventStore.LANES);
        assertThat(lanes).allMatch(lane -> lane >= 0 && lane < WebhookEventStore.LANES);
    }

    @Test
    void theLoopsShareTheLanesOutEachLaneToExactlyOneLoop() {
        for (var loops : new int[] {1, 3, 4, 64, 100}) {
            var seen = new java.util.ArrayList<Integer>();
            for (var loop = 0; loop < loops; loop++) {
                var mine = WebhookEventStore.lanes(loop, loops);
                var current = loop;
                assertThat(mine).allMatch(lane -> lane == -1 || Math.floorMod(lane, loops) == current);
                mine.stream().filter(lane -> lane >= 0).forEach(seen::add);
            }
            assertThat(seen)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.range(0, WebhookEventStore.LANES).boxed().toList());
        }
    }

    @Test
    void aWebhookAboutNoCustomerIsInLaneZero() {
        assertThat(WebhookLanes.of("""
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"message_template_status_update",
                "value":{"event":"APPROVED","message_template_id":9,"message_template_name":"x","message_template_language":"en_US"}}]}]}""")).isZero();
    }
}
