package io.switchboard.compliance;

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
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: an owner edits the keywords from the settings menu, and the consent fragment works where
 * the contact page will embed it (loaded with hx-get into a page of the shell, its form posted by htmx).
 */
@PostgresAppTest
class ConsentBrowserTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void close() throws Exception {
        Browsers.closeWithScreenshot(browser, getClass().getSimpleName());
    }

    @Test
    void anOwnerEditsKeywordsAndRecordsConsentInTheEmbeddedFragment() {
        var api = new HttpApi(port);
        var tenant = new Tenants(workspaces, users, keys).create("Browser " + UUID.randomUUID());
        var sandbox = new SandboxInbox(api, tenant);
        var waId = SandboxInbox.newCustomer();
        sandbox.customerWrites(waId, "hi");
        var contact = ConsentApiTests.contactOf(api, tenant, waId);

        Browsers.signIn(browser, port, tenant.ownerEmail(), tenant.ownerPassword());
        browser.findElement(By.linkText("Opt-out keywords")).click();

        var optOut = browser.findElement(By.id("optOut-0"));
        assertThat(optOut.getAttribute("value")).contains("UNSUBSCRIBE");
        optOut.sendKeys("\nHALT");
        browser.findElement(By.cssSelector("[data-testid=save-keywords]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=notice]")).getText())
                .isEqualTo("The keywords were saved.");
        assertThat(browser.findElement(By.id("optOut-0")).getAttribute("value")).endsWith("HALT");

        // What the contact page will do: a placeholder that loads the fragment with hx-get.
        browser.executeScript("""
                const host = document.createElement('div');
                host.setAttribute('hx-get', '/compliance/contacts/' + arguments[0] + '/consent');
                host.setAttribute('hx-trigger', 'load');
                document.querySelector('main').appendChild(host);
                htmx.process(host);""", contact);
        assertThat(browser.findElement(By.cssSelector("[data-testid=consent-marketing]"))
                        .getText())
                .isEqualTo("None on record");
        browser.findElement(By.id("consent-proof")).sendKeys("Agreed on the phone on <Tuesday>");
        browser.findElement(By.cssSelector("[data-testid=record-consent]")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=consent-marketing]"))
                        .getText()
                        .equals("Granted"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=consent-history]"))
                        .getText())
                .contains("Agreed on the phone on <Tuesday>", "Agent");
        assertThat(browser.getCurrentUrl()).endsWith("/compliance/keywords");
        var stored = api.get("/api/v1/contacts/" + contact + "/consent", tenant.apiKey())
                .json();
        assertThat(stored.get("marketing").get("source").asString()).isEqualTo("AGENT");
    }
}
