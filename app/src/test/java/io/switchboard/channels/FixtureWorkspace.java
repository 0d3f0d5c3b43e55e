package io.switchboard.channels;

import io.switchboard.Secret;
import io.switchboard.testsupport.Tenants;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fresh workspace with a channel for every phone-number id / WABA id pair the Meta fixtures use (Meta's
 * placeholder ids), all sharing one app secret unique to this workspace.
 */
public record FixtureWorkspace(
        Tenants.Tenant tenant, String appSecret, String verifyToken, Map<String, ChannelId> byPhone) {
    /** phone-number id → WABA id, as in the fixtures (the last two only receive WABA-level fields). */
    static final Map<String, String> NUMBERS = Map.of(
            "106540352242922", "102290129340398",
            "1111111111111", "1111111111111",
            "409552778964973", "880480571844883",
            "109999999999999", "111111111111111",
            "1122334455667", "5467539754836534",
            "900000000000001", "waba-id",
            "900000000000002", "whatsapp-business-account-id");

    public static final String TOKEN = "test-access-token";

    public static FixtureWorkspace create(Tenants tenants, ChannelManagement channels, @Nullable String graphBase) {
        var tenant = tenants.create("Fixtures " + UUID.randomUUID().toString().substring(0, 6));
        var secret = "app-secret-" + UUID.randomUUID();
        var verify = "verify-" + UUID.randomUUID();
        var ids = new LinkedHashMap<String, ChannelId>();
        NUMBERS.forEach((phone, waba) -> ids.put(
                phone,
                channels.create(
                                tenant.workspaceId(),
                                new ChannelDetails(
                                        "Number " + phone,
                                        phone,
                                        waba,
                                        "106540352242922".equals(phone)
                                                ? "+1 555 078 3881"
                                                : "+1 555 " + phone.substring(phone.length() - 4),
                                        null,
                                        graphBase,
                                        null,
                                        new Secret(TOKEN),
                                        new Secret(secret),
                                        new Secret(verify)))
                        .id()));
        return new FixtureWorkspace(tenant, secret, verify, ids);
    }
}
