package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.PostgresAppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ContactImportTests} on PostgreSQL, and 100,000 rows with 1% bad ones: the good rows land, the
 * report lists exactly the bad ones, well under a minute (JDBC batches of 1,000).
 */
@PostgresAppTest
class ContactImportPostgresTests extends ContactImportTests {
    static final int ROWS = 100_000;

    @Test
    void importsAHundredThousandRowsWellUnderAMinute() {
        api.property("plan", "Plan", "single_select", List.of("free", "gold"));
        var file = new StringBuilder("Name,Phone,Plan\n");
        var badLines = new ArrayList<String>();
        for (var i = 1; i <= ROWS; i++) {
            var phone = "3" + String.format("%09d", i);
            var plan = i % 2 == 0 ? "gold" : "free";
            if (i % 200 == 0) {
                phone = "12ab" + i;
                badLines.add(String.valueOf(i + 1));
            } else if (i % 100 == 0) {
                plan = "platinum";
                badLines.add(String.valueOf(i + 1));
            }
            file.append("Person ")
                    .append(i)
                    .append(',')
                    .append(phone)
                    .append(',')
                    .append(plan)
                    .append('\n');
        }
        var id = upload("big.csv", file.toString()).get("id").asString();
        var mapping =
                new HashMap<String, String>(Map.of("Name", "displayName", "Phone", "phone", "Plan", "properties.plan"));
        var started = Instant.now();
        var run = api.call(
                "POST", "/api/v1/contact-imports/" + id + "/run", Map.of("mapping", mapping, "defaultCountry", "39"));
        assertThat(run.status()).isEqualTo(202);
        var done = awaitDone(id);
        var took = Duration.between(started, Instant.now());

        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("processedRows").asInt()).isEqualTo(ROWS);
        assertThat(done.get("createdRows").asInt()).isEqualTo(ROWS - 1000);
        assertThat(done.get("errorRows").asInt()).isEqualTo(1000);
        assertThat(took).as("import time").isLessThan(Duration.ofSeconds(60));

        var report = api.raw("/api/v1/contact-imports/" + id + "/errors", "text/csv")
                .body()
                .split("\r\n");
        assertThat(report).hasSize(1001);
        var reported = new ArrayList<String>();
        for (var i = 1; i < report.length; i++) {
            reported.add(report[i].substring(0, report[i].indexOf(',')));
        }
        assertThat(reported).containsExactlyElementsOf(badLines);

        var first = api.list("q=%2B393000000001").contacts();
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.get(0).get("displayName").asString()).isEqualTo("Person 1");
        assertThat(api.list("property=plan&value=gold&limit=1").contacts().size())
                .isEqualTo(1);
        assertThat(api.list("q=%2B393000000100").contacts().size())
                .as("the bad plan row did not land")
                .isZero();
        assertThat(api.list("q=%2B393000099999").contacts().size()).isEqualTo(1);
    }
}
