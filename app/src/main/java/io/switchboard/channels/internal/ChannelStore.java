package io.switchboard.channels.internal;

import static io.switchboard.channels.internal.Sql.ts;

import io.switchboard.channels.ChannelDetails;
import io.switchboard.channels.ChannelId;
import io.switchboard.channels.ChannelStatus;
import io.switchboard.channels.WhatsAppChannel;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** WhatsApp numbers with their secrets sealed by {@link SecretBox}; reads never return the secrets. */
@Repository
public class ChannelStore {
    static final String COLUMNS = """
            select id, workspace_id, name, phone_number_id, waba_id, display_phone_number, verified_name,
                   quality_rating, messaging_limit_tier, throughput, graph_base_url, graph_version, status,
                   sandbox, created_at, updated_at
              from channels_channel""";
    static final String LIST = COLUMNS + " where workspace_id = :workspace order by created_at";
    static final String FIND = COLUMNS + " where workspace_id = :workspace and id = :id";
    static final String INSERT = """
            insert into channels_channel (id, workspace_id, name, phone_number_id, waba_id, display_phone_number,
                   verified_name, graph_base_url, graph_version, status, sandbox, access_token_enc,
                   app_secret_enc, app_secret_fp, verify_token_enc, created_at, updated_at)
            values (:id, :workspace, :name, :phone, :waba, :display, :verified, :base, :version, :status,
                   :sandbox, :token, :secret, :fp, :verify, :at, :at)""";
    static final String UPDATE = """
            update channels_channel set name = :name, phone_number_id = :phone, waba_id = :waba,
                   display_phone_number = :display, verified_name = :verified, graph_base_url = :base,
                   graph_version = :version, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SET_TOKEN = """
            update channels_channel set access_token_enc = :value, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SET_APP_SECRET = """
            update channels_channel set app_secret_enc = :value, app_secret_fp = :fp, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SET_VERIFY = """
            update channels_channel set verify_token_enc = :value, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SET_STATUS = """
            update channels_channel set status = :status, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SET_GRAPH_FACTS = """
            update channels_channel set verified_name = coalesce(:verified, verified_name),
                   quality_rating = coalesce(:quality, quality_rating),
                   messaging_limit_tier = coalesce(:tier, messaging_limit_tier),
                   throughput = coalesce(:throughput, throughput), updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String SECRETS = """
            select id, workspace_id, phone_number_id, graph_base_url, graph_version, sandbox, access_token_enc,
                   app_secret_enc, verify_token_enc from channels_channel""";
    static final String CREDENTIALS = SECRETS + " where workspace_id = :workspace and id = :id";
    // Installation-wide on purpose: a webhook names no workspace until its signature tells which secret signed it.
    static final String USABLE_CREDENTIALS = SECRETS + " where status <> 'DISABLED'";
    static final String SANDBOX = COLUMNS + " where sandbox = true";
    // Routing is installation-wide but bound to the secret that signed the webhook: a body signed with
    // workspace X's app secret can only reach channels holding that same secret.
    static final String ROUTE_BY_PHONE = COLUMNS + " where phone_number_id = :key and app_secret_fp = :fp";
    static final String ROUTE_BY_WABA = COLUMNS + " where waba_id = :key and app_secret_fp = :fp order by created_at";

    private final JdbcClient jdbc;
    private final SecretBox box;

    ChannelStore(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    public void insert(WorkspaceId workspace, ChannelId id, ChannelDetails d, boolean sandbox, Instant at) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("workspace", workspace.value())
                .param("name", d.name())
                .param("phone", d.phoneNumberId())
                .param("waba", d.wabaId())
                .param("display", d.displayPhoneNumber())
                .param("verified", d.verifiedName())
                .param("base", d.graphBaseUrl())
                .param("version", d.graphVersion())
                .param("status", ChannelStatus.ACTIVE.name())
                .param("sandbox", sandbox)
                .param("token", box.encrypt(require(d.accessToken())))
                .param("secret", box.encrypt(require(d.appSecret())))
                .param("fp", box.fingerprint(require(d.appSecret())))
                .param("verify", box.encrypt(require(d.verifyToken())))
                .param("at", ts(at))
                .update();
    }

