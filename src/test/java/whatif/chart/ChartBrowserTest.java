package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A chart in a real browser, Debian's headless Chromium as the HTML report's test drives it: the
 * SVG opens from a file with no error in the console, and its title, axis labels and legend are
 * shown, inside the picture.
 */
class ChartBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /* Selenium warns that it has no DevTools for this Chromium; the test uses WebDriver only. Held, as JUL forgets levels. */
    private static final java.util.logging.Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    @Test
    void anEnvelopeShowsItsTitleAxesAndLegendInChromium(@TempDir Path dir) throws IOException {
        ChartSpec spec = ChartSpec.envelope("Parcel.lengthCm", "Parcel.weightKg", "Rate.band").withTitle("parcel bands");
        Path svg = dir.resolve("bands.svg");
        assertThat(Charts.write(svg, spec, Tables.bands(Tables::smallUpTo40By20, "2020-01-01"))).isEmpty();

        WebDriver browser = chromium(dir.resolve("profile"));
        try {
            browser.get(svg.toUri().toString());
            List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
            assertThat(problems).as("the browser's console").isEmpty();
            assertThat(browser.findElements(By.tagName("script"))).as("script elements").isEmpty();
            WebElement root = browser.findElement(By.tagName("svg"));
            assertThat(root.getRect().getWidth()).isEqualTo(ChartStyle.WIDTH);
            List<WebElement> texts = browser.findElements(By.tagName("text"));
            for (String shown : List.of("parcel bands", "Parcel length (cm)", "Parcel weight (kg)", "SMALL", "LARGE", "frontier")) {
                WebElement text = texts.stream().filter(t -> t.getText().equals(shown)).findFirst()
                        .orElseThrow(() -> new AssertionError("no text `" + shown + "` shown"));
                assertThat(text.isDisplayed()).as("`%s` displayed", shown).isTrue();
                assertThat(text.getRect().getX()).as("`%s` inside the picture", shown).isBetween(0, ChartStyle.WIDTH);
                assertThat(text.getRect().getY()).as("`%s` inside the picture", shown).isBetween(0, ChartStyle.HEIGHT);
            }
        } finally {
            browser.quit();
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static WebDriver chromium(Path profile) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Debian's chromium and chromium-driver are not installed: "
                    + "`apt-get install -y chromium chromium-driver` to run the browser tests");
        }
        assertThat(installed).as("%s and %s (.ci/run installs them)", CHROMIUM, CHROMEDRIVER).isTrue();
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).withTimeout(Duration.ofSeconds(60)).build();
        return new ChromeDriver(service, options);
    }
}
