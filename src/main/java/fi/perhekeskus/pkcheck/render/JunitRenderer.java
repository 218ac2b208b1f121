package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as JUnit XML, the test report that GitLab, Jenkins and GitHub's test reporters show beside a
 * pipeline: one {@code testsuite} per rule family (DATA, STRUCT, ... in catalogue order), one
 * {@code testcase} per finding, and one passing testcase for every rule that ran and found nothing.
 *
 * <p>What fails: an ERROR or WARNING finding is a testcase with exactly one {@code failure} (its type the
 * severity; its text the message and the file and line). An INFO finding is a passing testcase whose
 * {@code system-out} holds the same text, so advice never turns a pipeline red. A waived finding is
 * {@code skipped} with the waiver's date and reason, and so is a finding already in the baseline: neither
 * counts towards {@code --fail-on}, and Jenkins marks a build unstable on any failure.
 *
 * <p>Testcase names are unique in the whole document (GitLab drops repeated names): rule, subject type and
 * id, with " #2", " #3", ... on repeats; a passing rule is named by its id and title. Names and the
 * {@code message} attribute are cut to a readable length; the element text keeps the whole message.
 * Characters XML 1.0 cannot carry (control characters, lone surrogates) become U+FFFD before writing;
 * everything else is escaped by the XML writer. The same report gives the same bytes.
 */
public final class JunitRenderer implements Renderer {

    /** Longest testcase name; GitLab and Jenkins show names in one line. */
    static final int MAX_NAME = 250;

    /** Longest {@code message} attribute; the element text carries the whole message. */
    static final int MAX_MESSAGE = 1000;

    private static final String NO_TIME = "0";

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        Map<String, List<Case>> suites = suites(report, context);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "pkcheck");
            List<Case> all = suites.values().stream().flatMap(List::stream).toList();
            xml.writeAttribute("tests", String.valueOf(all.size()));
            xml.writeAttribute("failures", String.valueOf(all.stream().filter(Case::fails).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", NO_TIME);
            for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
                writeSuite(xml, suite.getKey(), suite.getValue());
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    /**
     * One testcase: its name and outcome; for a failure its type (the severity), and for anything but a
     * pass the short message and the full text.
     */
    private record Case(String family, String name, Outcome outcome, String type, String message, String text) {

        boolean fails() {
            return outcome == Outcome.FAILURE;
        }
    }

    private enum Outcome { PASS, FAILURE, SKIPPED, NOTE }

    /** The testcases, family by family: each rule's findings, or its passing case, in catalogue order. */
    private static Map<String, List<Case>> suites(Report report, RenderContext context) {
        Messages m = context.messages();
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        context.rules().forEach(r -> byRule.put(r.id(), new ArrayList<>()));
        // Findings of a rule the context does not list come last, in report order.
        report.findings().forEach(f -> byRule.computeIfAbsent(f.rule(), id -> new ArrayList<>()).add(f));
        Map<String, List<Case>> suites = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        Map<String, Integer> repeats = new LinkedHashMap<>();
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            String family = family(rule.getKey());
            List<Case> cases = suites.computeIfAbsent(family, k -> new ArrayList<>());
            if (rule.getValue().isEmpty()) {
                String title = m.has("title." + rule.getKey()) ? m.title(rule.getKey()) : "";
                String base = title.isEmpty() ? rule.getKey() : rule.getKey() + " " + title;
                cases.add(new Case(family, unique(base, names, repeats), Outcome.PASS, null, null, null));
                continue;
            }
            for (Finding f : rule.getValue()) {
                String base = f.rule() + " " + f.subject().type() + " " + f.subject().id();
                cases.add(findingCase(report, f, family, unique(base, names, repeats), m));
            }
        }
        return suites;
    }

    private static Case findingCase(Report report, Finding f, String family, String name, Messages m) {
        String text = m.message(f) + where(f.location());
        Optional<Waiver> waiver = report.waiver(f);
        if (waiver.isPresent()) {
            return new Case(family, name, Outcome.SKIPPED, null,
                    m.get("text.waived", waiver.get().until(), waiver.get().reason()), text);
        }
        if (!report.isNew(f)) {
            return new Case(family, name, Outcome.SKIPPED, null,
                    m.get("junit.inBaseline", report.baseline().source()), text);
        }
        if (f.severity() == Severity.INFO) {
            return new Case(family, name, Outcome.NOTE, null, null, m.get("severity.INFO") + ": " + text);
        }
        return new Case(family, name, Outcome.FAILURE, f.severity().name(), m.message(f), text);
    }

    private static void writeSuite(XMLStreamWriter xml, String family, List<Case> cases) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", attribute(family, MAX_NAME));
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(Case::fails).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.outcome() == Outcome.SKIPPED)
                .count()));
        xml.writeAttribute("time", NO_TIME);
        for (Case c : cases) {
            writeCase(xml, c);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter xml, Case c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        if (c.outcome() == Outcome.PASS) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", "pkcheck." + attribute(c.family(), MAX_NAME));
        xml.writeAttribute("name", c.name());
        xml.writeAttribute("time", NO_TIME);
        if (c.outcome() == Outcome.PASS) {
            return;
        }
        xml.writeCharacters("\n      ");
        switch (c.outcome()) {
            case FAILURE -> {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", attribute(c.message(), MAX_MESSAGE));
                xml.writeAttribute("type", c.type());
                xml.writeCharacters(text(c.text()));
            }
            case SKIPPED -> {
                xml.writeStartElement("skipped");
                xml.writeAttribute("message", attribute(c.message(), MAX_MESSAGE));
                xml.writeCharacters(text(c.text()));
            }
            default -> {
                xml.writeStartElement("system-out");
                xml.writeCharacters(text(c.text()));
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    /** The finding's place as editors link it, on its own line; empty without one. */
    private static String where(Location location) {
        if (location == null) {
            return "";
        }
        if (location.sheet() != null) {
            return "\n" + location;
        }
        String line = location.line() > 0 ? ":" + location.line() : "";
        String column = location.line() > 0 && location.column() > 0 ? ":" + location.column() : "";
        return "\n" + location.file() + line + column;
    }

    /**
     * {@code base} made unique in the document: as it is the first time, then with " #2", " #3", ... The
     * name is cleaned and cut first, so that two long names differing only past the cut stay apart.
     */
    private static String unique(String base, Set<String> names, Map<String, Integer> repeats) {
        String name = attribute(base, MAX_NAME);
        String candidate = name;
        int n = repeats.getOrDefault(name, 1);
        while (!names.add(candidate)) {
            n++;
            candidate = name + " #" + n;
        }
        repeats.put(name, n);
        return candidate;
    }

    private static String family(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }

    /**
     * An attribute value: cleaned, line breaks and tabs as spaces (XML readers would turn them into spaces
     * anyway, and names must stay unique as readers see them), cut to {@code max} characters.
     */
    static String attribute(String value, int max) {
        String flat = clean(value).replaceAll("[\\r\\n\\t]+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + "…";
    }

    /**
     * Element text: cleaned, and with "\n" for every line break, as an XML reader would normalise it anyway;
     * so the document holds no carriage return whatever the data holds.
     */
    static String text(String value) {
        return clean(value).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code value} with every character XML 1.0 cannot carry replaced by U+FFFD. */
    static String clean(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }
}
