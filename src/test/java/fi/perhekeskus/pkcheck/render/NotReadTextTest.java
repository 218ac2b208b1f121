package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.NotRead;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columns and sheets not read, as the reports for people list them, and as the machine formats do not. */
class NotReadTextTest {

    private static final List<NotRead> BOOK = List.of(new NotRead("verkosto.xlsx", "Henkilöt", "Puhelin"),
            new NotRead("verkosto.xlsx", "Muistiinpanot", null), new NotRead("verkosto.xlsx", "Henkilöt", "Sähköposti"));

    @Test
    void oneItemPerSheetColumnsInTheOrderMet() {
        assertEquals(List.of("Henkilöt: Puhelin, Sähköposti", "Muistiinpanot (koko välilehti)"),
                NotReadText.items(BOOK, new Messages(Language.fi)));
        assertEquals(List.of("Henkilöt: Puhelin, Sähköposti", "Muistiinpanot (hela fliken)"),
                NotReadText.items(BOOK, new Messages(Language.sv)));
    }

    @Test
    void theFileComesFirstWhereTheDataHasMoreThanOne() {
        List<NotRead> two = List.of(new NotRead("a.xlsx", "Jäsenet", "Puhelin"), new NotRead("Jäsenet.csv", "Jäsenet",
                "Huom"));
        assertEquals(List.of("a.xlsx, Jäsenet: Puhelin", "Jäsenet.csv, Jäsenet: Huom"),
                NotReadText.items(two, new Messages(Language.en)));
    }

    private static String render(String format, Report report, Language language) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.byName(format).orElseThrow().render(report, new RenderContext(new Messages(language), false,
                "0.1.0", ContractReports.RULES), out);
        return out.toString();
    }

    @Test
    void theReportsForPeopleListThemAndTheMachineFormatsDoNot() throws IOException {
        Report report = ContractReports.one().withNotRead(BOOK);
        String expected = "Henkilöt: Puhelin, Sähköposti; Muistiinpanot (koko välilehti)";
        assertTrue(render("text", report, Language.fi).contains("\nEi luettu: " + expected + "\n"));
        assertTrue(render("markdown", report, Language.fi).contains("\nEi luettu: " + expected + "\n"));
        String html = render("html", report, Language.fi);
        assertTrue(html.contains("Ei luettu") && html.contains(expected), html);
        for (String format : List.of("json", "csv", "sarif", "junit")) {
            assertFalse(render(format, report, Language.fi).contains("Puhelin"), format);
        }
        assertFalse(render("text", ContractReports.one(), Language.fi).contains("Ei luettu"), "nothing to list");
    }
}
