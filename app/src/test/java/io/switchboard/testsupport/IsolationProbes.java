package io.switchboard.testsupport;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One module's share of the cross-workspace isolation test ({@code ApiIsolationTests}): it seeds
 * workspace B through the API with B's key and names the calls that workspace A's key must not get
 * through. Every endpoint in the OpenAPI document must be probed by some module, or that test fails.
 */
public interface IsolationProbes {

    /** What A's call must get. */
    enum Expect {
        /** 404 or 403: B's resource does not exist for A. */
        DENIED,
        /** Any answer below 500 that does not mention any of B's ids (lists, A's own resources). */
        NO_LEAK
    }

    /** A call by workspace A; {@code template} is the OpenAPI path it exercises. */
    record Probe(
            String method,
            String template,
            String path,
            @Nullable String body,
            Expect expect) {
        public static Probe denied(String method, String template, @Nullable String body, Object... ids) {
            return new Probe(method, template, expand(template, ids), body, Expect.DENIED);
        }

        public static Probe noLeak(String method, String template, @Nullable String body, Object... ids) {
            return new Probe(method, template, expand(template, ids), body, Expect.NO_LEAK);
        }

        private static String expand(String template, Object... ids) {
            var path = template;
            for (var id : ids) {
                path = path.replaceFirst("\\{[^}]+}", String.valueOf(id));
            }
            return path;
        }
    }

    /**
     * Seeds B and returns the probes. {@code bIds} collects every id of B's data, so that no answer to
     * A may contain one of them.
     */
    List<Probe> seed(HttpApi api, Tenants.Tenant b, Set<String> bIds);

    /** GET paths read with B's key before and after A's probes: their answers must not change. */
    List<String> snapshots(Tenants.Tenant b);
}
