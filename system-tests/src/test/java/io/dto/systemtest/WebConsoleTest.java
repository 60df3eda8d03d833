package io.dto.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dto.systemtest.plugins.TickEchoStrategy;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web console in a real headless Chromium against a real gateway. */
class WebConsoleTest {

    @TempDir
    Path plugins;

    private Vertx vertx;
    private GatewayHarness gateway;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        TestPluginJars.packaged(plugins, "tick-echo.jar", PluginLifecycleTest.echoManifest("1.0.0"),
                TickEchoStrategy.class);
        vertx = Vertx.vertx();
        gateway = GatewayHarness.start(vertx, GatewayHarness.config(plugins))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get("http://127.0.0.1:" + gateway.gateway().httpPort() + "/");
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (gateway != null) {
            gateway.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("the console shows readiness and the running plugins with their state")
    void shouldShowPluginsAndReadiness() {
        wait.until(ExpectedConditions.textToBe(By.id("readiness"), "ready"));
        assertThat(textOf(By.cssSelector("#plugins tbody tr[data-id='tick-echo']")))
                .contains("tick-echo", "1.0.0", "strategy", "RUNNING");
    }

    @Test
    @DisplayName("an order entered without the token is refused with the reason; with it, it appears in the blotter")
    void shouldSubmitOrdersThroughTheForm() {
        browser.findElement(By.name("quantity")).clear();
        browser.findElement(By.name("quantity")).sendKeys("5");
        new Select(browser.findElement(By.name("type"))).selectByVisibleText("LIMIT");
        browser.findElement(By.name("price")).sendKeys("187.5");
        browser.findElement(By.cssSelector("#order-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-result"), "Refused"));
        assertThat(browser.findElement(By.id("order-result")).getText()).contains("Authorization: Bearer");

        browser.findElement(By.id("token")).sendKeys(GatewayHarness.TOKEN);
        browser.findElement(By.cssSelector("#order-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-result"), "Order O-"));

        // No feed runs in this gateway, so the risk gate rejects the order for want of a reference price and says so.
        assertThat(browser.findElement(By.id("order-result")).getText())
                .contains("is REJECTED: reference_price: no reference price for AAPL");
        assertThat(textOf(By.xpath("//table[@id='orders']//tr[contains(., 'REJECTED')]")))
                .contains("AAPL", "BUY", "LIMIT", "5", "187.5", "no reference price for AAPL");
    }

    /**
     * The text of the element {@code locator} finds, once it is there. The console re-renders its tables as events
     * arrive, so a row found a moment ago may be gone when its text is read: then it is found again.
     */
    private String textOf(By locator) {
        return wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElement(locator).getText());
    }
}
