package io.switchboard.sandbox.webhook;

import io.switchboard.sandbox.SandboxProperties;
import io.switchboard.sandbox.state.Faults;
import io.switchboard.sandbox.state.NumberRegistry;
import io.switchboard.sandbox.state.SandboxClock;
import io.switchboard.sandbox.state.Stats;
import java.net.http.HttpClient;

/** What every delivery lane shares. */
record LaneContext(
        NumberRegistry numbers,
        Faults faults,
        Stats stats,
        SandboxClock clock,
        CallbackVerifier verifier,
        HttpClient http,
        SandboxProperties.Webhooks settings) {}
