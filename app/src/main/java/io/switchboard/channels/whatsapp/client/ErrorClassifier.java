package io.switchboard.channels.whatsapp.client;

import static io.switchboard.channels.whatsapp.client.ErrorClass.CHANNEL_DISABLING;
import static io.switchboard.channels.whatsapp.client.ErrorClass.OUTSIDE_WINDOW;
import static io.switchboard.channels.whatsapp.client.ErrorClass.PERMANENT;
import static io.switchboard.channels.whatsapp.client.ErrorClass.RETRYABLE;
import static io.switchboard.channels.whatsapp.client.ErrorClass.WAIT_24H;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a Graph API failure by Meta's error {@code code} only, never by its text (Meta is
 * deprecating the titles). The same codes arrive in failed status webhooks, so webhook intake may use
 * {@link #classify(int)} too.
 *
 * <table>
 * <caption>Meta error code → class (reference §3 "our handling")</caption>
 * <tr><th>code</th><th>Meta's meaning</th><th>class</th></tr>
 * <tr><td>1, 2</td><td>unknown error / service temporarily unavailable</td><td>RETRYABLE</td></tr>
 * <tr><td>4</td><td>app hit the Graph call-rate limit</td><td>RETRYABLE</td></tr>
 * <tr><td>80007</td><td>WABA hit its rate limit</td><td>RETRYABLE</td></tr>
 * <tr><td>130429</td><td>Cloud API throughput reached</td><td>RETRYABLE</td></tr>
 * <tr><td>131000</td><td>something went wrong</td><td>RETRYABLE</td></tr>
 * <tr><td>131016</td><td>service overloaded</td><td>RETRYABLE</td></tr>
 * <tr><td>131056</td><td>pair rate limit: same recipient too fast (only that recipient waits, 4^n s)</td><td>RETRYABLE</td></tr>
 * <tr><td>131057</td><td>account in maintenance (throughput upgrade, up to a minute)</td><td>RETRYABLE</td></tr>
 * <tr><td>133004</td><td>server temporarily unavailable</td><td>RETRYABLE</td></tr>
 * <tr><td>131047</td><td>over 24 h since the customer's last message: send a template</td><td>OUTSIDE_WINDOW</td></tr>
 * <tr><td>131049</td><td>held back "to maintain healthy ecosystem engagement"</td><td>WAIT_24H</td></tr>
 * <tr><td>0, 190</td><td>cannot authenticate / access token expired</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>3, 10, 200–299, 131005</td><td>permission missing or removed</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>33</td><td>business phone number deleted</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>368</td><td>WABA restricted for a policy violation</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>131031</td><td>account locked or restricted</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>131037</td><td>number has no approved display name</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>131042</td><td>payment or billing problem</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>131045</td><td>number not registered</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>131048</td><td>spam rate limit: too many messages blocked or flagged</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>133010</td><td>number not registered on the platform</td><td>CHANNEL_DISABLING</td></tr>
 * <tr><td>100</td><td>invalid parameter (also lengths; with subcode 33 an unknown object id)</td><td>PERMANENT</td></tr>
 * <tr><td>131008, 131009</td><td>required parameter missing / parameter value invalid</td><td>PERMANENT</td></tr>
 * <tr><td>131021</td><td>sender and recipient are the same number</td><td>PERMANENT</td></tr>
 * <tr><td>131026</td><td>undeliverable: not on WhatsApp, old client, terms not accepted</td><td>PERMANENT</td></tr>
 * <tr><td>131050</td><td>customer stopped marketing messages (record the opt-out)</td><td>PERMANENT</td></tr>
 * <tr><td>131051</td><td>unsupported message type</td><td>PERMANENT</td></tr>
 * <tr><td>131052, 131053</td><td>media download / upload failed (size, MIME mismatch)</td><td>PERMANENT</td></tr>
 * <tr><td>131063, 131064</td><td>marketing templates disabled / limit cut for mis-categorised templates</td><td>PERMANENT</td></tr>
 * <tr><td>130403</td><td>we blocked this customer</td><td>PERMANENT</td></tr>
 * <tr><td>130472</td><td>customer is in a Meta marketing experiment</td><td>PERMANENT</td></tr>
 * <tr><td>130497</td><td>business may not message customers in that country</td><td>PERMANENT</td></tr>
 * <tr><td>132000, 132001, 132005, 132007, 132012, 132015, 132016</td><td>template: parameter count / not found or
 *     not approved in that language / text too long / policy / parameter format / paused / disabled</td><td>PERMANENT</td></tr>
 * <tr><td>132068, 132069</td><td>flow blocked / flow throttled (10 an hour: a quick retry only fails again)</td><td>PERMANENT</td></tr>
 * <tr><td>133005, 133008, 133009, 133015, 133016</td><td>registration: PIN wrong, too many attempts, number
 *     recently deleted (these come from setup calls, which a person repeats)</td><td>PERMANENT</td></tr>
 * <tr><td>any other code</td><td>new or unlisted</td><td>PERMANENT, or RETRYABLE if the HTTP status is 5xx</td></tr>
 * <tr><td>no code</td><td>network error, timeout, an answer without error envelope</td><td>RETRYABLE, except
 *     a 4xx without envelope: PERMANENT (429: RETRYABLE)</td></tr>
 * </table>
 */
public final class ErrorClassifier {
    private static final Map<Integer, ErrorClass> BY_CODE = Map.ofEntries(
            Map.entry(1, RETRYABLE),
            Map.entry(2, RETRYABLE),
            Map.entry(4, RETRYABLE),
            Map.entry(80007, RETRYABLE),
            Map.entry(130429, RETRYABLE),
            Map.entry(131000, RETRYABLE),
            Map.entry(131016, RETRYABLE),
            Map.entry(131056, RETRYABLE),
            Map.entry(131057, RETRYABLE),
            Map.entry(133004, RETRYABLE),
            Map.entry(131047, OUTSIDE_WINDOW),
            Map.entry(131049, WAIT_24H),
            Map.entry(0, CHANNEL_DISABLING),
            Map.entry(190, CHANNEL_DISABLING),
            Map.entry(3, CHANNEL_DISABLING),
            Map.entry(10, CHANNEL_DISABLING),
            Map.entry(131005, CHANNEL_DISABLING),
            Map.entry(33, CHANNEL_DISABLING),
            Map.entry(368, CHANNEL_DISABLING),
            Map.entry(131031, CHANNEL_DISABLING),
            Map.entry(131037, CHANNEL_DISABLING),
            Map.entry(131042, CHANNEL_DISABLING),
            Map.entry(131045, CHANNEL_DISABLING),
            Map.entry(131048, CHANNEL_DISABLING),
            Map.entry(133010, CHANNEL_DISABLING),
            Map.entry(100, PERMANENT),
            Map.entry(131008, PERMANENT),
            Map.entry(131009, PERMANENT),
            Map.entry(131021, PERMANENT),
            Map.entry(131026, PERMANENT),
            Map.entry(131050, PERMANENT),
            Map.entry(131051, PERMANENT),
            Map.entry(131052, PERMANENT),
            Map.entry(131053, PERMANENT),
            Map.entry(131063, PERMANENT),
            Map.entry(131064, PERMANENT),
            Map.entry(130403, PERMANENT),
            Map.entry(130472, PERMANENT),
            Map.entry(130497, PERMANENT),
            Map.entry(132000, PERMANENT),
            Map.entry(132001, PERMANENT),
            Map.entry(132005, PERMANENT),
            Map.entry(132007, PERMANENT),
            Map.entry(132012, PERMANENT),
            Map.entry(132015, PERMANENT),
            Map.entry(132016, PERMANENT),
            Map.entry(132068, PERMANENT),
            Map.entry(132069, PERMANENT),
            Map.entry(133005, PERMANENT),
            Map.entry(133008, PERMANENT),
            Map.entry(133009, PERMANENT),
            Map.entry(133015, PERMANENT),
            Map.entry(133016, PERMANENT));

    private ErrorClassifier() {}

    /** The class of a synchronous failure: by code when Meta sent one, else by what happened on the wire. */
    public static ErrorClass classify(GraphError error) {
        var code = error.code();
        if (code != null) {
            var known = known(code);
            if (known != null) {
                return known;
            }
            return error.httpStatus() >= 500 ? RETRYABLE : PERMANENT;
        }
        if (error.httpStatus() == 0 || error.httpStatus() >= 500 || error.httpStatus() == 429) {
            return RETRYABLE;
        }
        return PERMANENT;
    }

    /** The class of a code seen without an HTTP status (a failed status webhook): unknown codes are PERMANENT. */
    public static ErrorClass classify(int code) {
        var known = known(code);
        return known == null ? PERMANENT : known;
    }

    private static @Nullable ErrorClass known(int code) {
        if (code >= 200 && code <= 299) {
            // Graph's permission errors occupy the whole 2xx code range (200 = permission denied, 2xx = one permission
            // each).
            return CHANNEL_DISABLING;
        }
        return BY_CODE.get(code);
    }

    /** Every code listed in the table, for tests and documentation. */
    static Map<Integer, ErrorClass> table() {
        return BY_CODE;
    }
}
