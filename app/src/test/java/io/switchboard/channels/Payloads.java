package io.switchboard.channels;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small Cloud API webhook bodies for tests, in Meta's envelope (reference §4). */
final class Payloads {
    static final String PHONE = "106540352242922";
    static final String WABA = "102290129340398";

    private Payloads() {}

    static byte[] envelope(List<String> entries) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[" + String.join(",", entries) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String entry(String waba, List<String> changeValues) {
        var changes = changeValues.stream()
                .map(v -> "{\"field\":\"messages\",\"value\":" + v + "}")
                .toList();
        return "{\"id\":\"" + waba + "\",\"changes\":[" + String.join(",", changes) + "]}";
    }

    static String messages(String phoneId, String waId, String name, List<String> messages) {
        return """
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                 "contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],"messages":[%s]}""".formatted(phoneId, name, waId, String.join(",", messages));
    }

    static String statuses(String phoneId, List<String> statuses) {
        return """
                {"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"%s"},
                 "statuses":[%s]}""".formatted(phoneId, String.join(",", statuses));
    }

    static String text(String waId, String wamid, long timestamp, String body) {
        return """
                {"from":"%s","id":"%s","timestamp":"%d","type":"text","text":{"body":"%s"}}""".formatted(waId, wamid, timestamp, body);
    }

    static String status(String wamid, String status, long timestamp) {
        return """
                {"id":"%s","status":"%s","timestamp":"%d","recipient_id":"16505551234"}""".formatted(wamid, status, timestamp);
    }

    static byte[] single(String value) {
        return envelope(List.of(entry(WABA, List.of(value))));
    }
}
