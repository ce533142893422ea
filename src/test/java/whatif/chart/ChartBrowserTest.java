package whatif.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import whatif.testing.HeadlessChromium;

/**
 * A chart in a real browser, Debian's headless Chromium as the HTML report's test drives it: the
 * SVG opens from a file with no error in the console, and its title, axis labels and legend are
 * shown, inside the picture.
 */
class ChartBrowserTest {

    @Test
    void anEnvelopeShowsItsTitleAxesAndLegendInChromium(@TempDir Path dir) throws IOException {
        ChartSpec spec = ChartSpec.envelope("Parcel.lengthCm", "Parcel.weightKg", "Rate.band").withTitle("parcel bands");
        Path svg = dir.resolve("bands.svg");
        assertThat(Charts.write(svg, spec, Tables.bands(Tables::smallUpTo40By20, "2020-01-01"))).isEmpty();

        WebDriver browser = HeadlessChromium.start(dir.resolve("profile"));
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
}
