package io.switchboard.sandbox.messaging;

import java.util.Map;

/** Meta's error codes with their titles and HTTP statuses, as the reference lists them. */
public final class GraphErrors {
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(1, "API Unknown"),
            Map.entry(2, "API Service"),
            Map.entry(4, "API Too Many Calls"),
            Map.entry(100, "Invalid parameter"),
            Map.entry(131000, "Something went wrong"),
            Map.entry(131005, "Access denied"),
            Map.entry(131008, "Required parameter is missing"),
            Map.entry(131009, "Parameter value is not valid"),
            Map.entry(131016, "Service unavailable"),
            Map.entry(131021, "Recipient cannot be sender"),
            Map.entry(131026, "Message undeliverable"),
            Map.entry(131047, "Re-engagement message"),
            Map.entry(131048, "Spam rate limit hit"),
            Map.entry(131049, "This message was not delivered to maintain healthy ecosystem engagement."),
            Map.entry(
                    131050,
                    "Unable to deliver the message. This recipient has chosen to stop receiving marketing"
                            + " messages on WhatsApp from your business"),
            Map.entry(131051, "Unsupported message type"),
            Map.entry(131056, "(Business Account, Consumer Account) pair rate limit hit"),
            Map.entry(130429, "Rate limit hit"),
            Map.entry(132000, "Number of parameters does not match the expected number of params"),
            Map.entry(132001, "Template name does not exist in the translation"),
            Map.entry(132012, "Parameter format does not match format in the created template"),
            Map.entry(132015, "Template is Paused"),
            Map.entry(132016, "Template is disabled"),
            Map.entry(2388019, "Message template limit reached"),
            Map.entry(2388040, "Field exceeds the maximum length"),
            Map.entry(2388047, "Header format is incorrect"),
            Map.entry(2388072, "Body format is incorrect"),
            Map.entry(2388073, "Footer format is incorrect"),
            Map.entry(2388293, "Too many variables for the message length"),
            Map.entry(2388299, "Variables can't be at the start or end of the template"));

    private GraphErrors() {}

    public static String title(int code) {
        return TITLES.getOrDefault(code, "Error");
    }

    public static GraphException of(int code, String details) {
        return new GraphException(code, title(code), details, httpStatus(code), "OAuthException", null);
    }

    public static GraphException invalidToken() {
        return new GraphException(
                190,
                "Invalid OAuth access token - Cannot parse access token",
                "The access token is missing, malformed or not the token of this number's app.",
                401,
                "OAuthException",
                null);
    }

    /** The Graph answer for an id that does not exist or that the token may not see. */
    public static GraphException unknownObject(String id, String method) {
        return new GraphException(
                100,
                "Unsupported " + method + " request. Object with ID '" + id
                        + "' does not exist, cannot be loaded due to missing permissions, or does not support this"
                        + " operation. Please read the Graph API documentation at"
                        + " https://developers.facebook.com/docs/graph-api",
                "Unknown object " + id,
                400,
                "GraphMethodException",
                33);
    }

    public static GraphException invalid(String details) {
        return of(100, details);
    }

    public static GraphException missing(String details) {
        return of(131008, details);
    }

    public static GraphException badValue(String details) {
        return of(131009, details);
    }

    private static int httpStatus(int code) {
        return switch (code) {
            case 190 -> 401;
            case 4, 80007, 130429, 131056 -> 429;
            case 1, 2, 131000 -> 500;
            case 131016, 133004 -> 503;
            default -> 400;
        };
    }
}
