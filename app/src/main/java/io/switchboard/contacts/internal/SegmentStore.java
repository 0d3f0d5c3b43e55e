package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.Segment;
import io.switchboard.contacts.SegmentDefinition;
import io.switchboard.contacts.SegmentId;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code contacts_segment}: saved segment definitions. */
@Repository
public class SegmentStore {
    static final String COLUMNS = "id, name, definition, created_at, updated_at";
    static final String INSERT = """
            insert into contacts_segment (id, workspace_id, name, definition, created_at, updated_at)
            values (:id, :workspace, :name, :definition, :at, :at)""";
    static final String UPDATE = """
            update contacts_segment set name = :name, definition = :definition, updated_at = :at
             where workspace_id = :workspace and id = :id""";
    static final String LIST = "select " + COLUMNS
            + " from contacts_segment where workspace_id = :workspace order by lower(name), created_at";
    static final String GET =
            "select " + COLUMNS + " from contacts_segment where workspace_id = :workspace and id = :id";
    static final String DELETE = "delete from contacts_segment where workspace_id = :workspace and id = :id";

    private final JdbcClient jdbc;

    SegmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkspaceId workspace, SegmentId id, String name, SegmentDefinition definition, Instant at) {
        jdbc.sql(INSERT)
                .param("id", id.value())
                .param("workspace", workspace.value())
                .param("name", name)
                .param("definition", definition.toJson())
                .param("at", ts(at))
                .update();
    }

    /** False if there is no such segment in the workspace. */
    public boolean update(WorkspaceId workspace, SegmentId id, String name, SegmentDefinition definition, Instant at) {
        return jdbc.sql(UPDATE)
                        .param("id", id.value())
                        .param("workspace", workspace.value())
                        .param("name", name)
                        .param("definition", definition.toJson())
                        .param("at", ts(at))
                        .update()
                == 1;
    }

    public List<Segment> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(SegmentStore::segment)
                .list();
    }

    public Optional<Segment> get(WorkspaceId workspace, SegmentId id) {
        return jdbc.sql(GET)
                .param("workspace", workspace.value())
                .param("id", id.value())
                .query(SegmentStore::segment)
                .optional();
    }

    public boolean delete(WorkspaceId workspace, SegmentId id) {
        return jdbc.sql(DELETE)
                        .param("workspace", workspace.value())
                        .param("id", id.value())
                        .update()
                == 1;
    }

    private static Segment segment(ResultSet rs, int row) throws SQLException {
        return new Segment(
                new SegmentId(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                SegmentDefinition.fromJson(rs.getString("definition")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
