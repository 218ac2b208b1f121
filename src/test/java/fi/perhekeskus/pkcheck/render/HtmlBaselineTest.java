package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.report.Report;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The HTML page of a run against a baseline: what is new, what remains, and what has been fixed since. */
class HtmlBaselineTest {

    @Test
    void thePageCountsTheNewAndTheRemainingAndListsWhatWasFixed() {
        Report report = RenderFixtures.baseline();
        int all = report.findings().size();

        Document page = Jsoup.parse(RenderFixtures.render(new HtmlRenderer(), report,
                RenderFixtures.context(Language.fi)));
        String text = page.text();

        assertTrue(text.contains("Verrattu raporttiin old-report.json: uusia " + (all - 1) + ", jäljellä 1, "
                + "korjattuja 1"), text);
        assertTrue(text.contains("Korjattu vertailuraportin old-report.json jälkeen"), text);
        assertTrue(text.contains("Ryhmä old: fixed since"), text);
    }

    @Test
    void withoutABaselineThereIsNoFixedSection() {
        String text = Jsoup.parse(RenderFixtures.render(new HtmlRenderer(), RenderFixtures.many(),
                RenderFixtures.context(Language.fi))).text();

        assertEquals(-1, text.indexOf("Korjattu vertailuraportin"), text);
        assertEquals(-1, text.indexOf("Verrattu raporttiin"), text);
    }
}
