package whatif.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static whatif.cli.CliRun.fixture;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** {@code whatif run --format junit} and {@code --format html}, byte for byte and against their schema. */
class RunFormatsCliTest {
    private static final String TRAFFIC_RULES = fixture("traffic/rules");
    private static final String MARKUP_RULES = fixture("markup/rules");
    private static final String MARKUP = fixture("markup/scenarios");
    /** Surefire's JUnit XML schema, vendored with its source noted in it. */
    private static final Path XSD = Path.of("src/test/resources/xsd/surefire-test-report-3.0.xsd");

    @Test
    void junitXmlHasATestcasePerScenarioAndEachFailedExpectationWithExpectedAndActual() throws Exception {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "junit", fixture("failing/scenarios"),
                fixture("traffic/scenarios"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertValidJunitXml(run.out());
        Document xml = parse(run.out());
        Element suite = xml.getDocumentElement();
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors")))
                .containsExactly("4", "1", "0");
        assertThat(names(xml.getElementsByTagName("testcase"))).containsExactly("a wrong expectation",
                "one hundred and thirty on the motorway", "sixty in town earns a ticket of ten", "fifty in town is fine");
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("classname"))
                .isEqualTo(CliRun.FIXTURES + "/failing/scenarios/wrong");
        assertThat(failure.getAttribute("message")).isEqualTo("not held: a fact Ticket{excessKmh: 15}");
        assertThat(failure.getTextContent()).contains("expected: Ticket{excessKmh: 15}")
                .contains("actual:   Ticket{road: TOWN, limitKmh: 50, excessKmh: 10}");
        Golden.assertMatches(run.out(), "run/report.xml");
    }

    @Test
    void junitXmlGivesEveryProblemAnErroringTestcaseSoThatCiShowsIt() throws Exception {
        CliRun run = CliRun.of("run", "--rules", MARKUP_RULES, "--format", "junit", MARKUP);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertValidJunitXml(run.out());
        Element suite = parse(run.out()).getDocumentElement();
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors")))
                .as("the unreadable file, then passed, failed, error and invalid").containsExactly("5", "1", "3");
        assertThat(run.out()).contains("<error message=\"rule `divide &lt;by&gt; zero` threw ArithmeticException")
                .contains("type=\"invalid scenario\"")
                .contains("type=\"error[WI0201]\"");
        Golden.assertMatches(run.out(), "run/problems.xml");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "broken-rules/rules, traffic/scenarios",
        "traffic/rules,      mixed/scenarios",
        "injection/rules,    injection/scenarios",
        "runtime/rules,      runtime/scenarios",
    })
    void junitXmlIsValidForRulesThatDoNotCompileUnreadableFilesControlCharactersAndRuleErrors(String rules, String scenarios)
            throws Exception {
        CliRun run = CliRun.of("run", "--rules", fixture(rules), "--format", "junit", fixture(scenarios));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertValidJunitXml(run.out());
        Element suite = parse(run.out()).getDocumentElement();
        int cases = suite.getElementsByTagName("testcase").getLength();
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(cases));
        assertThat(Integer.parseInt(suite.getAttribute("errors"))).isPositive();
        assertThat(run.out()).doesNotContain("\u001b");
    }

    @Test
    void theHtmlPageShowsEveryPieceOfFileTextAsTextAndLinksOnlyWebAddresses() throws IOException {
        CliRun run = CliRun.of("run", "--rules", MARKUP_RULES, "--format", "html", MARKUP);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out().toLowerCase(java.util.Locale.ROOT)).as("every <script> of the fixture is escaped")
                .doesNotContain("<script").doesNotContain("<img").doesNotContain("href=\"javascript");
        assertThat(run.out())
                .contains("<span class=\"name\">&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; a note echoes</span>")
                .contains("<a href=\"https://example.org/s1?a=1&amp;b=&lt;2&gt;&quot;onmouseover=&quot;x\" rel=\"noopener noreferrer\">")
                .contains("Content-Security-Policy");
        Golden.assertMatches(run.out(), "run/report.html");
    }

    @Test
    void theHtmlPageOpensTheScenariosAndExplanationsOfFailuresOnly() {
        CliRun run = CliRun.of("run", "--rules", TRAFFIC_RULES, "--format", "html", fixture("failing/scenarios"),
                fixture("traffic/scenarios"));

        assertThat(run.out())
                .contains("<details class=\"scenario failed\" id=\"scenario-1\" open=\"\">")
                .contains("<details class=\"scenario passed\" id=\"scenario-2\">")
                .contains("<details class=\"explanation\" open=\"\">")
                .contains("<details class=\"explanation\">")
                .contains("<tr class=\"fired\" id=\"rule-1\"><td><code>town speed limit</code>");
    }

    @ParameterizedTest
    @CsvSource({"text", "json", "junit", "html"})
    void everyFormatGivesTheSameBytesOnOneThreadOrMany(String format) {
        String one = CliRun.of("run", "--rules", MARKUP_RULES, "--coverage", "--format", format, "--jobs", "1", MARKUP).out();
        String many = CliRun.of("run", "--rules", MARKUP_RULES, "--coverage", "--format", format, "--jobs", "3", MARKUP).out();

        assertThat(many).isEqualTo(one).contains("pwned");
    }

    @ParameterizedTest
    @CsvSource({"junit", "html"})
    void explainRefusesTheFormatsOnlyTheRunReportHas(String format) {
        CliRun run = CliRun.of("explain", "--rules", TRAFFIC_RULES, "--format", format,
                fixture("traffic/scenarios/motorway.yaml"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: `explain` writes text or json, not `" + format + "`");
    }

    static void assertValidJunitXml(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = factory.newSchema(XSD.toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<String> names(NodeList testcases) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < testcases.getLength(); i++) {
            names.add(((Element) testcases.item(i)).getAttribute("name"));
        }
        return names;
    }
}
