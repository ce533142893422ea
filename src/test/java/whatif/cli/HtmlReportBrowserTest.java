package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The HTML report in a real browser, Debian's headless Chromium driven by its chromedriver: the
 * page loads from a file with no error in the console, runs no script, and shows every scenario's
 * name and verdict, the same as the JSON report of the same run says; failures come open.
 */
class HtmlReportBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theMissilePolicysPageShowsEveryScenarioWithItsVerdict(@TempDir Path dir) throws IOException {
        Page page = Page.of(dir, "--rules", "rules", "scenarios");

        page.showsEveryScenarioOf(JSON.readTree(PolicyReport.jsonWithCoverage().out()));
    }

    @Test
    void aPageFullOfMarkupRunsNoScriptAndShowsEveryNameAsWritten(@TempDir Path dir) throws IOException {
        Page page = Page.of(dir, "--rules", fixture("markup/rules"), fixture("markup/scenarios"));

        page.showsEveryScenarioOf(JSON.readTree(CliRun.of("run", "--format", "json", "--rules", fixture("markup/rules"),
                fixture("markup/scenarios")).out()));
        assertThat(page.names).contains("<script>document.title='pwned'</script> a note echoes",
                "a failure & \"quotes\" <b>not bold</b>");
        assertThat(page.title).startsWith("whatif: 4 scenarios: 1 passed, 1 failed, 1 error, 1 invalid");
        assertThat(page.openExplanations).as("the failure's and the error's explanations are open").isEqualTo(2);
        assertThat(page.neverFiredRows).as("coverage rows of rules no scenario fired").isEqualTo(2);
    }

    /** What the browser showed of one report. */
    private record Page(String title, List<String> names, List<String> verdicts, List<Boolean> open,
                        int openExplanations, int neverFiredRows) {
        static Page of(Path dir, String... args) throws IOException {
            Path html = dir.resolve("report.html");
            List<String> command = new ArrayList<>(List.of("run", "--format", "html", "-o", html.toString()));
            command.addAll(List.of(args));
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertThat(run.err()).isEmpty();
            assertThat(html).exists();
            WebDriver browser = HeadlessChromium.start(dir.resolve("profile"));
            try {
                browser.get(html.toUri().toString());
                List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).toList();
                assertThat(problems).as("the browser's console").isEmpty();
                assertThat(browser.findElements(By.tagName("script"))).as("script elements").isEmpty();
                List<WebElement> sections = browser.findElements(By.cssSelector("details.scenario"));
                List<String> names = new ArrayList<>();
                List<String> verdicts = new ArrayList<>();
                List<Boolean> open = new ArrayList<>();
                for (WebElement section : sections) {
                    WebElement name = section.findElement(By.cssSelector("summary .name"));
                    WebElement verdict = section.findElement(By.cssSelector("summary .verdict"));
                    assertThat(name.isDisplayed() && verdict.isDisplayed()).as("name and verdict shown").isTrue();
                    names.add(name.getText());
                    verdicts.add(verdict.getText());
                    open.add(section.getDomAttribute("open") != null);
                }
                int openExplanations = (int) browser.findElements(By.cssSelector("details.explanation")).stream()
                        .filter(e -> e.getDomAttribute("open") != null && e.findElement(By.cssSelector("ul, p")).isDisplayed())
                        .count();
                int never = browser.findElements(By.cssSelector("table.coverage tr.never")).size();
                return new Page(browser.getTitle(), names, verdicts, open, openExplanations, never);
            } finally {
                browser.quit();
            }
        }

        /** The same run as JSON names every scenario and its status: the page must show each, in order. */
        void showsEveryScenarioOf(JsonNode report) {
            List<String> expectedNames = new ArrayList<>();
            List<String> expectedVerdicts = new ArrayList<>();
            report.get("scenarios").forEach(s -> {
                expectedNames.add(s.get("name").asText().isEmpty() ? "(no name)" : s.get("name").asText());
                expectedVerdicts.add(s.get("status").asText());
            });
            assertThat(names).isNotEmpty().containsExactlyElementsOf(expectedNames);
            assertThat(verdicts).containsExactlyElementsOf(expectedVerdicts);
            for (int i = 0; i < verdicts.size(); i++) {
                assertThat(open.get(i)).as("scenario `%s` (%s) open", names.get(i), verdicts.get(i))
                        .isEqualTo(!verdicts.get(i).equals("passed"));
            }
        }
    }
}
