package io.switchboard.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contact pages in real headless Chromium: properties, values, tags, the filtered list, escaping. */
@PostgresAppTest
class ContactsBrowserTests {
    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    Tenants.Tenant tenant;
    ChromeDriver browser;

    @BeforeEach
    void setUp() {
        tenant = new Tenants(workspaces, users, keys).create("Browser contacts");
    }

    @AfterEach
    void close() throws Exception {
        Browsers.closeWithScreenshot(browser, "contacts");
    }

    @Test
    void definesAPropertySetsValuesTagsAndFindsTheContactInTheFilteredList() {
        var api = new ContactsApi(new HttpApi(port), tenant);
        api.create(Map.of("displayName", "Someone else"));
        signIn();

        browser.get(url("/contacts/settings"));
        browser.findElement(By.id("property-label")).sendKeys("Plan");
        browser.findElement(By.id("property-key")).sendKeys("plan");
        new Select(browser.findElement(By.id("property-type"))).selectByValue("single_select");
        browser.findElement(By.id("property-options")).sendKeys("free\ngold");
        browser.findElement(By.cssSelector("[data-testid=new-property] button[type=submit]"))
                .click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=notice]")).getText())
                .isEqualTo("Property added.");
        browser.findElement(By.id("property-label")).sendKeys("Seats");
        browser.findElement(By.id("property-key")).sendKeys("seats");
        new Select(browser.findElement(By.id("property-type"))).selectByValue("number");
        browser.findElement(By.cssSelector("[data-testid=new-property] button[type=submit]"))
                .click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElements(By.cssSelector("[data-testid=property]"))
                                .size()
                        == 2);

        browser.get(url("/contacts"));
        browser.findElement(By.id("new-name")).sendKeys(MARKUP);
        browser.findElement(By.cssSelector("[data-testid=new-contact] button[type=submit]"))
                .click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=contact-heading]"))
                        .getText())
                .isEqualTo(MARKUP);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();

        // A value its type refuses: a readable message beside the field, and what was typed stays.
        new Select(browser.findElement(By.id("p.plan"))).selectByValue("gold");
        browser.findElement(By.id("p.seats")).sendKeys("lots");
        browser.findElement(By.cssSelector("[data-testid=save-properties]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-field=seats]")).getText())
                .isEqualTo("Seats must be a number, like 42 or 3.5.");
        assertThat(browser.findElement(By.id("p.seats")).getAttribute("value")).isEqualTo("lots");
        browser.findElement(By.id("p.seats")).clear();
        browser.findElement(By.id("p.seats")).sendKeys("12");
        browser.findElement(By.cssSelector("[data-testid=save-properties]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=notice]")).getText())
                .isEqualTo("Properties saved.");
        assertThat(new Select(browser.findElement(By.id("p.plan")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("gold");
        assertThat(browser.findElement(By.id("p.seats")).getAttribute("value")).isEqualTo("12");

        browser.findElement(By.id("tag-name")).sendKeys("VIP");
        browser.findElement(By.cssSelector("[data-testid=add-tag] button[type=submit]"))
                .click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=contact-tag] .label"))
                        .getText())
                .isEqualTo("VIP");
        // The conversation history is the inbox's fragment, loaded by htmx.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=contact-conversations]"))
                        .getText()
                        .contains("No conversations"));

        browser.findElement(By.linkText("Contacts")).click();
        assertThat(browser.findElements(By.cssSelector("[data-testid=contact-row]")))
                .hasSize(2);
        new Select(browser.findElement(By.id("tag"))).selectByVisibleText("VIP");
        new Select(browser.findElement(By.id("property"))).selectByVisibleText("Plan");
        browser.findElement(By.id("value")).sendKeys("gold");
        browser.findElement(By.cssSelector("[data-testid=apply-filters]")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().contains("value=gold"));
        var rows = browser.findElements(By.cssSelector("[data-testid=contact-row]"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()
                        .findElement(By.cssSelector("[data-testid=contact-name]"))
                        .getText())
                .isEqualTo(MARKUP);
        assertThat(rows.getFirst()
                        .findElement(By.cssSelector("[data-testid=row-tag]"))
                        .getText())
                .isEqualTo("VIP");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid=export]")).getAttribute("href"))
                .contains("/contacts/export?")
                .contains("property=plan")
                .contains("value=gold");
    }

    @Test
    void importsACsvFileWithTheMappingStepAndShowsProgressAndTheReport() throws Exception {
        var file = Files.createTempFile("people", ".csv");
        Files.writeString(
                file, "Full name,Mobile,Email address,Notes\nAda,333 123 4567,ada@example.com,x\nBad,12ab,,y\n");
        signIn();
        browser.get(url("/contacts"));
        browser.findElement(By.linkText("Import from CSV")).click();
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("[data-testid=upload] button[type=submit]"))
                .click();

        // The mapping step guesses from the headers; the unknown column is skipped.
        assertThat(new Select(browser.findElement(By.id("field.0")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("displayName");
        assertThat(new Select(browser.findElement(By.id("field.1")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("phone");
        assertThat(new Select(browser.findElement(By.id("field.2")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("email");
        assertThat(new Select(browser.findElement(By.id("field.3")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEmpty();
        browser.findElement(By.id("defaultCountry")).sendKeys("39");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();

        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=status]"))
                        .getText()
                        .equals("Done"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=counts]")).getText())
                .isEqualTo("2 of 2 rows: 1 new, 0 updated, 1 refused.");
        assertThat(browser.findElement(By.cssSelector("[data-testid=report]")).getAttribute("href"))
                .contains("/errors");
        browser.get(url("/contacts?q=393331234567"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=contact-name]"))
                        .getText())
                .isEqualTo("Ada");
    }

    @Test
    void deletingAContactAsksFirstAndCancellingKeepsIt() {
        var api = new ContactsApi(new HttpApi(port), tenant);
        var id = api.create(Map.of("displayName", "Keep me maybe")).get("id").asText();
        signIn();
        browser.get(url("/contacts/" + id));
        var delete = By.cssSelector("[data-testid=delete-contact] button[type=submit]");

        browser.findElement(delete).click();
        var question = browser.switchTo().alert();
        assertThat(question.getText()).startsWith("Delete this contact");
        question.dismiss();
        assertThat(browser.getCurrentUrl()).endsWith("/contacts/" + id);
        assertThat(api.call("GET", "/api/v1/contacts/" + id, null).status()).isEqualTo(200);

        browser.findElement(delete).click();
        browser.switchTo().alert().accept();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().endsWith("/contacts"));
        assertThat(api.call("GET", "/api/v1/contacts/" + id, null).status()).isEqualTo(404);
    }

    private void signIn() {
        browser = Browsers.chromium();
        Browsers.signIn(browser, port, tenant.ownerEmail(), tenant.ownerPassword());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
