package io.switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI shell in a real headless Chromium: sign in, navigate settings, make an API key, sign out. */
@PostgresAppTest
class ShellBrowserTests {
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
    void ownerSignsInCreatesAnApiKeyAndSignsOut() {
        // A workspace name that is markup must be shown as text, never run.
        var tenant = new Tenants(workspaces, users, keys).create("<img src=x onerror=alert(1)> Shop");
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys(tenant.ownerEmail());
        browser.findElement(By.id("password")).sendKeys(tenant.ownerPassword());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        var welcome = browser.findElement(By.cssSelector("[data-testid=welcome]"));
        assertThat(welcome.getText()).isEqualTo("Welcome to <img src=x onerror=alert(1)> Shop");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();

        browser.findElement(By.linkText("API keys")).click();
        browser.findElement(By.id("key-name")).sendKeys("From the browser");
        browser.findElement(By.cssSelector("form.row button[type=submit]")).click();
        var secret =
                browser.findElement(By.cssSelector("[data-testid=new-secret]")).getAttribute("value");
        assertThat(secret).startsWith("sb_");
        assertThat(new HttpApi(port).get("/api/v1/workspace", secret).status()).isEqualTo(200);

        browser.findElement(By.linkText("Users")).click();
        screenshot("settings-users");
        assertThat(browser.findElement(By.cssSelector("tr[data-email='" + tenant.ownerEmail() + "']"))
                        .getText())
                .contains("Owner");

        browser.findElement(By.cssSelector("form.logout button")).click();
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
    }

    @Test
    void wrongPasswordShowsAReadableMessage() {
        var tenant = new Tenants(workspaces, users, keys).create("Browser login");
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(tenant.ownerEmail());
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=login-problem]"))
                        .getText())
                .isEqualTo("Wrong e-mail or password.");
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(tenant.ownerEmail());
        assertThat(browser.findElement(By.id("password")).getAttribute("value")).isEmpty();
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            Files.copy(
                    browser.getScreenshotAs(OutputType.FILE).toPath(),
                    Path.of("target/screenshots/" + name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
