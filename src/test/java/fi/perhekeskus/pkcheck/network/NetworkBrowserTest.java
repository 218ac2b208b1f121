package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.Console;
import fi.perhekeskus.pkcheck.cli.Main;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map of the Pirkanmaa sample, made by {@code pkcheck network --format html} and opened at 1400 × 900 in
 * Debian's Chromium through chromedriver: fitted to the window, every group's name legible and inside it, no dot
 * over a group's box, the groups the check found gaps in marked and their findings shown on a click, a filter
 * that zooms to what is left, an A4 print view that is a picture of the whole network, and no console message
 * at all. Leaves the screenshot in target/screenshots (in docs/images with {@code -Dscreenshots.update=true}).
 */
class NetworkBrowserTest {

    private static final Path WORK = Path.of("target", "network-browser");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The smallest font a group's name may be drawn in, in CSS pixels. */
    private static final double MIN_FONT_PX = 10.5;

    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "chromium is not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path page(String lang) throws Exception {
        Files.createDirectories(WORK);
        Path page = WORK.resolve("network-pirkanmaa-" + lang + ".html");
        Files.deleteIfExists(page);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"network", "sample-data/pirkanmaa", "--date", "2024-03-01", "--lang", lang,
            "--format", "html", "-o", page.toString()}, new Console(new PrintWriter(out), new PrintWriter(err),
                Map.of(), false, Clock.systemUTC()));
        assertEquals(0, code, err.toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(html.contains("https://") || html.contains("http://cdn") || html.contains("<script src")
                || html.contains("<link"), "nothing is fetched from another host");
        return page;
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js(
                "return !!(window.networkMap && networkMap.nodes().length > 0 && document.getElementById('print-map').src)")));
    }

    /** Every group's name: its font as drawn, its label's box and whether it lies in the map's box. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groupLabels() {
        return (List<Map<String, Object>>) js("var cy = networkMap, w = cy.width(), h = cy.height();"
                + "return cy.nodes('.group').filter(function (n) { return n.visible(); }).map(function (n) {"
                + "  var b = n.renderedBoundingBox({ includeLabels: true });"
                + "  return { id: n.id(), px: parseFloat(n.style('font-size')) * cy.zoom(),"
                + "    min: parseFloat(n.style('min-zoomed-font-size')), inside: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= w && b.y2 <= h,"
                + "    mark: n.hasClass('error') ? 'error' : n.hasClass('warning') ? 'warning' : null,"
                + "    border: parseFloat(n.style('border-width')), x: n.renderedPosition('x'), y: n.renderedPosition('y') };"
                + "});");
    }

    /** How much of the map's box the shown nodes cover: [width share, height share]. */
    @SuppressWarnings("unchecked")
    private static List<Number> filled() {
        return (List<Number>) js("var cy = networkMap, b = cy.nodes().filter(function (n) { return n.visible(); })"
                + ".renderedBoundingBox({ includeLabels: true });"
                + "return [b.w / cy.width(), b.h / cy.height(), b.x1, b.y1, b.x2 - cy.width(), b.y2 - cy.height()];");
    }

    private static void assertFitted(String when) {
        List<Number> f = filled();
        double w = f.get(0).doubleValue();
        double h = f.get(1).doubleValue();
        assertTrue(w >= 0.9 || h >= 0.9, when + ": the nodes fill the map one way or the other: " + f);
        assertTrue(w * h >= 0.45, when + ": no large empty part of the map: " + f);
        assertTrue(f.get(2).doubleValue() >= -1 && f.get(3).doubleValue() >= -1 && f.get(4).doubleValue() <= 1
                && f.get(5).doubleValue() <= 1, when + ": everything shown is inside the map: " + f);
    }

    private static List<String> console() {
        List<String> lines = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            lines.add(e.getLevel() + " " + e.getMessage());
        }
        return lines;
    }

    @Test
    void pirkanmaaMapIsFittedLegibleMarkedAndFilters() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Finding f : Pipeline.run(List.of(Path.of("sample-data", "pirkanmaa")), null, List.of(),
                LocalDate.of(2024, 3, 1), id -> true).report().findings()) {
            if (f.group() != null) {
                expected.add("group:" + f.group());
            }
        }
        assertFalse(expected.isEmpty(), "the sample has groups with findings to mark");

        open(page("en"));
        assertEquals(List.of(), console(), "console messages");
        assertFitted("on load");
        List<Map<String, Object>> labels = groupLabels();
        assertEquals(24, labels.size(), "every group of the sample is on the map");
        Set<String> marked = new TreeSet<>();
        for (Map<String, Object> l : labels) {
            double px = ((Number) l.get("px")).doubleValue();
            assertTrue(px >= MIN_FONT_PX, l.get("id") + " is drawn in " + px + " px");
            assertTrue(px >= ((Number) l.get("min")).doubleValue(), l.get("id") + " is above its zoomed-out limit");
            assertEquals(Boolean.TRUE, l.get("inside"), l.get("id") + "'s name lies inside the map");
            if (l.get("mark") != null) {
                marked.add((String) l.get("id"));
                assertTrue(((Number) l.get("border")).doubleValue() >= 4, l.get("id") + " has a wide coloured border");
            }
        }
        assertEquals(expected, marked, "exactly the groups with findings are marked");
        assertEquals(((Number) js("return networkMap.nodes('.badge').length")).intValue(), expected.size(),
                "each marked group has a badge with its count");
        Number covering = (Number) js("var groups = networkMap.nodes('.group');"
                + "return networkMap.nodes('.person, .organisation').filter(function (d) {"
                + "  var b = d.boundingBox({ includeLabels: false }); return groups.some(function (g) { var a = g.boundingBox({ includeLabels: false });"
                + "  return b.x1 < a.x2 && b.x2 > a.x1 && b.y1 < a.y2 && b.y2 > a.y1; }); }).length;");
        assertEquals(0, covering.intValue(), "no person's or organisation's dot lies on a group's box");
        Number personLabels = (Number) js("return networkMap.nodes('.person').filter(function (n) {"
                + "  return parseFloat(n.style('font-size')) * networkMap.zoom() >= parseFloat(n.style('min-zoomed-font-size'));"
                + "}).length;");
        assertEquals(0, personLabels.intValue(), "people's names wait for zoom or hover at the fitted size");

        Path png = TestPaths.screenshots().resolve("network-pirkanmaa.png");
        Files.createDirectories(png.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(png) > 50_000, "a screenshot with the map on it");

        // A click on a marked group shows its findings, the same rule ids the check gives.
        String target = expected.iterator().next();
        Map<?, ?> at = labels.stream().filter(l -> l.get("id").equals(target)).findFirst().orElseThrow();
        WebElement map = driver.findElement(By.id("map"));
        new Actions(driver).moveToElement(map, ((Number) at.get("x")).intValue() - map.getSize().getWidth() / 2,
                ((Number) at.get("y")).intValue() - map.getSize().getHeight() / 2).click().perform();
        WebElement details = driver.findElement(By.id("details"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> details.isDisplayed());
        String text = details.getText();
        assertTrue(text.contains("What pkcheck found"), text);
        assertFalse(details.findElements(By.cssSelector(".findings li")).isEmpty(), text);
        assertFalse(details.findElements(By.cssSelector(".says li")).isEmpty(), "measures in plain words: " + text);
        assertFalse(text.contains("Betweenness"), "the numbers wait behind 'The numbers': " + text);
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.getText().contains("Betweenness"), "the numbers on demand");
        driver.findElement(By.id("close")).click();

        // The filter zooms to what is left.
        // Here the area's part of the map is as tall as the whole, so the fit moves the view more than it zooms.
        String before = (String) js("return networkMap.zoom().toFixed(3) + ' ' + networkMap.pan().x.toFixed(0)");
        new Select(driver.findElement(By.id("area"))).selectByIndex(1);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !before.equals(
                js("return networkMap.zoom().toFixed(3) + ' ' + networkMap.pan().x.toFixed(0)")));
        assertFitted("after the area filter");
        for (Map<String, Object> l : groupLabels()) {
            assertEquals(Boolean.TRUE, l.get("inside"), l.get("id") + " inside the map after the filter");
        }
        new Select(driver.findElement(By.id("tier"))).selectByValue("LOCAL");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> filled().get(0).doubleValue() >= 0.9
                || filled().get(1).doubleValue() >= 0.9);
        assertFitted("after the tier filter");
        new Select(driver.findElement(By.id("tier"))).selectByIndex(0);
        new Select(driver.findElement(By.id("area"))).selectByIndex(0);
        assertFitted("with the filters cleared");
        assertEquals(List.of(), console(), "console messages");
    }

    @Test
    void printViewIsAPictureOfTheWholeNetworkOnA4Landscape() throws Exception {
        open(page("fi"));
        String title = driver.getTitle();
        assertTrue(title.contains("1.3.2024"), "the date as Finnish writes it: " + title);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            WebElement picture = driver.findElement(By.id("print-map"));
            assertTrue(picture.isDisplayed(), "the picture replaces the live map in print");
            assertFalse(driver.findElement(By.id("map")).isDisplayed());
            Number natural = (Number) js("return arguments[0].naturalWidth", picture);
            assertTrue(natural.intValue() >= 2000, "a picture sharp enough for A4, not a thumbnail: " + natural);
            int pageWidth = driver.findElement(By.tagName("body")).getSize().getWidth();
            assertTrue(picture.getSize().getWidth() >= 0.9 * pageWidth, "the picture spans the page");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        PrintOptions print = new PrintOptions();
        print.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        print.setPageSize(new PageSize(21.0, 29.7));
        print.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(print).getContent());
        String head = new String(pdf, 0, 5, StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", head);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        int pages = raw.split("/Type\\s*/Page[^s]", -1).length - 1;
        assertEquals(1, pages, "the map prints on one page");
        assertTrue(raw.contains("/Subtype /Image") || raw.contains("/Subtype/Image"), "the map prints as a picture");
        assertTrue(pdf.length > 150_000, "a full-size picture, " + pdf.length + " bytes");
        Files.write(WORK.resolve("network-pirkanmaa-fi.pdf"), pdf);
        assertEquals(List.of(), console(), "console messages");
    }
}
