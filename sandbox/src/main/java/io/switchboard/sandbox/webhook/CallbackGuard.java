package io.switchboard.sandbox.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps callbacks on this machine: the control API is unauthenticated, so an arbitrary callback URL would
 * let anyone make the sandbox send requests into the host's network. Names are never resolved, only
 * literal loopback hosts pass, plus the hosts an operator lists explicitly.
 */
public final class CallbackGuard {
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "::1", "0:0:0:0:0:0:0:1");

    private final Set<String> allowedHosts;

    public CallbackGuard(List<String> allowedHosts) {
        this.allowedHosts =
                allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** @throws IllegalArgumentException with a sentence for the caller if the URL is not allowed */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("callback_url is not a valid URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("callback_url must be an absolute http or https URL");
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        if (LOOPBACK.contains(host) || LOOPBACK_V4.matcher(host).matches() || allowedHosts.contains(host)) {
            return uri;
        }
        throw new IllegalArgumentException("callback_url host " + host
                + " is not loopback; list it in switchboard.sandbox.allowed-callback-hosts to allow it");
    }
}