    public void update(WorkspaceId workspace, ChannelId id, ChannelDetails d, Instant at) {
        jdbc.sql(UPDATE)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("name", d.name())
                .param("phone", d.phoneNumberId())
                .param("waba", d.wabaId())
                .param("display", d.displayPhoneNumber())
                .param("verified", d.verifiedName())
                .param("base", d.graphBaseUrl())
                .param("version", d.graphVersion())
                .param("at", ts(at))
                .update();
        if (d.accessToken() != null) {
            secret(SET_TOKEN, workspace, id, box.encrypt(d.accessToken()), at).update();
        }
        if (d.appSecret() != null) {
            secret(SET_APP_SECRET, workspace, id, box.encrypt(d.appSecret()), at)
                    .param("fp", box.fingerprint(d.appSecret()))
                    .update();
        }
        if (d.verifyToken() != null) {
            secret(SET_VERIFY, workspace, id, box.encrypt(d.verifyToken()), at).update();
        }
    }

    public void status(WorkspaceId workspace, ChannelId id, ChannelStatus status, Instant at) {
        jdbc.sql(SET_STATUS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("status", status.name())
                .param("at", ts(at))
                .update();
    }

    /** Stores what the Graph API or a webhook told us about the number; {@code null} keeps the old value. */
    public void graphFacts(
            WorkspaceId workspace,
            ChannelId id,
            @Nullable String verifiedName,
            @Nullable String quality,
            @Nullable String tier,
            @Nullable String throughput,
            Instant at) {
        jdbc.sql(SET_GRAPH_FACTS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("verified", verifiedName)
                .param("quality", quality)
                .param("tier", tier)
                .param("throughput", throughput)
                .param("at", ts(at))
                .update();
    }

    public List<WhatsAppChannel> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(ChannelStore::channel)
                .list();
    }

    public Optional<WhatsAppChannel> find(WorkspaceId workspace, ChannelId id) {
        return jdbc.sql(FIND)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(ChannelStore::channel)
                .optional();
    }

    public Optional<ChannelCredentials> credentials(WorkspaceId workspace, ChannelId id) {
        return jdbc.sql(CREDENTIALS)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(this::credentials)
                .optional();
    }

    /** Every channel not disabled, decrypted: the candidates for a webhook signature or a verify token. */
    public List<ChannelCredentials> usableCredentials() {
        return jdbc.sql(USABLE_CREDENTIALS).query(this::credentials).list();
    }

    /** The installation's sandbox number, if one was wired. */
    public Optional<WhatsAppChannel> sandbox() {
        return jdbc.sql(SANDBOX).query(ChannelStore::channel).stream().findFirst();
    }

    /** The channels with this phone-number id whose app secret has fingerprint {@code fp}. */
    public List<WhatsAppChannel> routeByPhone(String phoneNumberId, String fp) {
        return jdbc.sql(ROUTE_BY_PHONE)
                .param("key", phoneNumberId)
                .param("fp", fp)
                .query(ChannelStore::channel)
                .list();
    }

    /** The channels of this business account whose app secret has fingerprint {@code fp}. */
    public List<WhatsAppChannel> routeByWaba(String wabaId, String fp) {
        return jdbc.sql(ROUTE_BY_WABA)
                .param("key", wabaId)
                .param("fp", fp)
                .query(ChannelStore::channel)
                .list();
    }

    private JdbcClient.StatementSpec secret(String sql, WorkspaceId workspace, ChannelId id, String value, Instant at) {
        return jdbc.sql(sql)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .param("value", value)
                .param("at", ts(at));
    }

    private static io.switchboard.Secret require(io.switchboard.@Nullable Secret secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a new channel needs its access token, app secret and verify token");
        }
        return secret;
    }

    private ChannelCredentials credentials(ResultSet rs, int row) throws SQLException {
        return new ChannelCredentials(
                new ChannelId(Sql.uuid(rs, "id")),
                new WorkspaceId(Sql.uuid(rs, "workspace_id")),
                rs.getString("phone_number_id"),
                rs.getString("graph_base_url"),
                rs.getString("graph_version"),
                rs.getBoolean("sandbox"),
                box.decrypt(rs.getString("access_token_enc")),
                box.decrypt(rs.getString("app_secret_enc")),
                box.decrypt(rs.getString("verify_token_enc")));
    }

    static WhatsAppChannel channel(ResultSet rs, int row) throws SQLException {
        return new WhatsAppChannel(
                new ChannelId(Sql.uuid(rs, "id")),
                new WorkspaceId(Sql.uuid(rs, "workspace_id")),
                rs.getString("name"),
                rs.getString("phone_number_id"),
                rs.getString("waba_id"),
                rs.getString("display_phone_number"),
                rs.getString("verified_name"),
                rs.getString("quality_rating"),
                rs.getString("messaging_limit_tier"),
                rs.getString("throughput"),
                rs.getString("graph_base_url"),
                rs.getString("graph_version"),
                ChannelStatus.valueOf(rs.getString("status")),
                rs.getBoolean("sandbox"),
                Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }
}
