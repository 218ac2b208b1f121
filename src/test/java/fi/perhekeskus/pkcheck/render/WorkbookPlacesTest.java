package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding in a workbook is placed in the Markdown report by file, sheet and cell, or by file, sheet and row
 * in the report's language, as the text and HTML reports place it; a YAML finding by file and line.
 */
class WorkbookPlacesTest {

    private static final Report REPORT = RenderFixtures.report(List.of(
            at(Location.cell("verkosto.xlsx", "ryhmät", 12, 0), "g1"),
            at(Location.cell("verkosto.xlsx", "ryhmät", 13, 2), "g2"),
            at(new Location("groups.yaml", 41, 5), "g3")));

    private static Finding at(Location where, String group) {
        return Finding.builder("CHAIR-001", Severity.ERROR).subject("group", group).at(where)
                .in(group, Tier.LOCAL).build();
    }

    private static String markdown(Language language) {
        return RenderFixtures.render(new MarkdownRenderer(), REPORT, RenderFixtures.context(language));
    }

    @Test
    void theMarkdownReportNamesTheSheetAndTheRowOrCell() {
        String english = markdown(Language.en);
        assertTrue(english.contains("| verkosto.xlsx \\[ryhmät\\] row 12 |"), english);
        assertTrue(english.contains("| verkosto.xlsx \\[ryhmät\\] B13 |"), english);
        assertTrue(english.contains("| groups.yaml:41 |"), english);
    }

    @Test
    void aWholeRowIsNamedInTheReportsLanguage() {
        String finnish = markdown(Language.fi);
        assertTrue(finnish.contains("| verkosto.xlsx \\[ryhmät\\] rivi 12 |"), finnish);
        assertTrue(finnish.contains("| verkosto.xlsx \\[ryhmät\\] B13 |"), finnish);
        String swedish = markdown(Language.sv);
        assertTrue(swedish.contains("| verkosto.xlsx \\[ryhmät\\] rad 12 |"), swedish);
    }
}
