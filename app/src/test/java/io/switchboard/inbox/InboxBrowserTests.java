package io.switchboard.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.channels.ChannelId;
import io.switchboard.contacts.ContactId;
import io.switchboard.messaging.MessageManagement;
import io.switchboard.testsupport.Browsers;
import io.switchboard.testsupport.HttpApi;
import io.switchboard.testsupport.PostgresAppTest;
import io.switchboard.testsupport.Tenants;
import io.switchboard.workspace.ApiKeyManagement;
import io.switchboard.workspace.Role;
import io.switchboard.workspace.UserManagement;
import io.switchboard.workspace.WorkspaceManagement;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The inbox in real headless Chromium, fed by the embedded sandbox over HTTP; updates arrive over SSE. */
@PostgresAppTest
class InboxBrowserTests {
    @LocalServerPort
    int port;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    UserManagement users;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    MessageManagement messages;

    final List<ChromeDriver> browsers = new ArrayList<>();
    HttpApi api;
    Tenants.Tenant tenant;
    SandboxInbox sandbox;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        tenant = new Tenants(workspaces, users, keys).create("Browser inbox");
        sandbox = new SandboxInbox(api, tenant);
    }

    @AfterEach
    void close() throws Exception {
        for (var i = 0; i < browsers.size(); i++) {
            Browsers.closeWithScreenshot(browsers.get(i), "inbox-" + i);
        }
    }

    @Test
    void aCustomersMessageAppearsWithoutReloadAndMarkupStaysText() {
        var browser = signIn(tenant.ownerEmail(), tenant.ownerPassword());
        browser.get(url("/inbox"));
        awaitLive(browser);
        browser.executeScript("window.notReloaded = true");

        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "<img src=x onerror=alert(1)>");
        var row = browser.findElement(By.cssSelector("[data-testid=conversation]"));
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.cssSelector("[data-testid=preview]"))
                        .getText()
                        .equals("<img src=x onerror=alert(1)>"));
        assertThat(row).isNotNull();
        assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("[data-testid=unread]")).getText())
                .isEqualTo("1");

        browser.findElement(By.cssSelector("[data-testid=conversation] a")).click();
        await().ignoreExceptions().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(messageTexts(browser)).containsExactly("<img src=x onerror=alert(1)>");
            assertThat(browser.findElement(By.cssSelector("[data-testid=window]"))
                            .getText())
                    .contains("left");
        });
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();

        awaitLive(browser);
        browser.executeScript("window.notReloaded = true");
        sandbox.customerWrites(customer, "Second message");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElements(By.cssSelector("[data-testid=message]"))
                                .size()
                        == 2);
        assertThat(browser.executeScript("return window.notReloaded === true")).isEqualTo(true);
    }

    @Test
    void twoAgentsSeeEachOthersRepliesAndNotesLive() {
        var colleague = Members.add(users, tenant, "Dana Colleague", Role.ADMIN);
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Can someone help?");
        var id = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/conversations", tenant.apiKey()).json(), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();

        var first = signIn(tenant.ownerEmail(), tenant.ownerPassword());
        var second = signIn(colleague.email(), colleague.password());
        first.get(url("/inbox?c=" + id));
        second.get(url("/inbox?c=" + id));
        awaitLive(first);
        awaitLive(second);

        first.findElement(By.id("composer-text")).sendKeys("@dana please take this one");
        first.findElement(By.cssSelector("[data-testid=add-note]")).click();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(() -> second.findElements(By.cssSelector("[data-testid=note]")).stream()
                        .anyMatch(n -> n.getText().equals("@dana please take this one")));

        second.findElement(By.id("composer-text")).sendKeys("On it");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(() -> first.findElement(By.cssSelector("[data-testid=typing]"))
                        .isDisplayed());
        second.findElement(By.cssSelector("[data-testid=add-note]")).click();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(() -> first.findElements(By.cssSelector("[data-testid=note]")).stream()
                        .anyMatch(n -> n.getText().equals("On it")));
        var notes = api.get("/api/v1/conversations/" + id + "/notes", tenant.apiKey())
                .json();
        assertThat(notes.get(0).get("mentions").toString())
                .contains(colleague.id().toString());

        first.findElement(By.id("reply-text")).sendKeys("Hello from the first agent");
        first.findElement(By.cssSelector("[data-testid=send-reply]")).click();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(() -> messageTexts(second).contains("Hello from the first agent"));
        second.findElement(By.id("reply-text")).sendKeys("And from the second");
        second.findElement(By.cssSelector("[data-testid=send-reply]")).click();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(() -> messageTexts(first).contains("And from the second"));
        var phone = "/sandbox/control/customers/" + customer + "/messages?phone_number_id=" + sandbox.phoneNumberId();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get(phone, null).json().get("messages").toString(),
                        m -> m.contains("Hello from the first agent") && m.contains("And from the second"));
    }

    @Test
    void quickReplyButtonsEmojiAndAFileReachTheCustomer() throws Exception {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Can I change my delivery?");
        var id = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/conversations", tenant.apiKey()).json(), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();
        var browser = signIn(tenant.ownerEmail(), tenant.ownerPassword());
        browser.get(url("/inbox?c=" + id));
        awaitLive(browser);

        browser.findElement(By.id("reply-text")).sendKeys("Which day suits you? ");
        browser.findElement(By.cssSelector("[data-testid=emoji-toggle]")).click();
        browser.findElement(By.xpath("//div[@data-testid='emoji-palette']/button[text()='📦']"))
                .click();
        browser.findElement(By.cssSelector(".quick-replies summary")).click();
        var buttons = browser.findElement(By.id("reply-buttons"));
        buttons.sendKeys("Monday");
        buttons.sendKeys(org.openqa.selenium.Keys.ENTER);
        buttons.sendKeys("Tuesday");
        browser.findElement(By.cssSelector("[data-testid=send-reply]")).click();
        var phone = "/sandbox/control/customers/" + customer + "/messages?phone_number_id=" + sandbox.phoneNumberId();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get(phone, null).json().get("messages").toString(),
                        m -> m.contains("Which day suits you? 📦") && m.contains("Monday") && m.contains("Tuesday"));

        // More than three buttons: refused with the reason, nothing sent.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .until(() -> browser.findElements(By.cssSelector("[data-testid=message]"))
                                .size()
                        == 2);
        browser.executeScript("document.querySelector('.quick-replies').open = true");
        browser.findElement(By.id("reply-text")).sendKeys("Pick one");
        browser.findElement(By.id("reply-buttons")).sendKeys("a\nb\nc\nd");
        browser.findElement(By.cssSelector("[data-testid=send-reply]")).click();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(browser.findElement(By.cssSelector("[data-testid=reply-problem]"))
                                .getText())
                        .isEqualTo("WhatsApp allows at most 3 quick-reply buttons."));

        var file = Files.createTempFile("invoice", ".pdf");
        Files.writeString(file, "%PDF-1.4 invoice 42");
        browser.findElement(By.cssSelector("[data-testid=attach]")).sendKeys(file.toString());
        browser.findElement(By.id("reply-text")).sendKeys("Your invoice");
        browser.findElement(By.cssSelector("[data-testid=send-reply]")).click();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get(phone, null).json().get("messages").toString(),
                        m -> m.contains("Your invoice")
                                && m.contains(file.getFileName().toString()));
        assertThat(api.get(phone, null).json().get("messages").toString()).doesNotContain("Pick one");
        // Our own file stays in the thread as a download, served from the copy kept at upload. Live refreshes
        // replace the thread: the link is read inside the wait, not kept across it.
        var href = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            var link = browser.findElement(By.cssSelector("[data-testid=media-file]"));
                            return link.getText().equals(file.getFileName().toString())
                                    ? link.getAttribute("href")
                                    : null;
                        },
                        java.util.Objects::nonNull);
        assertThat(browser.executeAsyncScript(
                        "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", href))
                .isEqualTo("%PDF-1.4 invoice 42");
    }

    @Test
    void aCustomersPictureIsShownInTheThread() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerSends(
                customer,
                Map.of(
                        "type",
                        "image",
                        "image",
                        Map.of("data", SandboxInbox.PNG_1X1, "mime_type", "image/png", "caption", "The broken lid")));
        var id = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/conversations", tenant.apiKey()).json(), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();
        var browser = signIn(tenant.ownerEmail(), tenant.ownerPassword());
        // The download runs after the message is stored: the thread shows the picture once it is here.
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.get(url("/inbox?c=" + id));
            return !browser.findElements(By.cssSelector("[data-testid=media-image]"))
                    .isEmpty();
        });
        // Read through the page each time: a live refresh may replace the element between two looks.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> "The broken lid 1"
                        .equals(browser.executeScript("const p = document.querySelector('[data-testid=media-image]');"
                                + " return p.alt + ' ' + (p.complete ? p.naturalWidth : -1);")));
        assertThat(messageTexts(browser)).containsExactly("The broken lid");

        // A shared contact card arrives live and shows who it is, not just that there is one.
        awaitLive(browser);
        sandbox.customerSends(
                customer,
                Map.of(
                        "type",
                        "contacts",
                        "contacts",
                        List.of(Map.of(
                                "name",
                                Map.of("formatted_name", "<b>Courier</b> Bea", "first_name", "Bea"),
                                "phones",
                                List.of(Map.of("phone", "+39 333 123 4567", "type", "CELL")),
                                "emails",
                                List.of(Map.of("email", "bea@example.com"))))));
        // Live refreshes replace the messages: read the card inside the wait, not from an element kept across it.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.findElement(By.cssSelector("[data-testid=contact-card]"))
                                .getText())
                        .contains("<b>Courier</b> Bea", "+39 333 123 4567", "bea@example.com"));
    }

    @Test
    void aClosedWindowIsExplainedAndTicksOfOurMessagesMoveLive() {
        var customer = SandboxInbox.newCustomer();
        var dayAndMore = Instant.now().minus(Duration.ofHours(26)).getEpochSecond();
        sandbox.customerWroteAt(customer, "Yesterday's question", dayAndMore);
        var conversation = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/conversations", tenant.apiKey()).json(), l -> l.size() == 1)
                .get(0);
        var id = conversation.get("id").asString();
        var browser = signIn(tenant.ownerEmail(), tenant.ownerPassword());
        browser.get(url("/inbox?c=" + id));
        awaitLive(browser);
        assertThat(browser.findElement(By.cssSelector("[data-testid=window]")).getText())
                .contains("service window is closed")
                .contains("only allows approved templates");
        assertThat(browser.findElements(By.id("reply-text"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid=template-picker]"))
                        .getText())
                .contains("No approved template");

        // An approved template appears in the picker; its preview follows what is typed; it is sent.
        var name = "pickup_" + UUID.randomUUID().toString().substring(0, 8);
        var template = api.call(
                        "POST",
                        "/api/v1/templates",
                        tenant.apiKey(),
                        HttpApi.json(java.util.Map.of(
                                "channelId",
                                sandbox.channelId(),
                                "name",
                                name,
                                "language",
                                "en_US",
                                "category",
                                "UTILITY",
                                "body",
                                java.util.Map.of(
                                        "text",
                                        "Your repair {{1}} is ready, {{2}}.",
                                        "examples",
                                        java.util.Map.of("1", "R-12", "2", "Ada")),
                                "variableMapping",
                                java.util.Map.of("2", "name"))))
                .json();
        var templateId = template.get("id").asString();
        api.call("POST", "/api/v1/templates/" + templateId + "/submit", tenant.apiKey(), null);
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get("/api/v1/templates/" + templateId, tenant.apiKey())
                                .json()
                                .path("status")
                                .asString(),
                        "APPROVED"::equals);
        browser.navigate().refresh();
        awaitLive(browser);
        var choice = browser.findElement(By.cssSelector("[data-template='" + name + "|en_US']"));
        var variables = choice.findElements(By.name("variable"));
        assertThat(variables).hasSize(2);
        assertThat(variables.get(1).getAttribute("value")).isEqualTo("Ada " + customer);
        variables.get(0).sendKeys("R-77");
        assertThat(choice.findElement(By.cssSelector("[data-testid=template-preview]"))
                        .getText())
                .isEqualTo("Your repair R-77 is ready, Ada " + customer + ".");
        choice.findElement(By.cssSelector("[data-testid=send-template]")).click();
        var phone = "/sandbox/control/customers/" + customer + "/messages?phone_number_id=" + sandbox.phoneNumberId();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> api.get(phone, null).json().get("messages").toString(),
                        m -> m.contains(name) && m.contains("R-77"));

        // A message we sent (as the outbound pipeline records it), then Meta's statuses for it.
        var wamid = "wamid.out-" + UUID.randomUUID();
        messages.recordOutbound(
                tenant.workspaceId(),
                ChannelId.of(UUID.fromString(sandbox.channelId())),
                ContactId.of(UUID.fromString(conversation.get("contactId").asString())),
                wamid,
                "text",
                "{\"kind\":\"text\",\"body\":\"We are on it\"}",
                null,
                Instant.now());
        sandbox.status(wamid, customer, "sent", Instant.now().getEpochSecond());
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElements(By.cssSelector("[data-testid=tick]")).stream()
                        .anyMatch(t -> t.getText().startsWith("Sent")));
        sandbox.status(wamid, customer, "read", Instant.now().getEpochSecond() + 1);
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElements(By.cssSelector("[data-testid=tick]")).stream()
                        .anyMatch(t -> t.getText().startsWith("Read")));
    }

    @Test
    void theAgentsReplyReachesTheCustomersPhoneWithTicks() {
        var customer = SandboxInbox.newCustomer();
        sandbox.customerWrites(customer, "Is my order shipped?");
        var id = await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/conversations", tenant.apiKey()).json(), l -> l.size() == 1)
                .get(0)
                .get("id")
                .asString();
        var browser = signIn(tenant.ownerEmail(), tenant.ownerPassword());
        browser.get(url("/inbox?c=" + id));
        awaitLive(browser);
        browser.findElement(By.id("reply-text")).sendKeys("Yes, it left today <b>really</b>");
        browser.findElement(By.cssSelector("[data-testid=send-reply]")).click();

        var phone = "/sandbox/control/customers/" + customer + "/messages?phone_number_id=" + sandbox.phoneNumberId();
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> api.get(phone, null)
                        .json()
                        .get("messages")
                        .toString()
                        .contains("Yes, it left today <b>really</b>"));
        api.call(
                "POST",
                "/sandbox/control/customers/" + customer + "/read?phone_number_id=" + sandbox.phoneNumberId(),
                null,
                "{}");
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(20))
                .until(() -> browser.findElements(By.cssSelector("[data-testid=tick]")).stream()
                        .anyMatch(t -> t.getText().startsWith("Read")));
        // Live updates replace the messages at any time: read them again until they hold still.
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(messageTexts(browser)).contains("Yes, it left today <b>really</b>"));
    }

    private void awaitLive(ChromeDriver browser) {
        await().ignoreExceptions()
                .atMost(Duration.ofSeconds(10))
                .until(() -> "connected"
                        .equals(browser.findElement(By.cssSelector("main.inbox"))
                                .getAttribute("data-live")));
    }

    private static List<String> messageTexts(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("[data-testid=message]")).stream()
                .map(m -> m.getText())
                .toList();
    }

    private ChromeDriver signIn(String email, String password) {
        var browser = Browsers.chromium();
        browsers.add(browser);
        Browsers.signIn(browser, port, email, password);
        return browser;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
