package dev.pendokit.drift.report;

import dev.pendokit.drift.Change;
import dev.pendokit.drift.DriftReport;
import dev.pendokit.drift.FailOn;
import dev.pendokit.drift.accept.AcceptedChange;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TEST-pendokit-drift.xml: the report as JUnit XML, which CI systems show as tests. One test case
 * per operation (those checked, then those only a change names) and one, {@value #COLLECTION}, for
 * the collection as a whole; a case fails when one of its changes fails under
 * {@code pendokit.failOn}, and lists the changes that do not fail in its {@code <system-out>}.
 */
final class JunitReport {

    static final String SUITE = "pendokit drift";
    static final String CLASS_NAME = "pendokit.drift";
    static final String COLLECTION = "(collection)";

    private JunitReport() {}

    /** A test case: its name, its changes split by whether they fail the build, and those accepted. */
    private record Case(String name, List<Change> failing, List<Change> passing, List<AcceptedChange> accepted) {}

    static String render(DriftReport report, FailOn failOn) {
        List<Case> cases = new ArrayList<>();
        cases.add(caseOf(COLLECTION, report, "", failOn));
        for (String operation : ReportedOperations.of(report)) {
            cases.add(caseOf(operation, report, operation, failOn));
        }
        long failures = cases.stream().filter(c -> !c.failing().isEmpty()).count();
        StringWriter out = new StringWriter();
        try {
            // The JDK's writer, whatever else is on the class path, so that the escaping (and so the
            // bytes) do not depend on it.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE);
            xml.writeAttribute("tests", String.valueOf(cases.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            // Nothing is timed; time="0" because some readers take a missing time for an error.
            xml.writeAttribute("time", "0");
            for (Case testCase : cases) {
                writeCase(xml, testCase, failOn);
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("system-out");
            xml.writeCharacters(text(report.summary() + "\n" + Verdict.of(report, failOn)
                    + report.acceptNotices().stream().map(n -> "\n" + n).collect(Collectors.joining())));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + ReportWriter.JUNIT, e);
        }
        return out + "\n";
    }

    private static Case caseOf(String name, DriftReport report, String operation, FailOn failOn) {
        List<Change> changes = report.changesOf(operation);
        return new Case(name, changes.stream().filter(c -> failOn.fails(c.severity())).toList(),
                changes.stream().filter(c -> !failOn.fails(c.severity())).toList(),
                ReportedOperations.acceptedOf(report, operation));
    }

    private static void writeCase(XMLStreamWriter xml, Case testCase, FailOn failOn) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        boolean empty = testCase.failing().isEmpty() && testCase.passing().isEmpty() && testCase.accepted().isEmpty();
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", CLASS_NAME);
        xml.writeAttribute("name", attribute(testCase.name()));
        xml.writeAttribute("time", "0");
        if (empty) {
            return;
        }
        if (!testCase.failing().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", Verdict.failing(testCase.failing().size(), failOn));
            // Changes are sorted worst first: the first failing one names the worst severity.
            xml.writeAttribute("type", testCase.failing().get(0).severity().key());
            xml.writeCharacters(lines(testCase.failing()));
            xml.writeEndElement();
        }
        if (!testCase.passing().isEmpty() || !testCase.accepted().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("system-out");
            String passing = testCase.passing().isEmpty() ? "" : lines(testCase.passing());
            String accepted = testCase.accepted().stream().map(a -> "accepted (" + a.reason()
                    + (a.expires().isEmpty() ? "" : ", until " + a.expires()) + "): " + line(a.change()))
                    .collect(Collectors.joining("\n"));
            xml.writeCharacters(text(passing.isEmpty() || accepted.isEmpty() ? passing + accepted
                    : passing + "\n" + accepted));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    /** A line per change: "severity: where: what (rule)", without "where: " when there is no place. */
    private static String lines(List<Change> changes) {
        return text(changes.stream().map(JunitReport::line).collect(Collectors.joining("\n")));
    }

    private static String line(Change c) {
        return c.severity().label() + ": " + (c.where().isEmpty() ? "" : c.where() + ": ") + c.what() + " (" + c.rule() + ")";
    }

    /**
     * Text XML 1.0 can hold, with {@code \n} line ends: a control character (which no escape can
     * carry) becomes U+FFFD, and a {@code \r} would come back from a parser as {@code \n} anyway.
     */
    static String text(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    /** An attribute on one line: parsers turn line breaks in attributes into spaces anyway. */
    private static String attribute(String value) {
        return text(value).replace('\n', ' ').replace('\t', ' ');
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
    }
}
