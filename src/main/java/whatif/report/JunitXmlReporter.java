package whatif.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import whatif.run.Outcome;
import whatif.run.Status;
import whatif.run.Verdict;
import whatif.source.Diagnostic;

/**
 * The report as JUnit XML, which CI systems read: one {@code testsuite} and one {@code testcase}
 * per scenario, whose class name is its file (without {@code .yaml}) and whose name is its own. A
 * failed expectation is a {@code failure} with expected and actual; a scenario the rules could
 * not run, or that does not fit them, an {@code error}. Problems that belong to no scenario (rules
 * that do not compile, a file that cannot be read) are each an erroring test case of their file,
 * so that CI shows them too. Valid against Surefire's {@code surefire-test-report-3.0.xsd}. Times
 * are always 0: the same input gives the same bytes.
 */
public final class JunitXmlReporter implements Reporter {
    private static final String INDENT = "\n  ";

    @Override
    public void report(RunReport report, PrintWriter out) {
        List<TestCase> cases = new ArrayList<>();
        report.inputDiagnostics().stream().filter(Diagnostic::isError).map(TestCase::ofProblem).forEach(cases::add);
        report.entries().stream().map(TestCase::of).forEach(cases::add);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "whatif");
            xml.writeAttribute("time", "0");
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("errors", String.valueOf(cases.stream().filter(TestCase::isError).count()));
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("failures", String.valueOf(cases.stream().filter(TestCase::isFailure).count()));
            for (TestCase testCase : cases) {
                testCase.write(xml);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close(); // closes the XML writer only; the PrintWriter stays open
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML report", e);
        }
        out.println();
        out.flush();
    }

    /** What did not pass: a {@code failure} or an {@code error}, with a one-line message and the details. */
    private record Problem(String element, String type, String message, List<String> details) {
    }

    /** One {@code testcase}: a scenario, or a problem in the input that belongs to no scenario. */
    private record TestCase(String className, String name, List<Problem> problems, List<String> warnings) {
        static TestCase of(ScenarioEntry entry) {
            String name = entry.name().isEmpty() ? "(no name) at " + entry.span() : entry.name();
            List<Problem> problems = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            if (entry.status() == Status.INVALID) {
                List<String> lines = entry.diagnostics().stream().map(Diagnostic::oneLine).toList();
                problems.add(new Problem("error", "invalid scenario",
                        lines.isEmpty() ? "the scenario does not fit the rules" : lines.get(0), lines));
            } else if (entry instanceof ScenarioEntry.Ran ran) {
                problems.addAll(problemsOf(ran.outcome()));
                entry.diagnostics().stream().map(Diagnostic::oneLine).forEach(warnings::add);
            }
            return new TestCase(classNameOf(entry.span().file()), name, problems, warnings);
        }

        static TestCase ofProblem(Diagnostic problem) {
            return new TestCase(classNameOf(problem.span().file()), problem.message(),
                    List.of(new Problem("error", "error[" + problem.code() + "]", problem.oneLine(),
                            List.of(problem.oneLine()))), List.of());
        }

        private static List<Problem> problemsOf(Outcome outcome) {
            List<Problem> problems = new ArrayList<>();
            for (Verdict verdict : outcome.failures()) {
                problems.add(new Problem("failure", "expectation not held", "not held: " + verdict.expectation(),
                        List.of("expected: " + verdict.expected(), "actual:   " + verdict.actual(),
                                "at " + verdict.span() + ", on " + verdict.on())));
            }
            outcome.error().ifPresent(error -> problems.add(new Problem("error", "rule error", error.message(),
                    FailureMessage.linesOf(outcome))));
            return problems;
        }

        boolean isError() {
            return problems.stream().anyMatch(p -> p.element().equals("error"));
        }

        boolean isFailure() {
            return !isError() && !problems.isEmpty();
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeCharacters(INDENT);
            boolean empty = problems.isEmpty() && warnings.isEmpty();
            if (empty) {
                xml.writeEmptyElement("testcase");
            } else {
                xml.writeStartElement("testcase");
            }
            xml.writeAttribute("name", XmlText.of(name));
            xml.writeAttribute("classname", XmlText.of(className));
            xml.writeAttribute("time", "0");
            if (empty) {
                return;
            }
            // The schema allows many failures but one error, and wants the failures first.
            for (Problem problem : problems) {
                if (problem.element().equals("failure")) {
                    element(xml, problem);
                }
            }
            problems.stream().filter(p -> p.element().equals("error")).findFirst().ifPresent(p -> element(xml, p));
            if (!warnings.isEmpty()) {
                xml.writeCharacters(INDENT + "  ");
                xml.writeStartElement("system-err");
                xml.writeCharacters(XmlText.lines(warnings));
                xml.writeEndElement();
            }
            xml.writeCharacters(INDENT);
            xml.writeEndElement();
        }

        private static void element(XMLStreamWriter xml, Problem problem) {
            try {
                xml.writeCharacters(INDENT + "  ");
                xml.writeStartElement(problem.element());
                xml.writeAttribute("message", XmlText.of(problem.message()));
                xml.writeAttribute("type", problem.type());
                xml.writeCharacters(XmlText.lines(problem.details()));
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                throw new IllegalStateException("cannot write the JUnit XML report", e);
            }
        }
    }

    /** {@code scenarios/seed-claims/one-ton-request}: the file as given, with forward slashes and no extension. */
    static String classNameOf(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.replaceFirst("\\.(yaml|yml)$", "");
    }
}
