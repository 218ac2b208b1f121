package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF renderer on its own: an HTML page (the readiness report, or a small page made for the case) laid out
 * on A4 pages, parsed back with PDFBox.
 */
class PdfRendererTest {

    private static String reportHtml;
    private static byte[] reportPdf;

    @BeforeAll
    static void renderTheReportOnce() throws IOException {
        reportHtml = HtmlTestReports.render(HtmlTestReports.known());
        reportPdf = new PdfRenderer().pdf(reportHtml, PdfRenderer.reportStylesheet());
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return normalised(stripper.getText(pdf));
    }

    private static String all(PDDocument pdf) throws IOException {
        return normalised(new PDFTextStripper().getText(pdf));
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang='en'><head><title>t</title>"
                + "<style>body { font-family: 'DejaVu Sans'; } .gone { display: none; }"
                + " .page { page-break-before: always; }</style></head><body>" + body + "</body></html>";
    }

    @Test
    void theReportIsOnA4PagesWithTheBundledFontsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reportPdf)) {
            assertTrue(pdf.getNumberOfPages() >= 1);
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 1.0, "A4 width");
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 1.0, "A4 height");
                assertEquals(595, page.getMediaBox().getWidth(), 1.0);
                assertEquals(842, page.getMediaBox().getHeight(), 1.0);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0, "text is set in a font");
        }
    }

    @Test
    void theReportHasTheVerdictAndTheTitleOnPageOne() throws IOException {
        Document html = Jsoup.parse(reportHtml);
        try (PDDocument pdf = Loader.loadPDF(reportPdf)) {
            String one = page(pdf, 1);
            assertTrue(one.contains(normalised(html.selectFirst("h1").text())), one);
            assertFalse(html.select(".tiles .tile").isEmpty());
            for (var tile : html.select(".tiles .tile")) {
                assertTrue(one.contains(normalised(tile.text())), "the verdict on page one: " + tile.text());
            }
            assertTrue(one.contains("ä"), "ä prints: " + one);
        }
    }

    @Test
    void thePageScriptIsNotPrinted() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reportPdf)) {
            String text = all(pdf);
            assertFalse(text.contains("addEventListener"), "the report's script is left out");
            assertFalse(text.contains("function"), "the report's script is left out");
        }
        byte[] bytes = new PdfRenderer().pdf(page("<p>Shown</p><script>var hidden = 'ScriptText';</script>"
                + "<p><script>document.write('InlineScript')</script>Also shown</p>"), null);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = all(pdf);
            assertTrue(text.contains("Shown") && text.contains("Also shown"), text);
            assertFalse(text.contains("ScriptText") || text.contains("InlineScript"), text);
        }
    }

    @Test
    void theScriptIsRemovedEvenWhereAStylesheetWouldShowIt() throws IOException {
        String stylesheet = "body { font-family: 'DejaVu Sans'; } script { display: block; }";
        byte[] bytes = new PdfRenderer().pdf(page("<p>Shown</p><script>var hidden = 'ScriptText';</script>"),
                stylesheet);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = all(pdf);
            assertTrue(text.contains("Shown"), text);
            assertFalse(text.contains("ScriptText"), "the script element is gone, not just hidden: " + text);
        }
    }

    @Test
    void openhtmltopdfLogsNothingOnTheCommandLinesStandardError() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(true);
        try {
            new PdfRenderer().pdf(page("<p>Quiet</p>"), null);
            assertFalse(com.openhtmltopdf.util.XRLog.isLoggingEnabled());
        } finally {
            com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        }
    }

    @Test
    void aRefreshMetaTagDoesNotStopThePage() throws IOException {
        String html = "<html><head><meta http-equiv='refresh' content='0; url=https://example.org/'>"
                + "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'\">"
                + "<meta charset='utf-8'></head><body><p style=\"font-family: 'DejaVu Sans'\">Still here</p>"
                + "</body></html>";
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().pdf(html, null))) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(all(pdf).contains("Still here"));
        }
    }

    @Test
    void withoutAStylesheetThePagesOwnStyleApplies() throws IOException {
        byte[] bytes = new PdfRenderer().pdf(page("<p>Visible</p><p class='gone'>Hidden by the page</p>"), null);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = all(pdf);
            assertTrue(text.contains("Visible"), text);
            assertFalse(text.contains("Hidden by the page"), "the page's own style hides it: " + text);
        }
    }

    @Test
    void aStylesheetReplacesThePagesOwnStyle() throws IOException {
        String stylesheet = "body { font-family: 'DejaVu Sans'; } .shown-now { display: none; }";
        byte[] bytes = new PdfRenderer().pdf(page("<p class='gone'>Hidden by the page</p>"
                + "<p class='shown-now'>Hidden by the stylesheet</p>"), stylesheet);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = all(pdf);
            assertTrue(text.contains("Hidden by the page"), "the page's style is gone: " + text);
            assertFalse(text.contains("Hidden by the stylesheet"), "the given stylesheet applies: " + text);
        }
    }

    @Test
    void pageBreaksGiveMorePagesEachA4() throws IOException {
        byte[] bytes = new PdfRenderer().pdf(page("<p>First page</p><p class='page'>Second page</p>"
                + "<p class='page'>Third page</p>"), null);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(3, pdf.getNumberOfPages());
            assertEquals("First page", page(pdf, 1));
            assertEquals("Second page", page(pdf, 2));
            assertEquals("Third page", page(pdf, 3));
            for (PDPage page : pdf.getPages()) {
                assertEquals(595.0, page.getMediaBox().getWidth(), 1.0);
                assertEquals(842.0, page.getMediaBox().getHeight(), 1.0);
            }
        }
        try (PDDocument pdf = Loader.loadPDF(new PdfRenderer().pdf(page("<p>Only</p>"), null))) {
            assertEquals(1, pdf.getNumberOfPages());
        }
    }

    @Test
    void regularAndBoldAreBothTheBundledDejaVuSans() throws IOException {
        byte[] bytes = new PdfRenderer().pdf(page("<p>Regular ä</p><p><b>Bold ö</b></p>"), null);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(all(pdf).contains("Regular ä") && all(pdf).contains("Bold ö"), all(pdf));
            java.util.Set<String> names = new java.util.TreeSet<>();
            PDPage page = pdf.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                names.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
            }
            assertTrue(names.contains("DejaVuSans"), names.toString());
            assertTrue(names.contains("DejaVuSans-Bold"), names.toString());
        }
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        byte[] again = new PdfRenderer().pdf(reportHtml, PdfRenderer.reportStylesheet());
        assertArrayEquals(reportPdf, again);
        String small = page("<p>Same</p>");
        assertArrayEquals(new PdfRenderer().pdf(small, null), new PdfRenderer().pdf(small, null));
    }

    @Test
    void theDatesAndTheNamesInsideThePdfAreFixed() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reportPdf)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            Calendar expected = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            expected.clear();
            expected.set(2000, Calendar.JANUARY, 1);
            assertEquals(expected.getTimeInMillis(), info.getCreationDate().getTimeInMillis());
            assertEquals(expected.getTimeInMillis(), info.getModificationDate().getTimeInMillis());
            assertEquals("pkcheck", info.getCreator());
            assertEquals("pkcheck", info.getProducer());
        }
    }

    @Test
    void theIdComesFromThePage() throws IOException {
        String a = page("<p>One page</p>");
        String b = page("<p>One page.</p>");
        COSArray idA = id(new PdfRenderer().pdf(a, null));
        COSArray idA2 = id(new PdfRenderer().pdf(a, null));
        COSArray idB = id(new PdfRenderer().pdf(b, null));
        assertEquals(idA.toString(), idA2.toString());
        assertNotEquals(idA.toString(), idB.toString(), "another page, another id");
        // the same page with another stylesheet keeps its id: the id is the page's
        COSArray idStyled = id(new PdfRenderer().pdf(a, "body { font-family: 'DejaVu Sans'; color: #333333; }"));
        assertEquals(idA.toString(), idStyled.toString());
    }

    private static COSArray id(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            COSArray id = pdf.getDocument().getDocumentID();
            assertTrue(id != null && id.size() == 2, "a PDF id");
            return id;
        }
    }

    @Test
    void theReportStylesheetIsPlainCssForA4InDejaVuSans() {
        String css = PdfRenderer.reportStylesheet();
        assertFalse(css.isBlank());
        assertTrue(css.contains(PdfRenderer.FONT_FAMILY), "names the bundled font");
        assertTrue(css.contains("@page"), "sets up the printed page");
        assertFalse(css.contains("var(--"), "no custom properties: openhtmltopdf knows none");
        assertEquals(css, PdfRenderer.reportStylesheet());
    }

    @Test
    void theFormatIsPdf() {
        assertEquals("pdf", PdfRenderer.FORMAT);
        assertEquals("DejaVu Sans", PdfRenderer.FONT_FAMILY);
    }

    @Test
    void theAwtFontsAreTheBundledRegularAndBold() {
        Font regular = PdfRenderer.awtFont(false);
        Font bold = PdfRenderer.awtFont(true);
        assertEquals("DejaVu Sans", regular.getFamily(java.util.Locale.ROOT));
        assertEquals("DejaVu Sans", bold.getFamily(java.util.Locale.ROOT));
        assertEquals("DejaVuSans", regular.getPSName());
        assertEquals("DejaVuSans-Bold", bold.getPSName());
        assertTrue(regular.canDisplay('ä') && regular.canDisplay('å'));
    }
}
