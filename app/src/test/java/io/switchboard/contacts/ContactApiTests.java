package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contacts, tags and properties API over HTTP: CRUD, typed values, validation problems, notes. */
abstract class ContactApiTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ContactManagement contacts;

    ContactsApi api;
    Tenants.Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = new Tenants(workspaces, users, keys).create("Contacts API");
        api = new ContactsApi(new HttpApi(port), tenant);
    }

    @Test
    void whatsAppNumbersBecomeContactsInOneCallAsOneByOne() {
        var ws = tenant.workspaceId();
        var known = contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity("391110000001", null, null, "Known"));
        var taken = api.create(Map.of("phone", "+391110000004")).get("id").asString();

        var found = contacts.findOrCreateByWaIds(
                ws, List.of("391110000001", "391110000002", "391110000003", "391110000002", "391110000004"));

        assertThat(found).hasSize(4).containsEntry("391110000001", known);
        assertThat(found.values()).doesNotHaveDuplicates();
        var created = contacts.get(ws, found.get("391110000002"));
        assertThat(created.waId()).isEqualTo("391110000002");
        assertThat(created.phone()).isEqualTo("+391110000002");
        assertThat(created.profileName()).isNull();
        // A number whose phone identity another contact owns gets its own contact, the phone left with the owner.
        assertThat(found.get("391110000004").value().toString()).isNotEqualTo(taken);
        assertThat(contacts.get(ws, found.get("391110000004")).phone()).isNull();
        assertThat(contacts.findByPhone(ws, "+391110000004")
                        .orElseThrow()
                        .id()
                        .value()
                        .toString())
                .isEqualTo(taken);
        // Asked again, in a batch or one by one: the same contacts, none created.
        assertThat(contacts.findOrCreateByWaIds(ws, List.of("391110000003", "391110000002")))
                .containsEntry("391110000002", found.get("391110000002"))
                .containsEntry("391110000003", found.get("391110000003"));
        assertThat(contacts.findOrCreateByWhatsApp(ws, new WhatsAppIdentity("391110000003", null, null, null)))
                .isEqualTo(found.get("391110000003"));
        assertThat(contacts.findOrCreateByWaIds(ws, List.of())).isEmpty();
    }

    @Test
    void createsReadsChangesAndDeletesAContactWithTypedProperties() {
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        api.property("seats", "Seats", "number", null);
        api.property("renewal", "Renewal", "date", null);
        api.property("vip", "VIP", "boolean", null);
        api.property("interests", "Interests", "multi_select", List.of("shoes", "bags", "hats"));
        api.property("note", "Note", "text", null);

        var created = api.create(Map.of(
                "displayName",
                " Ada Lovelace ",
                "email",
                "Ada@Example.COM",
                "phone",
                "+44 20 7946 0018",
                "properties",
                Map.of(
                        "plan",
                        "gold",
                        "seats",
                        12.50,
                        "renewal",
                        "2026-03-31",
                        "vip",
                        true,
                        "interests",
                        List.of("hats", "shoes"),
                        "note",
                        "likes <b>tea</b>")));
        var id = created.get("id").asString();
        assertThat(created.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(created.get("email").asString()).isEqualTo("ada@example.com");
        assertThat(created.get("phone").asString()).isEqualTo("+442079460018");
        var properties = created.get("properties");
        assertThat(properties.get("plan").asString()).isEqualTo("gold");
        assertThat(properties.get("seats").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(properties.get("renewal").asString()).isEqualTo("2026-03-31");
        assertThat(properties.get("vip").asBoolean()).isTrue();
        // In the order of the definition's options, not of the request.
        assertThat(properties.get("interests").toString()).isEqualTo("[\"shoes\",\"hats\"]");
        assertThat(properties.get("note").asString()).isEqualTo("likes <b>tea</b>");

        var changes = new HashMap<String, Object>();
        changes.put("displayName", "");
        changes.put("properties", nullable("vip", null, "seats", "7"));
        var changed = api.ok("PATCH", "/api/v1/contacts/" + id, changes);
        assertThat(changed.get("displayName").isNull()).isTrue();
        assertThat(changed.get("name").asString()).isEqualTo("+442079460018");
        assertThat(changed.get("properties").has("vip")).isFalse();
        assertThat(changed.get("properties").get("seats").asInt()).isEqualTo(7);
        assertThat(changed.get("email").asString()).as("absent fields stay").isEqualTo("ada@example.com");

        assertThat(api.call("DELETE", "/api/v1/contacts/" + id, null).status()).isEqualTo(204);
        var gone = api.call("GET", "/api/v1/contacts/" + id, null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badValuesAreRefusedFieldByFieldAndChangeNothing() {
        api.property("seats", "Seats", "number", null);
        api.property("renewal", "Renewal", "date", null);
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        var id = api.create(Map.of("displayName", "Bob", "properties", Map.of("seats", 3)))
                .get("id")
                .asString();

        var refused = api.call(
                "PATCH",
                "/api/v1/contacts/" + id,
                Map.of(
                        "displayName",
                        "Robert",
                        "email",
                        "not-an-address",
                        "properties",
                        Map.of("seats", "many", "renewal", "31/03/2026", "plan", "platinum", "colour", "red")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var problem = refused.json();
        assertThat(problem.get("type").asString()).endsWith("/invalid-contact-data");
        var fields = new ArrayList<String>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "email", "properties.seats", "properties.renewal", "properties.plan", "properties.colour");
        assertThat(problem.get("errors").toString())
                .contains("Seats must be a number")
                .contains("YYYY-MM-DD")
                .contains("free, gold");

        var unchanged = api.ok("GET", "/api/v1/contacts/" + id, null);
        assertThat(unchanged.get("displayName").asString()).isEqualTo("Bob");
        assertThat(unchanged.get("properties").get("seats").asInt()).isEqualTo(3);

        var badPhone = api.call("POST", "/api/v1/contacts", Map.of("phone", "12ab"));
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }

    @Test
    void anIdentityBelongsToOneContact() {
        api.create(Map.of("email", "one@example.com"));
        var other = api.create(Map.of("displayName", "Other")).get("id").asString();
        var taken = api.call("PATCH", "/api/v1/contacts/" + other, Map.of("email", "ONE@example.com"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("type").asString()).endsWith("/contact-identity-taken");
    }

    @Test
    void propertyDefinitionsAreValidatedAndOptionsCanChange() {
        var noOptions = api.call(
                "POST", "/api/v1/contact-properties", Map.of("key", "plan", "label", "Plan", "type", "single_select"));
        assertThat(noOptions.status()).isEqualTo(400);
        assertThat(noOptions.json().get("errors").get(0).get("field").asString())
                .isEqualTo("options");
        var badKeyAndType = api.call(
                "POST", "/api/v1/contact-properties", Map.of("key", "Plan Name", "label", "", "type", "colour"));
        assertThat(badKeyAndType.status()).isEqualTo(400);
        assertThat(badKeyAndType.json().get("errors").size()).isEqualTo(3);

        var plan = api.property("plan", "Plan", "SINGLE_SELECT", List.of("free", "gold", "gold "));
        assertThat(plan.get("type").asString()).isEqualTo("single_select");
        assertThat(plan.get("options").toString()).isEqualTo("[\"free\",\"gold\"]");
        var again =
                api.call("POST", "/api/v1/contact-properties", Map.of("key", "plan", "label", "Plan", "type", "text"));
        assertThat(again.status()).isEqualTo(409);

        var id = api.create(Map.of("properties", Map.of("plan", "gold")))
                .get("id")
                .asString();
        var planId = plan.get("id").asString();
        var changed = api.ok(
                "PATCH",
                "/api/v1/contact-properties/" + planId,
                Map.of("label", "Price plan", "options", List.of("free", "pro")));
        assertThat(changed.get("label").asString()).isEqualTo("Price plan");
        assertThat(api.ok("GET", "/api/v1/contacts/" + id, null)
                        .get("properties")
                        .has("plan"))
                .as("a value whose option was removed goes with it")
                .isFalse();
        assertThat(api.ok("GET", "/api/v1/contact-properties", null).size()).isEqualTo(1);
        assertThat(api.call("DELETE", "/api/v1/contact-properties/" + planId, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.ok("GET", "/api/v1/contact-properties", null).size()).isZero();
    }

    @Test
    void tagsAreUniquePerNameAndGoOnAndOffContacts() {
        var vip = api.ok("POST", "/api/v1/tags", Map.of("name", "VIP", "colour", "#FFAA00"));
        assertThat(vip.get("colour").asString()).isEqualTo("#ffaa00");
        assertThat(api.call("POST", "/api/v1/tags", Map.of("name", "vip")).status())
                .isEqualTo(409);
        assertThat(api.call("POST", "/api/v1/tags", Map.of("name", "x", "colour", "red"))
                        .status())
                .isEqualTo(400);
        var tagId = vip.get("id").asString();
        var id = api.create(Map.of("displayName", "Tagged")).get("id").asString();

        assertThat(api.call("PUT", "/api/v1/contacts/" + id + "/tags/" + tagId, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.call("PUT", "/api/v1/contacts/" + id + "/tags/" + tagId, null)
                        .status())
                .as("idempotent")
                .isEqualTo(204);
        assertThat(api.ok("GET", "/api/v1/contacts/" + id, null)
                        .get("tags")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("VIP");
        assertThat(api.call("PUT", "/api/v1/contacts/" + id + "/tags/" + UUID.randomUUID(), null)
                        .status())
                .isEqualTo(404);

        var renamed = api.ok("PATCH", "/api/v1/tags/" + tagId, Map.of("name", "Gold customer"));
        assertThat(renamed.get("colour").asString()).isEqualTo("#ffaa00");
        assertThat(api.call("DELETE", "/api/v1/contacts/" + id + "/tags/" + tagId, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.ok("GET", "/api/v1/contacts/" + id, null).get("tags").size())
                .isZero();
        assertThat(api.call("DELETE", "/api/v1/tags/" + tagId, null).status()).isEqualTo(204);
        assertThat(api.ok("GET", "/api/v1/tags", null).size()).isZero();
    }

    @Test
    void notesKeepAuthorAndTime() {
        var id = api.create(Map.of("displayName", "Noted")).get("id").asString();
        var note = api.call("POST", "/api/v1/contacts/" + id + "/notes", Map.of("body", "  Prefers <i>e-mail</i>  "));
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.json().get("authorName").asString()).isEqualTo("test key");
        assertThat(note.json().get("createdAt").isNull()).isFalse();
        assertThat(api.call("POST", "/api/v1/contacts/" + id + "/notes", Map.of("body", " "))
                        .status())
                .isEqualTo(400);
        var notes = api.ok("GET", "/api/v1/contacts/" + id + "/notes", null);
        assertThat(notes.size()).isEqualTo(1);
        assertThat(notes.get(0).get("body").asString()).isEqualTo("Prefers <i>e-mail</i>");
    }

    private static Map<String, Object> nullable(String k1, Object v1, String k2, Object v2) {
        var map = new HashMap<String, Object>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
