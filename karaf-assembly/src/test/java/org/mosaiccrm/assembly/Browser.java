package org.mosaiccrm.assembly;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download). Vaadin
 * renders menu items, grid cells and text-field inputs in the light DOM, so CSS selectors reach them.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("mosaic.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,800", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("mosaic.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    void go(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Texts of the matching elements; empty while the page is re-rendering them. */
    List<String> texts(String css) {
        try {
            return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
        } catch (StaleElementReferenceException rerendered) {
            return List.of();
        }
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void click(String css) {
        find(css).click();
    }

    /** Clicks the first element matching {@code css} whose text is {@code text}. */
    void clickText(String css, String text) {
        waitUntil("'" + text + "' in " + css, 20, d -> texts(css).contains(text));
        driver.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().strip().equals(text))
                .findFirst().orElseThrow().click();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    void waitUntil(String what, int seconds, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds))
                .withMessage(what)
                .pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot never fails a test
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
