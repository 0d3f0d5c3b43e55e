package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inbox.SandboxInbox;
import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A campaign from the browser: approved template, numbers pasted, dry run, launch, live progress. */
@PostgresAppTest
class CampaignsBrowserTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    ChromeDriver browser;

    @AfterEach
    void close() throws Exception {
        Browsers.closeWithScreenshot(browser, "campaign");
    }

    @Test
    void dryRunLaunchAndWatchTheProgressBarFill() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Campaign browser");
        var t = new CampaignTestSupport(api, tenant);
        var template = t.approvedTemplate(
                "UTILITY", "Hi {{1}}, your parcel {{2}} is on its way.", Map.of("1", "Ada", "2", "P-1"));
        var numbers = new ArrayList<String>();
        for (var i = 0; i < 40; i++) {
            numbers.add("+" + SandboxInbox.newCustomer());
        }

        browser = Browsers.chromium();
        Browsers.signIn(browser, port, tenant.ownerEmail(), tenant.ownerPassword());
        browser.findElement(By.linkText("Campaigns")).click();

        browser.findElement(By.id("c-name")).sendKeys("Parcel <b>news</b>");
        new Select(browser.findElement(By.id("c-template")))
                .selectByValue(t.sandbox.channelId() + "|" + template + "|en_US");
        browser.findElement(By.id("c-parameters")).sendKeys("contact.name|there\nP-77");
        browser.findElement(By.id("c-numbers")).sendKeys(String.join("\n", numbers) + "\n" + numbers.getFirst());
        browser.findElement(By.cssSelector("[data-testid=create-campaign]")).click();

        assertThat(browser.findElement(By.cssSelector("[data-testid=campaign-name]"))
                        .getText())
                .isEqualTo("Parcel <b>news</b>");
        assertThat(browser.findElement(By.cssSelector("[data-testid=campaign-status]"))
                        .getText())
                .isEqualTo("Draft");
        browser.findElement(By.cssSelector("[data-testid=dry-run-button]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=dry-run]")).getText())
                .contains("40 recipients: 40 would be sent now; 1 duplicate")
                .contains("Estimated cost at today's rate card:")
                .contains("USD");

        browser.findElement(By.cssSelector("[data-testid=launch]")).click();
        // The launch answers with the campaign page; from then on only the progress part changes.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !browser.findElement(By.cssSelector("[data-testid=campaign-status]"))
                        .getText()
                        .equals("Draft"));
        browser.executeScript("window.notReloaded = true");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(60))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=funnel-delivered]"))
                        .getText()
                        .equals("40"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=progress]")).getAttribute("value"))
                .isEqualTo("100");
        assertThat(browser.findElement(By.cssSelector("[data-testid=handed]")).getText())
                .isEqualTo("40 of 40 recipients handled");
        assertThat(browser.findElement(By.cssSelector("[data-testid=campaign-status]"))
                        .getText())
                .isEqualTo("Completed");
        assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(
                        () -> Long.valueOf(0)
                                .equals(
                                        browser.executeScript(
                                                "return document.querySelectorAll('[data-testid=pause],[data-testid=cancel]').length")));
        assertThat(t.received(numbers.get(7).substring(1), template)).isEqualTo(1);
        assertThat(t.phone(numbers.get(7).substring(1))).contains("P-77").contains("there");
    }

    /**
     * The whole path in the browser: a template written and approved, a segment built with its live count,
     * a campaign to the segment, dry run, launch, and the progress bar filling.
     */
    @Test
    void templateSegmentCampaignFromTheBrowser() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Segment browser");
        var t = new CampaignTestSupport(api, tenant);
        var customers = new ArrayList<String>();
        for (var i = 0; i < 30; i++) {
            var customer = SandboxInbox.newCustomer();
            t.sandbox.customerWrites(customer, "Hello " + i);
            customers.add(customer);
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/contacts?limit=100", tenant.apiKey())
                                .json()
                                .size()
                        == 30);
        var tag = api.call("POST", "/api/v1/tags", tenant.apiKey(), HttpApi.json(Map.of("name", "Parcel")))
                .json()
                .get("id")
                .asString();
        var members = new ArrayList<String>();
        for (var customer : customers.subList(0, 20)) {
            var contact = api.get("/api/v1/contacts?wa_id=" + customer, tenant.apiKey())
                    .json()
                    .get(0)
                    .get("id")
                    .asString();
            assertThat(api.call("PUT", "/api/v1/contacts/" + contact + "/tags/" + tag, tenant.apiKey(), null)
                            .status())
                    .isEqualTo(204);
            members.add(customer);
        }

        browser = Browsers.chromium();
        Browsers.signIn(browser, port, tenant.ownerEmail(), tenant.ownerPassword());

        // A template, written here and approved by the sandbox's review.
        browser.findElement(By.linkText("Templates")).click();
        browser.findElement(By.linkText("New template")).click();
        var template = "parcel_news_" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("name")).sendKeys(template);
        browser.findElement(By.id("language")).clear();
        browser.findElement(By.id("language")).sendKeys("en_US");
        new Select(browser.findElement(By.id("category"))).selectByValue("UTILITY");
        browser.findElement(By.id("bodyText")).sendKeys("Good news: your parcel is on its way.");
        browser.findElement(By.cssSelector("#template-form button[type=submit]"))
                .click();
        var row = By.cssSelector("tr[data-template='" + template + "']");
        browser.findElement(row)
                .findElement(By.xpath(".//button[text()='Submit for review']"))
                .click();
        await().atMost(Duration.ofSeconds(30))
                .ignoreExceptions()
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    browser.navigate().refresh();
                    assertThat(browser.findElement(row)
                                    .findElement(By.cssSelector("[data-testid=status]"))
                                    .getText())
                            .isEqualTo("Approved");
                });

        // A segment, with its count following the editing.
        browser.findElement(By.linkText("Contacts")).click();
        browser.findElement(By.cssSelector("[data-testid=segments-link]")).click();
        browser.findElement(By.cssSelector("[data-testid=new-segment]")).click();
        browser.findElement(By.id("segment-name")).sendKeys("Parcel <people>");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=segment-count]"))
                        .getText()
                        .equals("30"));
        browser.findElement(By.cssSelector("[data-testid=add-condition]")).click();
        new Select(browser.findElement(By.cssSelector(".condition [data-testid=c-kind]"))).selectByValue("tag");
        browser.findElement(By.cssSelector(".condition [data-testid=c-value]")).sendKeys("No such tag");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=count-problem]"))
                        .getText()
                        .contains("Condition 1: There is no tag 'No such tag'"));
        browser.findElement(By.cssSelector(".condition [data-testid=c-value]")).clear();
        browser.findElement(By.cssSelector(".condition [data-testid=c-value]")).sendKeys("parcel");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=segment-count]"))
                        .getText()
                        .equals("20"));
        assertThat(browser.executeScript("return document.querySelectorAll('[data-testid=preview-row]').length"))
                .isEqualTo(10L);
        browser.findElement(By.cssSelector("[data-testid=save-segment]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=notice]")).getText())
                .isEqualTo("Segment saved.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=segment-heading]"))
                        .getText())
                .isEqualTo("Parcel <people>");

        // The campaign to the segment: dry run, launch, the bar fills.
        browser.findElement(By.linkText("Campaigns")).click();
        browser.findElement(By.id("c-name")).sendKeys("Parcels for the segment");
        new Select(browser.findElement(By.id("c-template")))
                .selectByValue(t.sandbox.channelId() + "|" + template + "|en_US");
        new Select(browser.findElement(By.id("c-segment"))).selectByVisibleText("Parcel <people>");
        browser.findElement(By.cssSelector("[data-testid=create-campaign]")).click();
        browser.findElement(By.cssSelector("[data-testid=dry-run-button]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=dry-run]")).getText())
                .contains("20 recipients: 20 would be sent now");
        browser.findElement(By.cssSelector("[data-testid=launch]")).click();
        var seen = new java.util.TreeSet<Integer>();
        await().ignoreExceptions()
                // Up to three minutes: in one CI run of five, 6 of 20 deliveries were still missing after 60 s (the
                // sandbox
                // retries a refused status webhook with backoff, and later statuses of a message wait behind it).
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    seen.add(Integer.valueOf(browser.findElement(By.cssSelector("[data-testid=progress]"))
                            .getAttribute("value")));
                    return browser.findElement(By.cssSelector("[data-testid=funnel-delivered]"))
                            .getText()
                            .equals("20");
                });
        assertThat(browser.findElement(By.cssSelector("[data-testid=progress]")).getAttribute("value"))
                .isEqualTo("100");
        assertThat(seen).as("progress values seen").contains(100);
        assertThat(browser.findElement(By.cssSelector("[data-testid=handed]")).getText())
                .isEqualTo("20 of 20 recipients handled");
        for (var customer : customers) {
            assertThat(t.received(customer, template)).as(customer).isEqualTo(members.contains(customer) ? 1 : 0);
        }
    }
}
