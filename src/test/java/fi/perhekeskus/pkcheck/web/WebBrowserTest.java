package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Debian's headless Chromium driven by chromedriver through Selenium. A person
 * chooses the sample workbook in the file input, presses the one button and reads the verdict and a finding;
 * runs the meeting form; switches the language. No page logs anything to the console (script errors and
 * Content-Security-Policy violations land there). The start page and an answer are saved
 * for the README (in target/screenshots; in docs/images with {@code -Dscreenshots.update=true}).
 */
class WebBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path IMAGES = TestPaths.screenshots();

    static TestServer server;
    WebDriver driver;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
        server = new TestServer(20L * 1024 * 1024, Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriver open(String acceptLanguage) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=" + acceptLanguage);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        return driver;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(120));
    }

    private void assertNoConsoleMessages() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertEquals(List.of(), entries.stream().map(LogEntry::toString).toList(), "console messages");
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(IMAGES);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, IMAGES.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private void choose(Path file) {
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void aPersonChecksTheWorkbookAndReadsTheAnswerInFinnish() throws Exception {
        open("fi");
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(server.base);
        assertEquals("fi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("privacy")).getText().contains("ei tallenneta"));
        screenshot("web-start.png");
        choose(TestServer.WORKBOOK);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('date').value = '2024-03-01';");
        driver.findElement(By.id("check")).click();
        waiting().until(d -> !d.findElements(By.id("verdict")).isEmpty());
        assertEquals("3 virhettä, 4 varoitusta, 1 huomautus", driver.findElement(By.cssSelector("#verdict h1")).getText());
        assertEquals(7, driver.findElements(By.cssSelector("#downloads a[download]")).size(), "every format");
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.report")));
        String report = driver.findElement(By.tagName("body")).getText();
        assertTrue(report.contains("ei ole yhtään Kelan edustajaa"), "a finding of the report");
        driver.switchTo().defaultContent();
        driver.manage().window().setSize(new Dimension(1280, 1400));
        screenshot("web-answer.png");
        assertNoConsoleMessages();
    }

    @Test
    void theMeetingFormAnswersWhomToInvite() {
        open("en");
        driver.get(server.base + "meeting");
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), "Accept-Language");
        choose(TestServer.WORKBOOK);
        driver.findElement(By.id("load")).click();
        waiting().until(d -> !d.findElements(By.id("pick")).isEmpty());
        new Select(driver.findElement(By.id("group"))).selectByValue("etela-koordinaatioryhma");
        WebDriverWait wait = waiting();
        wait.until(d -> d.findElement(By.cssSelector("details[data-group='etela-koordinaatioryhma']"))
                .getAttribute("open") != null);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('date').value = '2024-03-14';");
        for (String person : new String[] {"p009", "p047"}) {
            driver.findElement(By.cssSelector("input[name='attendee.etela-koordinaatioryhma'][value='" + person + "']"))
                    .click();
        }
        driver.findElement(By.id("check-meeting")).click();
        waiting().until(d -> !d.findElements(By.id("verdict")).isEmpty());
        String verdict = driver.findElement(By.cssSelector("#verdict h1")).getText();
        assertTrue(verdict.startsWith("Quorate: "), verdict);
        String about = driver.findElement(By.cssSelector("#verdict p")).getText();
        assertTrue(about.startsWith("Eteläisen perhekeskusalueen koordinaatioryhmä: the meeting on ")
                && about.contains("2024") && !about.contains("@"), about);
        assertTrue(!driver.findElements(By.cssSelector("#invites td")).isEmpty(), "whom to invite, by name");
        assertNoConsoleMessages();
    }

    @Test
    void theLanguageSwitchChangesThePage() {
        open("fi");
        driver.get(server.base);
        driver.findElement(By.id("lang-sv")).click();
        waiting().until(d -> "sv".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertEquals("Granska ditt nätverks uppgifter", driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.id("lang-en")).click();
        waiting().until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        driver.findElement(By.linkText("Rules")).click();
        assertTrue(driver.findElement(By.id("REP-001")).getText().contains("REP-001"));
        assertNoConsoleMessages();
    }
}
