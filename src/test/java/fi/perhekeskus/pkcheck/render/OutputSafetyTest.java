package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered report format, over one report whose every text from the data is hostile, parsed back
 * with a real parser for its format: the output must be well-formed and the hostile text only text.
 */
class OutputSafetyTest {

    private static final Report HOSTILE = HostileReports.report();

    @TestFactory
    Stream<DynamicTest> everyFormatStaysWellFormed() {
        return Renderers.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String output = render(name);
            assertFalse(output.isEmpty(), name);
            switch (name) {
                case "json", "sarif" -> json(output);
                case "junit" -> xml(output);
                case "html" -> html(output);
                case "csv" -> csv(output);
                case "markdown" -> markdown(output);
                case "text" -> text(output);
                default -> throw new AssertionError("a format without a safety check: " + name
                        + "; add one to OutputSafetyTest");
            }
        }));
    }

    @Test
    void everyFormatIsChecked() {
        assertEquals(List.of("text", "json", "markdown", "csv", "sarif", "junit", "html").stream().sorted().toList(),
                Renderers.names().stream().sorted().toList(), "a new format needs a check here");
    }

    private static String render(String name) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.byName(name).orElseThrow().render(HOSTILE, new RenderContext(new Messages(Language.en), false,
                "0.1.0", ContractReports.RULES), out);
        return out.toString();
    }

    /** Jackson reads it back, and every hostile value survives as a string somewhere, unchanged. */
    private static void json(String output) throws IOException {
        JsonNode root = new ObjectMapper().readTree(output);
        List<String> strings = new ArrayList<>();
        collect(root, strings);
        String all = String.join("\u0000", strings);
        assertTrue(all.contains("<script>alert(1)</script>"), "markup kept as text");
        assertTrue(all.contains("\"quoted\" and 'single'"), "quotes kept as text");
        assertTrue(all.contains("line one\nline two"), "line breaks kept as text");
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.fieldNames().forEachRemaining(out::add);
        node.forEach(child -> collect(child, out));
    }

    /** A DocumentBuilder that refuses DTDs and external entities reads it back: well-formed, no DOCTYPE. */
    private static void xml(String output) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
        assertTrue(doc.getDocumentElement().getElementsByTagName("script").getLength() == 0, "markup became elements");
        assertTrue(doc.getDocumentElement().getTextContent().contains("<script>alert(1)</script>")
                || output.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "markup kept as text");
    }

    /** jsoup reads it: no hostile element, no event handler, no javascript: link; the markup is text. */
    private static void html(String output) {
        Document doc = Jsoup.parse(output);
        for (Element script : doc.select("script")) {
            assertFalse(script.data().contains("alert(1)</script>") || script.data().contains("</script"),
                    "a script element holds hostile markup unescaped");
        }
        assertTrue(doc.select("img[onerror]").isEmpty(), "an injected image");
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> {
                assertFalse(a.getKey().toLowerCase().startsWith("on") && a.getValue().contains("alert"),
                        "an injected handler: " + a);
                assertFalse(a.getValue().trim().toLowerCase().startsWith("javascript:"), "a javascript: link");
            });
        }
        assertTrue(doc.body().text().contains("<script>alert(1)</script>"), "markup shown as text");
    }

    /** CsvMapper reads it (after the BOM): one column count throughout, no cell a formula. */
    private static void csv(String output) throws IOException {
        String body = output.startsWith("\uFEFF") ? output.substring(1) : output;
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(body)) {
            while (it.hasNext()) {
                rows.add(it.next());
            }
        }
        assertTrue(rows.size() > HostileReports.VALUES.size(), "a row per finding: " + rows.size());
        int columns = rows.get(0).size();
        for (List<String> row : rows) {
            assertEquals(columns, row.size(), "every row as wide as the header: " + row);
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(cell.charAt(0)) >= 0
                        && !cell.matches("-?[0-9]+"), "a cell Excel would run as a formula: " + cell);
            }
        }
    }

    /** No raw HTML, every table row one line, no @mention of a team. */
    private static void markdown(String output) {
        assertFalse(output.contains("<script>"), "raw markup");
        assertFalse(output.contains("<img"), "raw image");
        assertFalse(output.contains("@octo-org/everyone"), "a live mention");
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("|")) {
                assertTrue(line.endsWith("|"), "a table row broken over lines: " + abbreviate(line));
            }
        }
        assertFalse(output.contains("\u0000") || output.contains("\u001b") || output.contains("\u202E"),
                "control characters");
    }

    /** Nothing that steers a terminal: no escape, no control character but the line feed, no bidi control. */
    private static void text(String output) {
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n';
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028' || c == '\u2029';
            assertFalse(control || bidi, "character U+" + Integer.toHexString(c) + " at " + i + ": "
                    + abbreviate(output.substring(Math.max(0, i - 40), Math.min(output.length(), i + 40))));
        }
        assertTrue(output.contains("<script>alert(1)</script>"), "the value is still shown");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
