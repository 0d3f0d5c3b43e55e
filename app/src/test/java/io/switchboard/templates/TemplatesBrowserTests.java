package io.switchboard.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.PostgresAppTest;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** In Chromium: write a template, see the rules beside the fields and the live preview, submit, see it approved. */
@PostgresAppTest
class TemplatesBrowserTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void close() throws Exception {
        Browsers.closeWithScreenshot(browser, getClass().getSimpleName());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void createATemplateAndSeeItApproved() {
        var sandbox = SandboxWorkspace.find(workspaces, users, keys, jdbc);
        var email = "templates-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        SandboxWorkspace.admin(users, sandbox.workspaceId(), email, "pw-templates-123456");
        Browsers.signIn(browser, port, email, "pw-templates-123456");

        browser.findElement(By.linkText("Templates")).click();
        browser.findElement(By.linkText("New template")).click();
        browser.findElement(By.id("name")).sendKeys("Shipping Update");
        browser.findElement(By.id("bodyText")).sendKeys("Hello {{1}}, your parcel left our store today.");
        browser.findElement(By.id("bodyExamples")).sendKeys("1=Ana");
        // The preview follows the typing: the sample value fills the variable.
        await().atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(browser.findElement(By.cssSelector("[data-testid=preview-body]"))
                                .getText())
                        .isEqualTo("Hello Ana, your parcel left our store today."));
        browser.findElement(By.cssSelector("#template-form button[type=submit]"))
                .click();

        // Meta's name rule, shown beside the field, with everything typed kept.
        assertThat(browser.findElement(By.cssSelector("[data-field=name]")).getText())
                .contains("lowercase");
        assertThat(browser.findElement(By.id("bodyText")).getAttribute("value"))
                .isEqualTo("Hello {{1}}, your parcel left our store today.");
        var name = "shipping_update_" + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.cssSelector("#template-form button[type=submit]"))
                .click();

        var row = By.cssSelector("tr[data-template='" + name + "']");
        assertThat(browser.findElement(row)
                        .findElement(By.cssSelector("[data-testid=status]"))
                        .getText())
                .isEqualTo("Draft");
        browser.findElement(row)
                .findElement(By.xpath(".//button[text()='Submit for review']"))
                .click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=notice]")).getText())
                .contains("review");

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
    }
}
