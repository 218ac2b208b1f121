package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The cards of groups outside the model's tiers: groups with errors first, then with warnings, then the rest. */
class HtmlCardsOrderTest {

    private static Report.GroupInfo group(String id) {
        return new Report.GroupInfo(id, "Ryhmä " + id, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), 3);
    }

    private static Finding finding(String rule, Severity severity, String group) {
        return Finding.builder(rule, severity).subject("group", group).in(group, null).build();
    }

    @Test
    void theWorstGroupsComeFirstThenById() {
        Map<String, Report.GroupInfo> groups = new LinkedHashMap<>();
        for (String id : List.of("d", "a", "c", "b", "e")) {
            groups.put(id, group(id));
        }
        Report report = new Report("m", "Malli", "r", "Alue", LocalDate.of(2024, 3, 1), List.of("data"),
                List.of(finding("SIZE-001", Severity.INFO, "d"), finding("CHAIR-001", Severity.ERROR, "e"),
                        finding("CHAIR-004", Severity.WARNING, "b"), finding("CHAIR-001", Severity.ERROR, "c"),
                        finding("CHAIR-004", Severity.WARNING, "c")),
                groups, List.of("PROVINCIAL", "REGIONAL", "LOCAL"), List.of());

        Document page = Jsoup.parse(RenderFixtures.render(new HtmlRenderer(), report,
                RenderFixtures.context(Language.fi)));

        List<Element> cards = page.select("#tier-other article.card");
        assertEquals(List.of("Ryhmä c", "Ryhmä e", "Ryhmä b", "Ryhmä a", "Ryhmä d"),
                cards.stream().map(c -> c.selectFirst("#" + c.id() + "-title").text()).toList());
        assertTrue(page.select("#tier-other .card-area").isEmpty(), "a group without an area names none");
    }
}
