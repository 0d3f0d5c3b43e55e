package io.switchboard.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the browser, in a workspace in Europe/Rome: a campaign with a send window, the dry run telling who
 * waits for it, a past start time refused with the input kept, a future one shown in the workspace's zone.
 */
@PostgresAppTest
class CampaignScheduleBrowserTests {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

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
        Browsers.closeWithScreenshot(browser, "campaign-schedule");
    }

    private void value(WebElement input, String value) {
        // Date and time pickers take typed keys in the browser's locale; the value is what the form posts.
        browser.executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void aWindowAndAStartTimeInTheWorkspacesZone() {
        var tenant = new Tenants(workspaces, users, keys).create("Schedule browser");
        workspaces.update(tenant.workspaceId(), "Schedule browser", ROME.getId());
        var t = new CampaignTestSupport(new HttpApi(port), tenant);
        var template = t.approvedTemplate("UTILITY", "Your table is booked.", Map.of());
        var italian = "+393" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        // A window that opens two hours from now in Rome: the Italian number waits for it.
        var romeHour = Instant.now().atZone(ROME).getHour();
        var window = new SendWindow(LocalTime.of((romeHour + 2) % 24, 0), LocalTime.of((romeHour + 4) % 24, 0));

        browser = Browsers.chromium();
        Browsers.signIn(browser, port, tenant.ownerEmail(), tenant.ownerPassword());
        browser.findElement(By.linkText("Campaigns")).click();

        assertThat(browser.findElement(By.cssSelector("[data-testid=new-campaign]"))
                        .getText())
                .contains("the workspace's time zone, Europe/Rome");
        browser.findElement(By.id("c-name")).sendKeys("Booked");
        new Select(browser.findElement(By.id("c-template")))
                .selectByValue(t.sandbox.channelId() + "|" + template + "|en_US");
        browser.findElement(By.id("c-numbers")).sendKeys(italian);
        value(browser.findElement(By.id("c-window-start")), window.start().toString());
        value(browser.findElement(By.id("c-window-end")), window.end().toString());
        browser.findElement(By.cssSelector("[data-testid=create-campaign]")).click();

        assertThat(browser.findElement(By.cssSelector("[data-testid=send-window]"))
                        .getText())
                .contains(window.start().toString())
                .contains(window.end().toString())
                .contains("Europe/Rome");
        var opens = window.notBefore(Instant.now(), ROME)
                .atZone(ROME)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        browser.findElement(By.cssSelector("[data-testid=dry-run-button]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=dry-run-window]"))
                        .getText())
                .isEqualTo("0 would go now; 1 wait for their send window, the last until about " + opens
                        + " (Europe/Rome).");

        assertThat(browser.findElement(By.cssSelector("label[for=launch-at]")).getText())
                .contains("Europe/Rome");
        value(browser.findElement(By.cssSelector("[data-testid=launch-at]")), "2020-01-01T10:00");
        browser.findElement(By.cssSelector("[data-testid=launch]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=problem]")).getText())
                .contains("in the past");
        assertThat(browser.findElement(By.cssSelector("[data-testid=launch-at]"))
                        .getAttribute("value"))
                .isEqualTo("2020-01-01T10:00");
        assertThat(browser.findElement(By.cssSelector("[data-testid=campaign-status]"))
                        .getText())
                .isEqualTo("Draft");

        value(browser.findElement(By.cssSelector("[data-testid=launch-at]")), "2031-07-01T10:00");
        browser.findElement(By.cssSelector("[data-testid=launch]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=scheduled-for]"))
                        .getText())
                .isEqualTo("starts 2031-07-01 10:00 (Europe/Rome)");
        assertThat(t.campaign(t.api.get("/api/v1/campaigns", tenant.apiKey())
                                .json()
                                .get(0)
                                .get("id")
                                .asString())
                        .get("scheduledAt")
                        .asString())
                .isEqualTo("2031-07-01T08:00:00Z");
    }
}
