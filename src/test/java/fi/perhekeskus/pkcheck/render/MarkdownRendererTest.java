package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.MeetingInfo;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Subject;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report for pull-request comments: its summary, grouping and collapsible blocks, the size
 * limit with its "and N more", and that no value from the data can break a table or inject markup.
 */
class MarkdownRendererTest {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern MORE = Pattern.compile("and ([\\d,]+) more findings");

    private static String render(Report report, Language language) throws IOException {
        StringWriter out = new StringWriter();
        new MarkdownRenderer().render(report, new RenderContext(new Messages(language), false, "0.1.0",
                ContractReports.RULES), out);
        return out.toString();
    }

    private static String render(Report report) throws IOException {
        return render(report, Language.en);
    }

    /** The pipes GitHub splits a table row on: those not escaped by an odd run of backslashes. */
    private static int cellSeparators(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                count++;
            }
        }
        return count;
    }

    /** Every table keeps the column count of its head, and every finding table has five columns. */
    private static void assertWellFormedTables(String markdown) {
        int columns = -1;
        for (String line : markdown.split("\n", -1)) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            int separators = cellSeparators(line);
            if (columns < 0) {
                columns = separators;
                if (line.startsWith("| severity |")) {
                    assertEquals(6, separators, line);
                }
            }
            assertEquals(columns, separators, "row: " + line.substring(0, Math.min(200, line.length())));
            assertTrue(line.endsWith(" |"), line.substring(0, Math.min(200, line.length())));
        }
    }

    /** The only HTML is the renderer's own collapsible blocks. */
    private static void assertOnlyOwnTags(String markdown) {
        Matcher tags = TAG.matcher(markdown);
        while (tags.find()) {
            assertTrue(Set.of("details", "summary", "b").contains(tags.group(1)), "tag " + tags.group());
        }
        assertFalse(markdown.toLowerCase().contains("<script"));
        assertFalse(markdown.toLowerCase().contains("<img"));
    }

    @Test
    void anEmptyReportIsATitleASummaryAndTheCleanLine() throws IOException {
        String md = render(ContractReports.empty());
        assertTrue(md.startsWith("## pkcheck: Pirkanmaa (model pirkanmaa), check date 2024-03-01\n\n"), md);
        assertTrue(md.contains("| ❌ ERROR | ⚠️ WARNING | ℹ️ INFO | waived |\n| ---: | ---: | ---: | ---: |\n"
                + "| 0 | 0 | 0 | 0 |\n"), md);
        assertTrue(md.contains("No findings: the network meets its governance model."));
        assertFalse(md.contains("<details"));
        assertFalse(md.contains("more findings"));
    }

    @Test
    void oneFindingIsARowInItsGroupInsideAnOpenBlock() throws IOException {
        String md = render(ContractReports.one());
        assertTrue(md.contains("<details open><summary><b>The regional tier</b> (1)</summary>\n\n"
                + "**Group lansi-kr — Läntinen koordinaatioryhmä**\n\n"
                + "| severity | rule | subject | message | location |\n| --- | --- | --- | --- | --- |\n"
                + "| ❌ ERROR | REP-002 | group lansi-kr | The municipality Nokia (536) has no seat in the group. "
                + "| data/groups.yaml:12 |\n\n</details>\n"), md);
        assertTrue(md.contains("| 1 | 0 | 0 | 0 |"));
        assertWellFormedTables(md);
    }

    @Test
    void manyFindingsAreGroupedLikeTheTextReportWithErrorsFirst() throws IOException {
        String md = render(ContractReports.many());
        int regional = md.indexOf("The regional tier");
        int local = md.indexOf("The local tier");
        int people = md.indexOf("People and organisations");
        assertTrue(regional > 0 && regional < local && local < people, md);
        String localBlock = md.substring(local, people);
        assertTrue(localBlock.indexOf("CHAIR-001") < localBlock.indexOf("REP-001"), "errors first: " + localBlock);
        // The local group's name holds a script tag: it is shown as text.
        assertTrue(md.contains("Nokian perhekeskus &lt;script&gt;alert(1)&lt;/script&gt;"), md);
        assertTrue(md.contains("| ⚠️ WARNING | NET-001 | person p001 |"));
        assertWellFormedTables(md);
        assertOnlyOwnTags(md);
    }

    @Test
    void aFindingWithoutLocationHasAnEmptyLocationCell() throws IOException {
        String md = render(ContractReports.noLocation());
        assertTrue(md.contains("| ❌ ERROR | STRUCT-003 | municipality 177 | No group of the local tier covers the "
                + "municipality Juupajoki (177). |  |\n"), md);
        assertWellFormedTables(md);
    }

    @Test
    void aWaivedFindingIsMarkedAndDoesNotOpenItsBlock() throws IOException {
        String md = render(ContractReports.waived());
        assertTrue(md.contains("*(waived until 2024-04-30: The chair is elected in April.)*"), md);
        assertTrue(md.contains("<details><summary><b>The local tier</b> (1)</summary>"), md);
        assertTrue(md.contains("<details open><summary><b>The regional tier</b> (1)</summary>"), md);
        assertTrue(md.contains("| 1 | 0 | 0 | 1 |"), md);
    }

    @Test
    void dataProblemsComeFirst() throws IOException {
        String md = render(ContractReports.inputErrors());
        assertTrue(md.indexOf("<b>The data itself</b> (2)") > 0, md);
        assertTrue(md.contains("DATA-002") && md.contains("DATA-003"));
        assertWellFormedTables(md);
    }

    @Test
    void aBaselineAddsNewAndFixedToTheSummaryAndListsTheFixed() throws IOException {
        Report report = ContractReports.many();
        Report compared = report.withBaseline(new Baseline("old|report.json",
                Set.of(Fingerprint.of(report.findings().get(0))),
                List.of(new Baseline.Entry("REP-001", "ERROR", new Subject("group", "ylä_ryhmä"), "Gone *now*",
                        new Location("old.yaml", 3, 1), "ff"))));
        String md = render(compared);
        assertTrue(md.contains("| ❌ ERROR | ⚠️ WARNING | ℹ️ INFO | waived | new | fixed |"), md);
        assertTrue(md.contains("| 2 | 2 | 1 | 0 | 4 | 1 |"), md);
        assertTrue(md.contains("Compared with old\\|report.json: 4 new, 1 remaining, 1 fixed"), md);
        assertTrue(md.contains("<details><summary><b>Fixed since the baseline old|report.json</b> (1)</summary>"), md);
        assertTrue(md.contains("| ❌ ERROR | REP-001 | group ylä\\_ryhmä | Gone \\*now\\* | old.yaml:3 |"), md);
        assertTrue(md.contains("**new**"));
        assertWellFormedTables(md);
    }

    @Test
    void aMeetingReportSaysWhomToInvite() throws IOException {
        Report report = ContractReports.one().withMeeting(
                new MeetingInfo("kr-2024-03", "lansi-kr", LocalDate.of(2024, 3, 14), List.of(new PersonRef("p009"))),
                List.of(new Suggestion("MEET-002", "suggest.MEET-002", List.of(), 1,
                        List.of(new Suggestion.Invite(new PersonRef("p031"), new PersonRef("p032"))))));
        String md = render(report);
        assertTrue(md.contains("Meeting kr-2024-03 of Läntinen koordinaatioryhmä (lansi-kr) on 2024-03-14; "
                + "confirmed: p009"), md);
        assertTrue(md.contains("<details open><summary><b>Whom to invite</b> (1)</summary>\n\n"
                + "- **MEET-002** No chair or vice-chair will be present: invite p031 or their deputy p032.\n"), md);
    }

    @Test
    void thousandsOfFindingsStayUnderTheCommentLimitAndSayHowManyAreLeftOut() throws IOException {
        List<Finding> findings = new ArrayList<>();
        Map<String, Report.GroupInfo> groups = new java.util.HashMap<>();
        for (int i = 0; i < 5000; i++) {
            String group = "ryhmä-" + (i % 40);
            groups.put(group, new Report.GroupInfo(group, "Ryhmä " + (i % 40), i % 2 == 0 ? "REGIONAL" : "LOCAL"));
            Severity severity = Severity.values()[i % 3];
            findings.add(Finding.builder("REP-002", severity).subject("group", group + "-" + i)
                    .args("Kunta numero " + i + "x".repeat(80), group)
                    .at(new Location("data/groups-" + (i % 7) + ".yaml", i + 1, 1))
                    .in(group, i % 2 == 0 ? Tier.REGIONAL : Tier.LOCAL).build());
        }
        Report report = new Report("pirkanmaa", "Pirkanmaa", "pirkanmaa", "Pirkanmaa", ContractReports.DATE,
                List.of("data"), findings, groups, List.of("PROVINCIAL", "REGIONAL", "LOCAL"), List.of());
        String md = render(report);
        assertTrue(md.length() <= MarkdownRenderer.LIMIT, "length " + md.length());
        assertTrue(md.length() > MarkdownRenderer.LIMIT - 2_000, "uses the room it has: " + md.length());
        Matcher more = MORE.matcher(md);
        assertTrue(more.find(), md.substring(md.length() - 300));
        assertTrue(md.endsWith("(see the full report: --format text or json)**\n"), md.substring(md.length() - 200));
        long rows = md.lines().filter(l -> l.startsWith("| ") && l.contains("REP-002")).count();
        assertEquals(5000, rows + Long.parseLong(more.group(1).replace(",", "")));
        // Cut in report order: every error is shown before any warning.
        long errors = md.lines().filter(l -> l.startsWith("| ❌")).count();
        long warnings = md.lines().filter(l -> l.startsWith("| ⚠️")).count();
        assertTrue(errors == findings.stream().filter(f -> f.severity() == Severity.ERROR).count() || warnings == 0,
                errors + " errors, " + warnings + " warnings");
        assertTrue(md.contains("| 1667 | 1667 | 1666 | 0 |"), "the summary counts all of them");
        assertWellFormedTables(md);
        assertEquals(md.split("<details", -1).length, md.split("</details>", -1).length, "blocks closed");
    }

    @Test
    void theLimitHoldsInFinnishToo() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            findings.add(Finding.builder("NET-001", Severity.WARNING).subject("person", "p" + i)
                    .args(new PersonRef("p" + i), 5, 4).at(new Location("people.yaml", i + 1, 1)).build());
        }
        Report report = new Report("pirkanmaa", "Pirkanmaa", "pirkanmaa", "Pirkanmaa", ContractReports.DATE,
                List.of("data"), findings, Map.of(), List.of(), List.of());
        String md = render(report, Language.fi);
        assertTrue(md.length() <= MarkdownRenderer.LIMIT);
        assertTrue(Pattern.compile("… ja [\\d\u00a0]+ muuta löydöstä").matcher(md).find(),
                md.substring(md.length() - 200));
        assertTrue(md.contains("| ⚠️ VAROITUS | NET-001 | henkilö p0 |"), md.substring(0, 2000));
    }

    @Test
    void hostileValuesCannotBreakTablesOrInjectMarkup() throws IOException {
        Report report = HostileReports.report();
        String md = render(report);
        assertOnlyOwnTags(md);
        assertWellFormedTables(md);
        assertTrue(md.length() <= MarkdownRenderer.LIMIT, "length " + md.length());
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(md.contains("a \\| b \\|\\| c"));
        assertTrue(md.contains("back\\\\slash \\\\\\| pipe"));
        assertTrue(md.contains("\\*bold\\* \\_under\\_ \\`code\\` \\`\\`\\` \\[x\\](y) !\\[i\\](j) "
                + "\\~\\~s\\~\\~ \\$x\\$"));
        assertTrue(md.contains("@&#8203;octo-org/everyone"), "no mention of a GitHub team");
        assertFalse(md.contains("@octo-org"));
        assertTrue(md.contains("&amp;lt;script&amp;gt; &amp;amp; entity"), "entities in the data show as typed");
        assertTrue(md.contains("line one line two  line three end"), "line breaks become spaces");
        assertFalse(md.contains("\u0000") || md.contains("\u0007") || md.contains("\u001b") || md.contains("\u202E"));
        assertTrue(md.contains("Ääkkönen, Åsa Öberg ja Pyhäjärven seurakunta"));
        assertFalse(md.contains("x".repeat(MarkdownRenderer.CELL + 1)), "a long name is cut");
        assertTrue(md.contains("x".repeat(MarkdownRenderer.CELL - 1) + "…"));
        // The region's and model's names in the title are escaped too.
        assertTrue(md.startsWith("## pkcheck: Pirkanmaa &lt;script&gt;alert(2)&lt;/script&gt; \\| x (model pirkanmaa)"),
                md.substring(0, 200));
        // No line of the data starts Markdown block syntax of its own.
        assertFalse(md.lines().anyMatch(l -> l.startsWith("# ") || l.startsWith("1. ") || l.startsWith("</")
                && !l.equals("</details>")));
    }

    @Test
    void escapingCoversEveryMarkdownSpecial() {
        assertEquals("\\| \\\\ \\` \\* \\_ \\[ \\] &lt; &gt; &amp; \\# \\~ \\$",
                MarkdownText.inline("| \\ ` * _ [ ] < > & # ~ $", 100));
        assertEquals("\\# title", MarkdownText.inline("# title", 100));
        assertEquals("\\- item", MarkdownText.inline("- item", 100));
        assertEquals("\\+ item", MarkdownText.inline("+ item", 100));
        assertEquals("12\\. item", MarkdownText.inline("12. item", 100));
        assertEquals("2024-03-01", MarkdownText.inline("2024-03-01", 100));
        assertEquals("a b c", MarkdownText.inline("a\nb\r\nc".replace("\r\n", "\n"), 100));
        assertEquals("&lt;b&gt; x_y", MarkdownText.html("<b> x_y", 100));
        assertEquals("ab…", MarkdownText.shorten("abcdef", 3));
        assertEquals("😀😀…", MarkdownText.shorten("😀😀😀😀", 3), "never splits a surrogate pair");
        assertEquals("😀😀😀", MarkdownText.shorten("😀😀😀", 3));
    }
}
