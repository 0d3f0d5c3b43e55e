package io.switchboard.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: an owner sees the rate card on /billing, imports a CSV file with a bad row, sets a cap. */
@PostgresAppTest
class BillingBrowserTests {
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
    void seeTheRateCardImportACsvAndSetACap() throws Exception {
        var owner = new Tenants(workspaces, users, keys).create("Billing page");
        Browsers.signIn(browser, port, owner.ownerEmail(), owner.ownerPassword());
        browser.findElement(By.linkText("Billing")).click();

        assertThat(price("IT/MARKETING")).isEqualTo("0.069100 USD");
        assertThat(browser.findElement(By.cssSelector("tr[data-rate='IT/MARKETING']"))
                        .getText())
                .contains("Default");

        var csv = Files.createTempFile("rates", ".csv");
        Files.writeString(csv, """
                country,category,model,price,currency,effective_from
                IT,MARKETING,PMP,0.0700,USD,2026-01-01
                Atlantis,MARKETING,PMP,0.0700,USD,2026-01-01
                ES,UTILITY,PMP,0.0210,USD,2026-01-01
                """);
        browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();

        assertThat(browser.findElement(By.cssSelector("[data-testid=accepted]")).getText())
                .isEqualTo("2 rows imported.");
        var bad = browser.findElement(By.cssSelector("#rejected tr[data-line='3']"))
                .getText();
        assertThat(bad).contains("Atlantis").contains("Unknown country");
        assertThat(price("IT/MARKETING")).isEqualTo("0.070000 USD");
        assertThat(browser.findElement(By.cssSelector("tr[data-rate='IT/MARKETING']"))
                        .getText())
                .contains("This workspace");

        browser.findElement(By.id("cap-amount")).clear();
        browser.findElement(By.id("cap-amount")).sendKeys("25.50");
        browser.findElement(By.cssSelector("#budget-form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=notice]")).getText())
                .isEqualTo("The monthly cap was saved.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=cap]")).getText())
                .isEqualTo("Cap: 25.5000 USD per month");

        browser.findElement(By.id("cap-amount")).clear();
        browser.findElement(By.id("cap-amount")).sendKeys("lots");
        browser.findElement(By.cssSelector("#budget-form button[type=submit]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=problem]")).getText())
                .contains("number");
        assertThat(browser.findElement(By.id("cap-amount")).getAttribute("value"))
                .isEqualTo("lots");
    }

    private String price(String rate) {
        return browser.findElement(By.cssSelector("tr[data-rate='" + rate + "'] [data-testid=price]"))
                .getText();
    }
}
