package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.MeetingInfo;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The HTML report built from hand-made reports: its structure, colours, words, and that it is safe. */
class HtmlRendererTest {

    private static Document parse(String html) {
        return Jsoup.parse(html);
    }

    /** The colour class of each matrix cell, row by row. */
    private static List<List<String>> colours(Document doc) {
        return doc.select("table.matrix tbody tr").stream()
                .map(tr -> tr.select("td.cell").stream().map(td -> td.classNames().stream()
                        .filter(c -> List.of("red", "amber", "green", "grey").contains(c)).findFirst().orElse("?"))
                        .toList())
                .toList();
    }

    @Test
    void isOneHtmlDocumentWithTheMatrixAndTheCards() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("Testimaa", doc.selectFirst("h1").text());
        assertEquals(List.of("Area", "Provincial tier", "Regional tier", "Local tier"),
                doc.select("table.matrix thead th").eachText());
        assertEquals(List.of("Whole region", "Länsi", "Itä", "Pohjoinen"),
                doc.select("table.matrix tbody th .row-name").eachText());
        assertEquals(5, doc.select("article.card").size(), "one card per group");
        assertEquals(1, doc.select("h1").size());
        assertTrue(doc.select("h2").eachText().containsAll(List.of("Readiness at a glance", "Groups: provincial tier",
                "Groups: regional tier", "Groups: local tier", "People and organisations", "Data problems")));
    }

    @Test
    void cellsAreRedAmberGreenOrGreyByTheirFindings() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        assertEquals(List.of(
                List.of("green", "grey", "grey"),
                List.of("grey", "red", "green"),
                List.of("grey", "amber", "red"),
                List.of("grey", "green", "grey")), colours(doc));
    }

    @Test
    void colourIsNeverTheOnlySignal() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        Elements rows = doc.select("table.matrix tbody tr");
        // Länsi regional: an error, and a waived warning that no longer colours the cell.
        Element lansiRegional = rows.get(1).select("td").get(1);
        assertTrue(lansiRegional.selectFirst(".cell-status").text().contains("1 error, 1 waived"),
                lansiRegional.text());
        assertTrue(rows.get(2).select("td").get(1).text().contains("1 warning"));
        assertTrue(rows.get(2).select("td").get(2).text().contains("No group"), "Itä has no local group");
        assertTrue(rows.get(0).select("td").get(0).text().contains("In order"));
        assertTrue(rows.get(1).select("td").get(0).text().contains("Covered by the whole-region group"));
        assertTrue(rows.get(0).select("td").get(1).text().contains("Groups by area"));
        assertTrue(rows.get(3).select("td").get(2).text().contains("No group"));
        assertEquals(List.of("3 errors", "2 warnings", "1 info", "1 waived"), doc.select(".tiles li").eachText());
    }

    @Test
    void cellsLinkToTheCardsAndToTheRegionsFindings() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        for (Element link : doc.select("table.matrix a[href]")) {
            String target = link.attr("href");
            assertTrue(target.startsWith("#"), target);
            assertNotNull(doc.getElementById(target.substring(1)), "link target " + target);
        }
        Element lansi = doc.select("table.matrix tbody tr").get(1).select("td").get(1);
        Element card = doc.getElementById(lansi.selectFirst(".cell-links a").attr("href").substring(1));
        assertEquals("Länsi koordinaatio", card.selectFirst("h3").text());
        Element ita = doc.select("table.matrix tbody tr").get(2).select("td").get(2);
        Element finding = doc.getElementById(ita.selectFirst(".cell-links a").attr("href").substring(1));
        assertEquals("STRUCT-001", finding.selectFirst(".rule").text());
        assertNotNull(finding.closest("#region"), "the missing group is a region-level finding");
    }

    @Test
    void whatTheTableLeavesOutIsCountedUnderIt() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        assertEquals(List.of("Also, about people and organisations: 1 warning"),
                doc.select(".outside li a").eachText());
        assertEquals("#people", doc.selectFirst(".outside a").attr("href"));
    }

    @Test
    void cardsShowChairsRepresentationSeatsAndWhatIsMissing() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        Element prov = card(doc, "prov");
        assertTrue(prov.text().contains("Chair p001"), prov.text());
        assertTrue(prov.text().contains("Vice-chairs p002, p003"), prov.text());
        assertTrue(prov.text().contains("Seats 20"), prov.text());
        assertEquals(List.of("Diocese", "Kela", "Municipality", "NGO", "Wellbeing region"),
                prov.select(".badge").eachText());
        Element lansi = card(doc, "lansi-reg");
        assertTrue(lansi.text().contains("1 of 2 — no seat: Berg (002)"), lansi.text());
        assertEquals(List.of("REP-002", "CHAIR-004"), lansi.select(".finding .rule").eachText());
        assertTrue(card(doc, "pohjoinen-reg").text().contains("No gaps found."));
    }

    @Test
    void waivedFindingsAreMarkedAndKept() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        Elements waived = doc.select("li.finding.is-waived");
        assertEquals(1, waived.size());
        assertEquals("true", waived.first().attr("data-waived"));
        assertTrue(waived.text().contains("Waived until 31 December 2024: Uusi puheenjohtaja valitaan keväällä"),
                waived.text());
    }

    @Test
    void regionPeopleAndDataFindingsHaveTheirOwnSections() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        assertEquals(List.of("STRUCT-001"), doc.select("#region .finding .rule").eachText());
        assertEquals(List.of("NET-001"), doc.select("#people .finding .rule").eachText());
        assertEquals(List.of("DATA-002"), doc.select("#data .finding .rule").eachText());
        assertNotNull(doc.selectFirst(".banner.amber a[href=#data]"), "a notice points at the data problems");
    }

    @Test
    void everyFindingCarriesWhatTheFiltersNeed() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        Elements findings = doc.select("li.finding");
        assertEquals(HtmlTestReports.known().findings().size(), findings.size());
        for (Element f : findings) {
            assertNotNull(Severity.parse(f.attr("data-severity")), f.outerHtml());
            assertFalse(f.attr("data-family").isEmpty());
        }
        Element form = doc.getElementById("filters");
        assertTrue(form.hasAttr("hidden"), "without the script the filters stay hidden and everything is shown");
        assertEquals(List.of("ERROR", "WARNING", "INFO"), form.select("input[name=severity]").eachAttr("value"));
        assertEquals(List.of("DATA", "STRUCT", "CHAIR", "REP", "SIZE", "TERM", "NET"),
                form.select("input[name=family]").eachAttr("value"));
    }

    @Test
    void hostileNamesAreOnlyText() {
        String html = HtmlTestReports.render(HtmlTestReports.hostile());
        Document doc = parse(html);
        Elements scripts = doc.select("script");
        assertEquals(1, scripts.size(), "only the page's own script");
        assertEquals(resource("report.js"), scripts.first().data());
        assertTrue(doc.select("img, iframe, object, embed, link, base, svg, math").isEmpty(),
                doc.select("img, iframe, object, embed, link, base, svg, math").outerHtml());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
            }
        }
        String text = doc.body().text();
        assertTrue(text.contains(HtmlTestReports.SCRIPT), "shown as text");
        assertTrue(text.contains(HtmlTestReports.IMG), "shown as text");
        assertTrue(doc.title().contains(HtmlTestReports.SCRIPT));
        assertTrue(doc.select("article.card .card-facts").text().contains("Chair " + HtmlTestReports.SCRIPT));
        // Entities, not raw markup, in the source.
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("onerror=alert"));
        assertFalse(html.contains("<script>alert"));
    }

    @Test
    void theSharedHostileValuesAreOnlyTextToo() {
        String html = HtmlTestReports.render(HostileReports.report());
        Document doc = parse(html);
        assertEquals(1, doc.select("script").size(), "only the page's own script");
        assertTrue(doc.select("img, iframe, object, embed, link, base, svg, math, details").isEmpty());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
            }
        }
        String text = doc.body().text();
        for (String value : List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                "</details></summary><script>x</script>", "&lt;script&gt; &amp; entity",
                "Ääkkönen, Åsa Öberg ja Pyhäjärven seurakunta")) {
            assertTrue(text.contains(value), "shown as text: " + value);
        }
        assertEquals(HostileReports.VALUES.size(), doc.select("li.finding").size());
    }

    @Test
    void noResourceIsFetched() {
        for (Report report : List.of(HtmlTestReports.known(), HtmlTestReports.hostile(), HtmlTestReports.empty())) {
            String html = HtmlTestReports.render(report);
            assertFalse(html.contains("http://"), "no http reference");
            assertFalse(html.contains("https://"), "no https reference");
            assertFalse(html.contains("url("), "no CSS url()");
            assertFalse(html.contains("@import"));
            Document doc = parse(html);
            for (Element e : doc.getAllElements()) {
                for (String attr : List.of("src", "srcset", "action", "formaction", "poster", "background")) {
                    assertFalse(e.hasAttr(attr), e.tagName() + " loads something: " + e.attr(attr));
                }
                if (e.hasAttr("href")) {
                    assertTrue(e.attr("href").startsWith("#"), "only links within the page: " + e.attr("href"));
                }
            }
        }
    }

    @Test
    void contentSecurityPolicyAdmitsOnlyThePagesOwnStyleAndScript() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known()));
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none';"), csp);
        assertTrue(csp.contains("'" + PageResources.cspHash(doc.selectFirst("style").data()) + "'"), csp);
        assertTrue(csp.contains("'" + PageResources.cspHash(doc.selectFirst("script").data()) + "'"), csp);
        assertFalse(csp.contains("unsafe"), csp);
        assertTrue(doc.select("[style]").isEmpty(), "no style attribute: the policy would block it");
    }

    @Test
    void templatesInsertOnlyTheRenderersOwnAssetsUnescaped() throws IOException {
        Pattern raw = Pattern.compile("\\{\\{\\{\\s*(\\w+)\\s*}}}|\\{\\{&\\s*(\\w+)");
        for (String template : List.of("report.mustache", "finding.mustache")) {
            Matcher m = raw.matcher(resource(template));
            while (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2);
                assertTrue(List.of("css", "script").contains(name), template + " inserts " + name + " unescaped");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyWordComesFromTheBundle(Language language) {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known(), HtmlTestReports.context(language)));
        assertEquals(language.name(), doc.selectFirst("html").attr("lang"));
        Matcher key = Pattern.compile("\\b(html|text|tier|title|subject|orgType)\\.[A-Za-z]").matcher(doc.text());
        assertFalse(key.find(), () -> "a bundle key shown as text: " + key.group());
    }

    @Test
    void finnishPageReadsInFinnish() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known(), HtmlTestReports.context(Language.fi)));
        assertEquals(List.of("Alue", "Maakunnallinen taso", "Alueellinen taso", "Paikallinen taso"),
                doc.select("table.matrix thead th").eachText());
        assertEquals(List.of("3 virhettä", "2 varoitusta", "1 huomautus", "1 poikkeusluvalla"),
                doc.select(".tiles li").eachText());
        assertTrue(doc.text().contains("1.3.2024"), "Finnish date");
    }

    @Test
    void peopleAreShownAsTheReaderChose() {
        Messages named = new Messages(Language.en, id -> id.equals("p001") ? "Anna Esimerkki (p001)" : id);
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.known(),
                new RenderContext(named, false, "0.1.0", List.of())));
        assertTrue(card(doc, "prov").text().contains("Chair Anna Esimerkki (p001)"));
        assertTrue(doc.select("#people").text().contains("Anna Esimerkki (p001) sits in 5 groups"));
    }

    @Test
    void anEmptyReportSaysTheNetworkIsInOrder() {
        Document doc = parse(HtmlTestReports.render(HtmlTestReports.empty()));
        assertNotNull(doc.selectFirst(".banner.green"));
        assertTrue(doc.selectFirst(".banner.green").text().contains("No findings"));
        assertNull(doc.getElementById("filters"), "nothing to filter");
        assertEquals(List.of(List.of("grey", "grey", "grey")), colours(doc));
        assertEquals(List.of("0 errors", "0 warnings", "0 infos"), doc.select(".tiles li").eachText());
    }

    @Test
    void aMeetingReportSaysWhomToInvite() {
        Report report = HtmlTestReports.known().withMeeting(
                new MeetingInfo("ita-2024-03", "ita-reg", HtmlTestReports.DATE, List.of(new PersonRef("p020"))),
                List.of(new Suggestion("MEET-003", "suggest.MEET-003", List.of("Kela"), 1,
                        List.of(new Suggestion.Invite(new PersonRef("p021"), new PersonRef("p022"))))));
        Document doc = parse(HtmlTestReports.render(report));
        assertEquals("Whom to invite", doc.selectFirst("#suggestions h2").text());
        assertTrue(doc.selectFirst("#suggestions").text().contains("invite p021 or their deputy p022"));
        String facts = doc.selectFirst(".facts").text();
        assertTrue(facts.contains("Meeting ita-2024-03, 1 March 2024, Itä koordinaatio (ita-reg); confirmed: p020"),
                facts);
    }

    @Test
    void groupsOutsideTheModelOrInAnUndeclaredAreaStillHaveTheirPlace() {
        Report known = HtmlTestReports.known();
        Map<String, Report.GroupInfo> groups = new HashMap<>(known.groups());
        groups.put("odd", new Report.GroupInfo("odd", "Seuturyhmä", "SUBREGIONAL"));
        groups.put("lost", new Report.GroupInfo("lost", "Kadonnut alue", "REGIONAL", "mystery", List.of(),
                List.of(), List.of(), List.of(), List.of(), 0));
        Document doc = parse(HtmlTestReports.render(known.withGroups(groups)));
        assertEquals("Groups outside the model's tiers", doc.selectFirst("#tier-other h2").text());
        assertEquals("Seuturyhmä", doc.selectFirst("#tier-other article.card h3").text());
        assertEquals(List.of("Whole region", "Länsi", "Itä", "Pohjoinen", "mystery"),
                doc.select("table.matrix tbody th .row-name").eachText());
        assertEquals("green", colours(doc).get(4).get(1));
    }

    @Test
    void theSameReportGivesTheSamePage() {
        assertEquals(HtmlTestReports.render(HtmlTestReports.hostile()),
                HtmlTestReports.render(HtmlTestReports.hostile()));
    }

    private static Element card(Document doc, String groupId) {
        return doc.select("article.card").stream()
                .filter(c -> groupId.equals(c.selectFirst(".group-id").text())).findFirst().orElseThrow();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRendererTest.class.getResourceAsStream("/pkcheck/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
