package io.switchboard.compliance.internal;

import static io.switchboard.compliance.internal.Db.ts;

import io.switchboard.compliance.KeywordSet;
import io.switchboard.workspace.WorkspaceId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code compliance_keyword_set}: a workspace's own keywords; none stored means the defaults. */
@Repository
public class KeywordStore {
    static final String LIST = """
            select language, opt_out, opt_in, opt_out_reply, opt_in_reply from compliance_keyword_set
             where workspace_id = :workspace order by position""";
    static final String CLEAR = "delete from compliance_keyword_set where workspace_id = :workspace";
    static final String INSERT = """
            insert into compliance_keyword_set (workspace_id, language, position, opt_out, opt_in, opt_out_reply,
                   opt_in_reply, updated_at)
            values (:workspace, :language, :position, :optOut, :optIn, :optOutReply, :optInReply, :at)""";

    private final JdbcClient jdbc;

    KeywordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The workspace's sets in order, or the defaults if it has none. */
    public List<KeywordSet> sets(WorkspaceId workspace) {
        var own = jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query((rs, n) -> new KeywordSet(
                        rs.getString("language"),
                        lines(rs.getString("opt_out")),
                        lines(rs.getString("opt_in")),
                        rs.getString("opt_out_reply"),
                        rs.getString("opt_in_reply")))
                .list();
        return own.isEmpty() ? KeywordDefaults.ALL : own;
    }

    /** Replaces the workspace's sets; an empty list goes back to the defaults. */
    public void replace(WorkspaceId workspace, List<KeywordSet> sets, Instant at) {
        jdbc.sql(CLEAR).param("workspace", workspace.value()).update();
        for (var i = 0; i < sets.size(); i++) {
            var set = sets.get(i);
            jdbc.sql(INSERT)
                    .param("workspace", workspace.value())
                    .param("language", set.language())
                    .param("position", i)
                    .param("optOut", String.join("\n", set.optOut()))
                    .param("optIn", String.join("\n", set.optIn()))
                    .param("optOutReply", set.optOutReply())
                    .param("optInReply", set.optInReply())
                    .param("at", ts(at))
                    .update();
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }
}
