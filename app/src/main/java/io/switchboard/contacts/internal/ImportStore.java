package io.switchboard.contacts.internal;

import static io.switchboard.contacts.internal.ContactStore.ts;

import io.switchboard.contacts.ContactImport;
import io.switchboard.contacts.ImportStatus;
import io.switchboard.workspace.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code contacts_import} jobs and their error rows. */
@Repository
public class ImportStore {
    /** One refused line of the file. */
    public record ErrorRow(int line, String message, String raw) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COLUMNS = """
            id, file_name, status, columns_header, mapping, default_country, total_rows, processed_rows,
            created_rows, updated_rows, error_rows, created_at, finished_at""";
    static final String INSERT = """
            insert into contacts_import (id, workspace_id, file_name, content, columns_header, status, total_rows,
                   created_by, created_at)
            values (:id, :workspace, :name, :content, :columns, 'UPLOADED', :total, :by, :at)""";
    static final String GET =
            "select " + COLUMNS + " from contacts_import where workspace_id = :workspace and id = :id";
    static final String LIST = "select " + COLUMNS
            + " from contacts_import where workspace_id = :workspace order by created_at desc limit 50";
    static final String CONTENT = "select content from contacts_import where workspace_id = :workspace and id = :id";
    // Only an uploaded job can be queued: a second click on "Run" changes nothing.
    static final String QUEUE = """
            update contacts_import set status = 'QUEUED', mapping = :mapping, default_country = :country
             where workspace_id = :workspace and id = :id and status = 'UPLOADED'""";
    static final String STATUS = """
            update contacts_import set status = :status, finished_at = :finished where workspace_id = :workspace and id = :id""";
    static final String PROGRESS = """
            update contacts_import set processed_rows = :processed, created_rows = created_rows + :created,
                   updated_rows = updated_rows + :updated, error_rows = error_rows + :errors
             where workspace_id = :workspace and id = :id""";
    static final String INSERT_ERROR = """
            insert into contacts_import_error (workspace_id, import_id, line_no, message, raw)
            values (:workspace, :import, :line, :message, :raw)""";
    static final String ERRORS = """
            select line_no, message, raw from contacts_import_error
             where workspace_id = :workspace and import_id = :import order by line_no""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ImportStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(
            WorkspaceId workspace,
            UUID id,
            String name,
            String content,
            List<String> columns,
            int total,
            String by,
            Instant at) {
        jdbc.sql(INSERT)
                .param("id", id)
                .param("workspace", workspace.value())
                .param("name", name)
                .param("content", content)
                .param("columns", JSON.writeValueAsString(columns))
                .param("total", total)
                .param("by", by)
                .param("at", ts(at))
                .update();
    }

    public Optional<ContactImport> get(WorkspaceId workspace, UUID id) {
        return jdbc.sql(GET)
                .param("workspace", workspace.value())
                .param("id", id)
                .query(ImportStore::job)
                .optional();
    }

    public List<ContactImport> list(WorkspaceId workspace) {
        return jdbc.sql(LIST)
                .param("workspace", workspace.value())
                .query(ImportStore::job)
                .list();
    }

    public String content(WorkspaceId workspace, UUID id) {
        return jdbc.sql(CONTENT)
                .param("workspace", workspace.value())
                .param("id", id)
                .query(String.class)
                .single();
    }

    public boolean queue(WorkspaceId workspace, UUID id, Map<String, String> mapping, @Nullable String country) {
        return jdbc.sql(QUEUE)
                        .param("workspace", workspace.value())
                        .param("id", id)
                        .param("mapping", JSON.writeValueAsString(mapping))
                        .param("country", country)
                        .update()
                == 1;
    }

    public void status(WorkspaceId workspace, UUID id, ImportStatus status, @Nullable Instant finished) {
        jdbc.sql(STATUS)
                .param("workspace", workspace.value())
                .param("id", id)
                .param("status", status.name())
                .param("finished", ContactStore.tsOrNull(finished))
                .update();
    }

    public void progress(
            WorkspaceId workspace, UUID id, int processed, int created, int updated, List<ErrorRow> errors) {
        jdbc.sql(PROGRESS)
                .param("workspace", workspace.value())
                .param("id", id)
                .param("processed", processed)
                .param("created", created)
                .param("updated", updated)
                .param("errors", errors.size())
                .update();
        if (!errors.isEmpty()) {
            batch.batchUpdate(
                    INSERT_ERROR,
                    errors.stream()
                            .map(e -> Batches.params(Map.of(
                                    "workspace", workspace.value(),
                                    "import", id,
                                    "line", e.line(),
                                    "message", e.message(),
                                    "raw", e.raw())))
                            .toArray(SqlParameterSource[]::new));
        }
    }

    /** Streams the error rows to {@code sink} in line order. */
    public void errors(WorkspaceId workspace, UUID id, java.util.function.Consumer<ErrorRow> sink) {
        jdbc.sql(ERRORS)
                .param("workspace", workspace.value())
                .param("import", id)
                .withFetchSize(1000)
                .query(rs -> {
                    sink.accept(new ErrorRow(rs.getInt("line_no"), rs.getString("message"), rs.getString("raw")));
                });
    }

    private static ContactImport job(ResultSet rs, int row) throws SQLException {
        var mapping = rs.getString("mapping");
        var finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new ContactImport(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")),
                JSON.readValue(rs.getString("columns_header"), new TypeReference<List<String>>() {}),
                mapping == null ? Map.of() : JSON.readValue(mapping, new TypeReference<Map<String, String>>() {}),
                rs.getString("default_country"),
                rs.getInt("total_rows"),
                rs.getInt("processed_rows"),
                rs.getInt("created_rows"),
                rs.getInt("updated_rows"),
                rs.getInt("error_rows"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
