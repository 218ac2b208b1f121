package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.render.HtmlChromium;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The interactive map of the Pirkanmaa sample in Debian's headless Chromium: it renders with no console
 * message (uncaught errors, Content-Security-Policy violations and Cytoscape's warnings all land there),
 * draws its canvas, and leaves a screenshot in docs/images/ for the README.
 */
class NetworkBrowserTest {

    private static final Path WORK = Path.of("target", "network-browser");

    @Test
    void pirkanmaaMapRendersWithoutConsoleErrors() throws Exception {
        assumeTrue(HtmlChromium.available(), "chromium is not installed");
        Dataset data = new DatasetLoader().load(List.of(Path.of("sample-data", "pirkanmaa")));
        var facts = FactBuilder.build(data, new ModelLoader().resolve("pirkanmaa", null, null), LocalDate.of(2024, 3, 1));
        Set<String> people = new java.util.TreeSet<>();
        data.people().forEach(p -> people.add(p.id()));
        NetworkGraph graph = NetworkBuilder.build(facts, PersonNaming.pseudonyms(new Pseudonymiser(people, "")));
        Files.createDirectories(WORK);
        Path page = WORK.resolve("network-pirkanmaa.html");
        try (var out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            new NetworkHtml().write(graph, NetworkAnalysis.analyse(graph), new Messages(Language.en), out);
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(html.contains("https://") || html.contains("http://cdn"), "nothing is fetched");

        HtmlChromium chromium = new HtmlChromium(WORK);
        HtmlChromium.Run dom = chromium.dumpDom(page);
        assertEquals(0, dom.exit(), dom.stderr());
        assertEquals(List.of(), dom.console(), "console messages");
        assertTrue(dom.stdout().contains("<canvas"), "Cytoscape drew its canvas");

        Path png = Path.of("docs", "images", "network-pirkanmaa.png");
        Files.createDirectories(png.getParent());
        HtmlChromium.Run shot = chromium.screenshot(page, png, 1400, 1000, 5000);
        assertEquals(0, shot.exit(), shot.stderr());
        assertEquals(List.of(), shot.console(), "console messages");
        assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
    }
}
