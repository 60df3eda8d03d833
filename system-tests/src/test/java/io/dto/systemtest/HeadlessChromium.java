package io.dto.systemtest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: the real browser the console tests use. The
 * paths are fixed so Selenium never tries to download a browser or driver (this machine cannot).
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of(System.getProperty("dto.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("dto.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static ChromeDriver start() throws Exception {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the console tests need Chromium and chromedriver at " + BROWSER
                    + " and " + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
