package io.newsflow.app.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its chromedriver, headless, at fixed paths (overridable with the system
 * properties {@code newsflow.it.chromium} and {@code newsflow.it.chromedriver}). Both paths are given to
 * Selenium explicitly, so Selenium Manager never tries to download a browser or a driver. A missing
 * browser fails the test with how to install it: a browser test that silently skips would hide that
 * the page went untested.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of(System.getProperty("newsflow.it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("newsflow.it.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration PAGE_LOAD_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    private HeadlessChromium() {
    }

    /** A new headless browser of {@code width} x {@code height} CSS pixels. */
    static ChromeDriver start(final int width, final int height) {
        for (Path required : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(required)) {
                throw new IllegalStateException("the browser test needs headless Chromium and its driver, and "
                        + required + " is missing: install them with `apt-get install -y chromium chromium-driver`"
                        + " (.ci/run does), or point -Dnewsflow.it.chromium / -Dnewsflow.it.chromedriver at them");
            }
        }
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // no-sandbox: CI runs as root, where Chromium's sandbox refuses to start; dev-shm: small /dev/shm in containers.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=" + width + "," + height, "--force-device-scale-factor=1",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        final ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        final ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(PAGE_LOAD_TIMEOUT).scriptTimeout(SCRIPT_TIMEOUT);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }
}
