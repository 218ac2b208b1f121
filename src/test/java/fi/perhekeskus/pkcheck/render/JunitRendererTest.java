package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The JUnit XML report: well-formed and valid against the Jenkins JUnit schema for every kind of report,
 * counts that add up, testcase names unique in the document, passing rules as passing testcases, and
 * hostile strings carried as text.
 */
class JunitRendererTest {

    private static Schema schema;

    private final JunitRenderer renderer = new JunitRenderer();

    @BeforeAll
    static void loadSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(JunitRendererTest.class.getResource("/schemas/junit.xsd"));
    }

    /** The report rendered, parsed with external entities and doctypes refused, and validated. */
    private Document junit(Report report, RenderContext context) throws Exception {
        String text = RenderFixtures.render(renderer, report, context);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"), text);
        assertTrue(text.endsWith("</testsuites>\n"));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(text)));
        Document document = parser().parse(new InputSource(new StringReader(text)));
        assertCountsAddUp(document);
        assertNamesUnique(document);
        return document;
    }

    private Document junit(Report report) throws Exception {
        return junit(report, RenderFixtures.context());
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }

    @Test
    void emptyReportPassesOneTestcasePerRule() throws Exception {
        Document doc = junit(RenderFixtures.empty());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("pkcheck", root.getAttribute("name"));
        assertEquals(String.valueOf(RenderFixtures.RULES.size()), root.getAttribute("tests"));
        assertEquals("0", root.getAttribute("failures"));
        assertEquals(List.of("DATA", "STRUCT", "CHAIR", "REP", "SIZE", "ROLE", "TERM", "NET", "MEET", "WAIVER"),
                suiteNames(doc));
        Element first = testcases(doc).get(0);
        assertEquals("pkcheck.DATA", first.getAttribute("classname"));
        assertEquals("DATA-001 " + new Messages(Language.en).title("DATA-001"), first.getAttribute("name"));
        assertFalse(first.hasChildNodes());
    }

    @Test
    void oneErrorIsOneFailureWithMessageAndLocation() throws Exception {
        Document doc = junit(RenderFixtures.one());
        Element rep = testcase(doc, "REP-002 group lansi-koordinaatioryhma");
        assertEquals("pkcheck.REP", rep.getAttribute("classname"));
        Element failure = only(rep, "failure");
        String message = new Messages(Language.en).message(RenderFixtures.rep002());
        assertEquals(message, failure.getAttribute("message"));
        assertEquals("ERROR", failure.getAttribute("type"));
        assertEquals(message + "\n" + RenderFixtures.GROUPS + ":41:5", failure.getTextContent());
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(String.valueOf(RenderFixtures.RULES.size()), doc.getDocumentElement().getAttribute("tests"),
                "REP-002's finding replaces its passing testcase");
        assertEquals(0, doc.getElementsByTagName("skipped").getLength());
    }

    @Test
    void repeatedFindingsGetUniqueNames() throws Exception {
        Document doc = junit(RenderFixtures.many());
        assertNotNull(testcase(doc, "CHAIR-001 group kuhmoinen-paikallinen"));
        assertNotNull(testcase(doc, "CHAIR-001 group kuhmoinen-paikallinen #2"));
        assertNotNull(testcase(doc, "CHAIR-001 group orivesi-paikallinen"));
    }

    @Test
    void errorsAndWarningsFailInfoPassesWithItsMessage() throws Exception {
        Document doc = junit(RenderFixtures.many());
        assertEquals("WARNING", only(testcase(doc, "SIZE-001 group etela-koordinaatioryhma"), "failure")
                .getAttribute("type"));
        Element info = testcase(doc, "NET-003 organisation srk-nokia");
        assertEquals(0, info.getElementsByTagName("failure").getLength());
        String message = new Messages(Language.en).message(RenderFixtures.net003());
        assertEquals("INFO: " + message, only(info, "system-out").getTextContent());
        assertEquals("6", doc.getDocumentElement().getAttribute("failures"), "five errors and one warning");
    }

    @Test
    void findingWithoutLocationHasTheMessageAlone() throws Exception {
        Document doc = junit(RenderFixtures.many());
        Element failure = only(testcase(doc, "STRUCT-003 municipality 536"), "failure");
        assertEquals(new Messages(Language.en).message(RenderFixtures.struct003()), failure.getTextContent());
    }

    @Test
    void waivedFindingIsSkippedWithDateAndReason() throws Exception {
        Document doc = junit(RenderFixtures.waived());
        Element rep = testcase(doc, "REP-002 group lansi-koordinaatioryhma");
        assertEquals(0, rep.getElementsByTagName("failure").getLength());
        Element skipped = only(rep, "skipped");
        assertEquals("waived until 2024-12-31: The parish takes part through the regional group.",
                skipped.getAttribute("message"));
        assertTrue(skipped.getTextContent().contains(RenderFixtures.GROUPS + ":41:5"));
        Element suite = suite(doc, "REP");
        assertEquals("1", suite.getAttribute("skipped"));
        assertEquals("0", suite.getAttribute("failures"));
    }

    @Test
    void findingKnownToTheBaselineIsSkipped() throws Exception {
        Document doc = junit(RenderFixtures.baseline());
        Element size = testcase(doc, "SIZE-001 group etela-koordinaatioryhma");
        assertEquals(0, size.getElementsByTagName("failure").getLength());
        assertTrue(only(size, "skipped").getAttribute("message").contains("old-report.json"));
        assertNotNull(only(testcase(doc, "REP-002 group lansi-koordinaatioryhma"), "failure"));
    }

    @Test
    void hostileStringsAreTextAndTheDocumentStaysValid() throws Exception {
        Report report = RenderFixtures.hostile();
        String text = RenderFixtures.render(renderer, report, RenderFixtures.context());
        assertFalse(text.contains("<script>"), "markup from the data is escaped");
        assertFalse(text.contains("\u0001"), "control characters are replaced");
        assertFalse(text.contains("\r"), "line breaks in the data are written as \\n");
        Document doc = junit(report);
        String cleanHostile = RenderFixtures.HOSTILE.replace('\u0001', '\uFFFD');
        Messages m = new Messages(Language.en);
        Finding inId = report.findings().stream().filter(f -> f.rule().equals("REP-002")).findFirst().orElseThrow();
        Element failure = only(testcase(doc, JunitRenderer.attribute("REP-002 group " + cleanHostile,
                JunitRenderer.MAX_NAME)), "failure");
        assertEquals(m.message(inId).replace('\u0001', '\uFFFD').replace("\r\n", "\n")
                + "\ndata/<evil> & \"name\".yaml:3:1", failure.getTextContent());
        assertTrue(failure.getAttribute("message").startsWith("The municipality <script>alert(\"x\")</script> & ]]>"));
        assertFalse(failure.getAttribute("message").contains("\n"));
        for (Element testcase : testcases(doc)) {
            assertTrue(testcase.getAttribute("name").length() <= JunitRenderer.MAX_NAME);
        }
        Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
        assertTrue(skipped.getAttribute("message").startsWith("waived until 2024-12-31: <script>"));
        assertTrue(skipped.getAttribute("message").length() <= JunitRenderer.MAX_MESSAGE);
        // Sorted by location, data/other.yaml comes before data/ä ö/ryhmät.yaml.
        assertTrue(only(testcase(doc, "DATA-002 group g1"), "failure").getTextContent()
                .contains("\uFFFD lone surrogate \uFFFD"));
        Element longFailure = only(testcase(doc, "DATA-002 group g1 #2"), "failure");
        assertTrue(longFailure.getTextContent().contains("x".repeat(20_000)), "the text keeps the whole message");
        assertTrue(longFailure.getTextContent().endsWith("\ndata/ä ö/ryhmät.yaml:7:2"));
        assertEquals(JunitRenderer.MAX_MESSAGE, longFailure.getAttribute("message").length());
    }

    @Test
    void cleaningKeepsWhatXmlCarriesAndReplacesTheRest() {
        assertEquals("a\tb\nc\rd ä € 😀", JunitRenderer.clean("a\tb\nc\rd ä € 😀"));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD", JunitRenderer.clean("\u0000\u0001\u001b\uFFFE\uDC00"));
        assertEquals("x\uFFFDy", JunitRenderer.clean("x\uD83Dy"));
        String cut = JunitRenderer.attribute("😀".repeat(10), 6);
        assertEquals("😀😀…", cut, "a cut never splits a surrogate pair");
    }

    @Test
    void cleaningStopsExactlyAtTheEdgesOfWhatXmlCarries() {
        assertEquals("\u0020\uD7FF\uE000\uFFFD", JunitRenderer.clean("\u0020\uD7FF\uE000\uFFFD"));
        assertEquals("\uFFFD\uFFFDx\uFFFD\uFFFD", JunitRenderer.clean("\u001F\uD800x\uDFFF\uFFFF"));
        assertEquals("x\uFFFD", JunitRenderer.clean("x\uD83D"), "a high surrogate at the end stands alone");
        assertEquals("\uFFFD😀", JunitRenderer.clean("\uDE00😀"));
    }

    @Test
    void attributesAreCutOnlyBeyondTheirLimitAndNeverInsideAPair() {
        assertEquals("abcdef", JunitRenderer.attribute("abcdef", 6));
        assertEquals("abcd…", JunitRenderer.attribute("abcdefg", 5));
        assertEquals("a b c", JunitRenderer.attribute("a\r\nb\tc", 10));
        assertEquals("aaa…", JunitRenderer.attribute("aaa😀b", 5), "the pair would be split at the cut: both go");
        assertEquals("aa😀…", JunitRenderer.attribute("aa😀bc", 5));
    }

    @Test
    void theLocationLineNamesWhatIsKnownOfThePlace() throws Exception {
        Finding noLine = RenderFixtures.chair001("a", 0);
        Finding lineOnly = Finding.builder("CHAIR-001", Severity.ERROR).subject("group", "b")
                .at(new Location("d/g.yaml", 7, 0)).build();
        Finding columnOnly = Finding.builder("CHAIR-001", Severity.ERROR).subject("group", "c")
                .at(new Location("d/g.yaml", 0, 4)).build();
        Finding cell = Finding.builder("CHAIR-001", Severity.ERROR).subject("group", "d")
                .at(Location.cell("d/book.xlsx", "Ryhmät", 12, 3)).build();
        Document doc = junit(RenderFixtures.report(List.of(noLine, lineOnly, columnOnly, cell)));
        String message = new Messages(Language.en).message(noLine);
        assertEquals(message + "\n" + RenderFixtures.GROUPS, only(testcase(doc, "CHAIR-001 group a"), "failure")
                .getTextContent());
        assertEquals(message + "\nd/g.yaml:7", only(testcase(doc, "CHAIR-001 group b"), "failure").getTextContent());
        assertEquals(message + "\nd/g.yaml", only(testcase(doc, "CHAIR-001 group c"), "failure").getTextContent());
        assertEquals(message + "\nd/book.xlsx [Ryhmät] C12", only(testcase(doc, "CHAIR-001 group d"), "failure")
                .getTextContent());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageGivesAValidReport(Language language) throws Exception {
        junit(RenderFixtures.waived(), RenderFixtures.context(language));
        junit(RenderFixtures.baseline(), RenderFixtures.context(language));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pirkanmaa", "kanta-hame", "pohjois-karjala"})
    void sampleRegionGivesAValidReport(String region) throws Exception {
        RenderFixtures.Checked checked = RenderFixtures.sample(region, Language.sv);
        Document doc = junit(checked.report(), checked.context());
        long failing = checked.report().findings().stream()
                .filter(f -> f.severity() != Severity.INFO).count();
        assertEquals(String.valueOf(failing), doc.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void sameInputSameBytes() {
        RenderContext context = RenderFixtures.context();
        String first = RenderFixtures.render(renderer, RenderFixtures.waived(), context);
        assertEquals(first, RenderFixtures.render(renderer, RenderFixtures.waived(), context));
        assertEquals(first, RenderFixtures.render(new JunitRenderer(), RenderFixtures.waived(), context));
        assertFalse(first.contains("\r"));
    }

    /** Per suite and in total: tests, failures and skipped are what the testcases hold. */
    private static void assertCountsAddUp(Document doc) {
        int tests = 0;
        int failures = 0;
        for (Element suite : elements(doc.getElementsByTagName("testsuite"))) {
            List<Element> cases = elements(suite.getElementsByTagName("testcase"));
            int failed = suite.getElementsByTagName("failure").getLength();
            assertEquals(String.valueOf(cases.size()), suite.getAttribute("tests"));
            assertEquals(String.valueOf(failed), suite.getAttribute("failures"));
            assertEquals(String.valueOf(suite.getElementsByTagName("skipped").getLength()),
                    suite.getAttribute("skipped"));
            assertEquals("0", suite.getAttribute("errors"));
            for (Element c : cases) {
                assertTrue(c.getElementsByTagName("failure").getLength() <= 1, "at most one failure per testcase");
            }
            tests += cases.size();
            failures += failed;
        }
        assertEquals(String.valueOf(tests), doc.getDocumentElement().getAttribute("tests"));
        assertEquals(String.valueOf(failures), doc.getDocumentElement().getAttribute("failures"));
    }

    private static void assertNamesUnique(Document doc) {
        Set<String> names = new HashSet<>();
        for (Element c : testcases(doc)) {
            assertTrue(names.add(c.getAttribute("name")), "repeated testcase name " + c.getAttribute("name"));
        }
    }

    private static List<String> suiteNames(Document doc) {
        return elements(doc.getElementsByTagName("testsuite")).stream().map(e -> e.getAttribute("name")).toList();
    }

    private static Element suite(Document doc, String name) {
        return elements(doc.getElementsByTagName("testsuite")).stream().filter(e -> e.getAttribute("name")
                .equals(name)).findFirst().orElseThrow(() -> new AssertionError("no testsuite " + name));
    }

    private static List<Element> testcases(Document doc) {
        return elements(doc.getElementsByTagName("testcase"));
    }

    private static Element testcase(Document doc, String name) {
        return testcases(doc).stream().filter(e -> e.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no testcase " + name));
    }

    /** The one child element {@code tag} of {@code testcase}, which has no other child element. */
    private static Element only(Element testcase, String tag) {
        List<Element> children = new ArrayList<>();
        for (int i = 0; i < testcase.getChildNodes().getLength(); i++) {
            if (testcase.getChildNodes().item(i) instanceof Element e) {
                children.add(e);
            }
        }
        assertEquals(1, children.size(), "one child element in " + testcase.getAttribute("name"));
        assertEquals(tag, children.get(0).getTagName());
        return children.get(0);
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }
}
