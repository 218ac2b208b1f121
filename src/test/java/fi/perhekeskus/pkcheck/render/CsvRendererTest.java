package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.RuleDescriptor;
import fi.perhekeskus.pkcheck.report.Subject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CSV report: UTF-8 with a byte-order mark, semicolons and CRLF for Finnish Excel, a header and one row
 * per finding in report order, and every cell read back as written except for the apostrophe that
 * neutralises a formula.
 */
class CsvRendererTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HEADER = List.of("severity", "rule", "subject type", "subject id", "group",
            "tier", "message", "file", "line", "waived", "waiver reason", "waiver until", "baseline");

    private static byte[] bytes(Report report, Language language) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // What the CLI does: a UTF-8 writer, to standard output or to the file.
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new CsvRenderer().render(report, new RenderContext(new Messages(language), false, "0.1.0",
                    List.of(new RuleDescriptor("REP-002", Severity.ERROR))), out);
        }
        return bytes.toByteArray();
    }

    private static List<List<String>> rows(byte[] bytes) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class).with(schema)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(bytes)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** The test's own statement of the neutralising rule, kept apart from the renderer's. */
    private static String neutralised(String cell) {
        return cell.matches("(?s)^[=+\\-@\t\r＝＋－＠].*") ? "'" + cell : cell;
    }

    @Test
    void anEmptyReportIsAHeaderWithTheByteOrderMarkAndCrlf() throws IOException {
        byte[] bytes = bytes(ContractReports.empty(), Language.en);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFseverity;rule;"), text);
        assertTrue(text.endsWith("\r\n") && text.indexOf('\n') == text.length() - 1, "one CRLF-ended line: " + text);
        assertEquals(List.of(HEADER), rows(bytes));
    }

    @Test
    void oneFindingFillsEveryColumn() throws IOException {
        List<List<String>> rows = rows(bytes(ContractReports.one(), Language.en));
        assertEquals(2, rows.size());
        assertEquals(List.of("ERROR", "REP-002", "group", "lansi-kr", "lansi-kr", "regional tier",
                "The municipality Nokia (536) has no seat in the group.", "data/groups.yaml", "12", "no", "", "", ""),
                rows.get(1));
    }

    @Test
    void manyFindingsComeInReportOrderWithCrlfLineEnds() throws IOException {
        Report report = ContractReports.many();
        byte[] bytes = bytes(report, Language.en);
        List<List<String>> rows = rows(bytes);
        assertEquals(report.findings().size() + 1, rows.size());
        assertEquals(report.findings().stream().map(Finding::rule).toList(),
                rows.subList(1, rows.size()).stream().map(r -> r.get(1)).toList());
        assertTrue(rows.stream().allMatch(r -> r.size() == HEADER.size()));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line ends in CRLF");
    }

    @Test
    void aFindingWithoutLocationHasEmptyFileAndLine() throws IOException {
        List<String> row = rows(bytes(ContractReports.noLocation(), Language.en)).get(1);
        assertEquals("STRUCT-003", row.get(1));
        assertEquals("", row.get(4));
        assertEquals("local tier", row.get(5));
        assertEquals("", row.get(7));
        assertEquals("", row.get(8));
    }

    @Test
    void aWaivedFindingCarriesItsWaiver() throws IOException {
        List<List<String>> rows = rows(bytes(ContractReports.waived(), Language.en));
        List<String> chair = rows.stream().filter(r -> r.get(1).equals("CHAIR-001")).findFirst().orElseThrow();
        assertEquals(List.of("yes", "The chair is elected in April.", "2024-04-30"), chair.subList(9, 12));
        List<String> rep = rows.stream().filter(r -> r.get(1).equals("REP-002")).findFirst().orElseThrow();
        assertEquals(List.of("no", "", ""), rep.subList(9, 12));
    }

    @Test
    void aBaselineMarksNewAndRemaining() throws IOException {
        Report report = ContractReports.many();
        Finding known = report.findings().get(0);
        Report compared = report.withBaseline(new Baseline("old.json", Set.of(Fingerprint.of(known)),
                List.of(new Baseline.Entry("REP-001", "ERROR", new Subject("group", "x"), "gone", null, "ff"))));
        List<List<String>> rows = rows(bytes(compared, Language.en));
        assertEquals("remaining", rows.get(1).get(12));
        assertTrue(rows.subList(2, rows.size()).stream().allMatch(r -> r.get(12).equals("new")));
    }

    @Test
    void finnishHeadersAndWordsKeepTheirLetters() throws IOException {
        byte[] bytes = bytes(ContractReports.waived(), Language.fi);
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
        List<List<String>> rows = rows(bytes);
        assertEquals("sääntö", rows.get(0).get(1));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("VIRHE") && r.get(9).equals("kyllä")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("paikallinen taso")));
    }

    @Test
    void hostileValuesRoundTripAndNoCellStartsAFormula() throws IOException {
        Report report = HostileReports.report();
        List<List<String>> rows = rows(bytes(report, Language.en));
        assertEquals(report.findings().size() + 1, rows.size());
        Messages m = new Messages(Language.en);
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            List<String> row = rows.get(i + 1);
            boolean waived = report.waiver(f).isPresent();
            List<String> expected = List.of(f.severity().name(), f.rule(), f.subject().type(), f.subject().id(),
                    f.group(), f.tier() == fi.perhekeskus.pkcheck.model.Tier.LOCAL ? "local tier" : "regional tier",
                    m.message(f), f.location().file(), String.valueOf(f.location().line()), waived ? "yes" : "no",
                    waived ? report.waiver(f).get().reason() : "", waived ? "2024-12-31" : "", "");
            assertEquals(expected.stream().map(CsvRendererTest::neutralised).toList(), row,
                    "row of " + f.subject().id().substring(0, Math.min(40, f.subject().id().length())));
        }
        for (List<String> row : rows) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(cell.charAt(0)) >= 0, cell);
            }
        }
    }

    @Test
    void neutralisesEveryFormulaStartAndNothingElse() {
        assertEquals("'=cmd|' /C calc'!A0", CsvRenderer.neutralise("=cmd|' /C calc'!A0"));
        assertEquals("'+1", CsvRenderer.neutralise("+1"));
        assertEquals("'-1", CsvRenderer.neutralise("-1"));
        assertEquals("'@SUM(1)", CsvRenderer.neutralise("@SUM(1)"));
        assertEquals("'\t=1", CsvRenderer.neutralise("\t=1"));
        assertEquals("'\r=1", CsvRenderer.neutralise("\r=1"));
        assertEquals("'＝1", CsvRenderer.neutralise("＝1"));
        assertEquals("", CsvRenderer.neutralise(""));
        assertEquals("Nokia (536)", CsvRenderer.neutralise("Nokia (536)"));
        assertEquals("a=1", CsvRenderer.neutralise("a=1"));
        assertEquals("'already", CsvRenderer.neutralise("'already"));
    }

    @Test
    void swedishHeadersComeFromTheBundle() throws IOException {
        List<List<String>> rows = rows(bytes(ContractReports.one(), Language.sv));
        assertEquals(List.of("allvarlighetsgrad", "regel"), rows.get(0).subList(0, 2));
        assertEquals(List.of("FEL", "REP-002", "grupp"), rows.get(1).subList(0, 3));
        assertEquals("nej", rows.get(1).get(9));
    }
}
