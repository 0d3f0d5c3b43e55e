package io.switchboard.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests. The binaries are given explicitly so Selenium never tries
 * to download a browser (this machine has no internet). On CI a missing Chromium fails the test;
 * elsewhere it skips it.
 */
public final class Browsers {
    private static final Path CHROMIUM = Path.of(env("SWITCHBOARD_TEST_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(env("SWITCHBOARD_TEST_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browsers() {}

    public static ChromeDriver chromium() {
        var present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return driver;
    }

    /** Signs in through the login form as a person does; returns once the signed-in shell is shown. */
    public static void signIn(ChromeDriver browser, int port, String email, String password) {
        browser.get("http://localhost:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.findElement(By.cssSelector("[data-testid=me]"));
    }

    /** Keeps what the browser showed last as {@code target/screenshots/<name>.png}, then closes it. */
    public static void closeWithScreenshot(@Nullable ChromeDriver browser, String name) throws IOException {
        if (browser == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of("target/screenshots"));
            var shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("target/screenshots/" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
