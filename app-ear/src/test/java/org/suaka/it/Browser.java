package org.suaka.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, nothing downloaded. Saves a screenshot
 * of the page under target/screenshots when a test fails.
 */
final class Browser implements AutoCloseable, TestWatcher {

    static final Path SCREENSHOTS = Path.of(System.getProperty("suaka.it.screenshots", "target/screenshots"));

    final WebDriver driver;
    final Path downloads;
    final WebDriverWait wait;

    Browser() {
        try {
            downloads = Files.createTempDirectory("suaka-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,1000", "--lang=id");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    void open(String path) {
        driver.get(SuakaClient.BASE + path);
    }

    WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Sets an input's value as a picker would (a date or month input takes no typed text portably).
     *
     * @param id the input's id
     * @param value the value, e.g. {@code 1994-02-11}
     */
    void setValue(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", find(id), value);
    }

    /**
     * Picks an option of a PrimeFaces select menu by its value, through the menu's hidden select.
     *
     * @param id the menu's id
     * @param value the option's value
     */
    void select(String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];",
                driver.findElement(org.openqa.selenium.By.cssSelector("[id='" + id + "_input']")), value);
    }

    /**
     * Clicks a button that submits the whole page and waits until the new page has replaced it.
     *
     * @param id the button's id
     */
    void submit(String id) {
        WebElement button = find(id);
        button.click();
        wait.until(d -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Clicks an element that an Ajax update may be replacing right now, finding it again if it was.
     *
     * @param id the element's id
     */
    void click(String id) {
        for (int attempt = 0; ; attempt++) {
            try {
                find(id).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    void signIn(String user, String password) {
        signIn(user, password, "/app/dashboard.xhtml");
    }

    /** Signs in and waits for the page the role lands on, e.g. the portal's for partner staff. */
    void signIn(String user, String password, String landing) {
        open("/login.xhtml");
        find("login:username").sendKeys(user);
        find("login:password").sendKeys(password);
        find("login:submit").click();
        wait.until(ExpectedConditions.urlContains(landing));
    }

    /**
     * @param path a path of the application
     * @return the status a plain GET of it answers with the browser's session cookies, redirects not followed
     */
    int statusWithSession(String path) {
        return status(path, cookies());
    }

    /** @return the browser's cookies as a {@code Cookie} header sends them */
    String cookies() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * @param path a path of the application
     * @param cookies a {@code Cookie} header
     * @return the status a plain GET of it answers with those cookies, redirects not followed
     */
    static int status(String path, String cookies) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        try {
            return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(SuakaClient.BASE + path))
                    .header("Cookie", cookies).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves the page as a staff member sees it on a desktop (1280 px, {@code name.png}) and on a tablet
     * (800 px, {@code name-tablet.png}), then returns to the desktop width.
     */
    void screenshots(String name) {
        screenshot(name);
        org.openqa.selenium.Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(800, desktop.getHeight()));
        screenshot(name + "-tablet");
        driver.manage().window().setSize(desktop);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save a screenshot of " + name + ": " + e);
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
