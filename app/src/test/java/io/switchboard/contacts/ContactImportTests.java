package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** CSV import over HTTP: upload, mapping, background run, E.164 with a default country, duplicates, report. */
abstract class ContactImportTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    ContactsApi api;

    @BeforeEach
    void setUp() {
        var tenant = new Tenants(workspaces, users, keys).create("Contact import");
        api = new ContactsApi(new HttpApi(port), tenant);
    }

    @Test
    void importsRowsUpdatesKnownContactsAndReportsTheRest() {
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        api.property("sizes", "Sizes", "multi_select", List.of("S", "M", "L"));
        var known = api.create(Map.of("displayName", "Known", "email", "known@example.com"))
                .get("id")
                .asString();
        var file = """
                Name;Phone;E-mail;Plan;Sizes;Tags;Ignored
                Ada;333 123 4567;;gold;S|L;VIP|Newsletter;x
                "Bob \"\"The Builder\"\"";+44 20 7946 0000;bob@example.com;free;;Newsletter;y
                Known Again;;KNOWN@example.com;gold;;;z
                Bad Phone;12ab;;;;;
                Bad Plan;333 765 4321;;platinum;;;
                Ada Twin;+39 333 1234567;;;;;
                Nobody;;;;;;
                """;
        var job = upload("people.csv", file);
        assertThat(job.get("status").asString()).isEqualTo("UPLOADED");
        assertThat(job.get("totalRows").asInt()).isEqualTo(7);
        assertThat(job.get("columns").toString())
                .isEqualTo("[\"Name\",\"Phone\",\"E-mail\",\"Plan\",\"Sizes\",\"Tags\",\"Ignored\"]");
        var id = job.get("id").asString();

        var badMapping = api.call(
                "POST",
                "/api/v1/contact-imports/" + id + "/run",
                Map.of(
                        "mapping",
                        Map.of("Name", "displayName", "Colour", "phone", "Plan", "properties.tier"),
                        "defaultCountry",
                        "italy"));
        assertThat(badMapping.status()).isEqualTo(400);
        assertThat(badMapping.json().get("errors").toString())
                .contains("mapping.Colour")
                .contains("mapping.Plan")
                .contains("defaultCountry");

        var mapping = new HashMap<String, String>();
        mapping.put("Name", "displayName");
        mapping.put("Phone", "phone");
        mapping.put("E-mail", "email");
        mapping.put("Plan", "properties.plan");
        mapping.put("Sizes", "properties.sizes");
        mapping.put("Tags", "tags");
        mapping.put("Ignored", "");
        var started = api.call(
                "POST", "/api/v1/contact-imports/" + id + "/run", Map.of("mapping", mapping, "defaultCountry", "+39"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        var done = awaitDone(id);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("processedRows").asInt()).isEqualTo(7);
        assertThat(done.get("createdRows").asInt()).isEqualTo(2);
        assertThat(done.get("updatedRows").asInt()).isEqualTo(1);
        assertThat(done.get("errorRows").asInt()).isEqualTo(4);

        var ada = api.list("q=" + "393331234567").contacts();
        assertThat(ada.size()).isEqualTo(1);
        assertThat(ada.get(0).get("phone").asString()).isEqualTo("+393331234567");
        assertThat(ada.get(0).get("properties").get("sizes").toString()).isEqualTo("[\"S\",\"L\"]");
        assertThat(ada.get(0).get("tags").toString()).contains("VIP").contains("Newsletter");
        var bob = api.list("q=bob%40example.com").contacts().get(0);
        assertThat(bob.get("displayName").asString()).isEqualTo("Bob \"The Builder\"");
        assertThat(bob.get("phone").asString()).isEqualTo("+442079460000");
        var updated = api.ok("GET", "/api/v1/contacts/" + known, null);
        assertThat(updated.get("displayName").asString()).isEqualTo("Known Again");
        assertThat(updated.get("properties").get("plan").asString()).isEqualTo("gold");

        var report = api.raw("/api/v1/contact-imports/" + id + "/errors", "text/csv");
        assertThat(report.statusCode()).isEqualTo(200);
        var lines = report.body().split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("line,error,row");
        assertThat(lines[1]).startsWith("5,").contains("12ab");
        assertThat(lines[2]).startsWith("6,").contains("Plan must be one of: free, gold.");
        assertThat(lines[3]).startsWith("7,").contains("Duplicate of line 2");
        assertThat(lines[4]).startsWith("8,").contains("neither a phone number nor an e-mail");

        var again = api.call("POST", "/api/v1/contact-imports/" + id + "/run", Map.of("mapping", mapping));
        assertThat(again.status()).isEqualTo(202);
        assertThat(api.ok("GET", "/api/v1/contact-imports/" + id, null)
                        .get("createdRows")
                        .asInt())
                .as("a second run request changes nothing")
                .isEqualTo(2);
        assertThat(api.ok("GET", "/api/v1/contact-imports", null).size()).isEqualTo(1);
    }

    @Test
    void refusesFilesWithoutAHeader() {
        var empty = api.call("POST", "/api/v1/contact-imports", Map.of("name", "empty.csv", "content", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        var twice = api.call("POST", "/api/v1/contact-imports", Map.of("content", "Phone,Phone\n1,2\n"));
        assertThat(twice.status()).isEqualTo(400);
    }

    JsonNode upload(String name, String content) {
        return api.ok("POST", "/api/v1/contact-imports", Map.of("name", name, "content", content));
    }

    JsonNode awaitDone(String id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> api.ok("GET", "/api/v1/contact-imports/" + id, null),
                        j -> !List.of("QUEUED", "RUNNING")
                                .contains(j.get("status").asString()));
    }
}
