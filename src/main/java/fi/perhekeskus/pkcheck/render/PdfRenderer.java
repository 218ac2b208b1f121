package fi.perhekeskus.pkcheck.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code --format pdf}: an HTML page of pkcheck (the readiness report, the pre-meeting report, the history) laid
 * out on A4 pages by openhtmltopdf, with DejaVu Sans embedded so that ä, ö and å print everywhere. openhtmltopdf
 * reads XHTML, so the page is parsed with jsoup and handed over as a DOM; its script is dropped (a PDF runs
 * none), and where the page's stylesheet uses what openhtmltopdf does not know (custom properties, flex, grid)
 * a print stylesheet of plain CSS takes its place. The same page gives the same bytes: the dates and the id
 * inside the PDF come from the page, not from the clock.
 */
public final class PdfRenderer {

    /** The format's name. */
    public static final String FORMAT = "pdf";

    /** The font family the print stylesheets name. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONTS = "pkcheck/fonts/";

    /** The A4 print stylesheet of the readiness report, in place of its screen stylesheet. */
    public static String reportStylesheet() {
        return resource("pkcheck/html/report-pdf.css");
    }

    /**
     * The page as a PDF.
     *
     * @param stylesheet replaces the page's own {@code <style>}; null keeps it (it must be plain CSS then)
     */
    public byte[] pdf(String html, String stylesheet) throws IOException {
        // openhtmltopdf logs through java.util.logging to standard error, which is the command line's own
        XRLog.setLoggingEnabled(false);
        Document page = Jsoup.parse(html);
        page.select("script, meta[http-equiv]").remove();
        if (stylesheet != null) {
            page.select("head style").remove();
            Element style = page.head().appendElement("style");
            style.appendChild(new org.jsoup.nodes.DataNode(stylesheet));
        }
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(page), null)
                .useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM)
                .useSVGDrawer(new PdfSvgDrawer())
                .withProducer("pkcheck");
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL,
                true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument document = renderer.getPdfDocument();
            PDDocumentInformation info = document.getDocumentInformation();
            Calendar fixed = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2000, Calendar.JANUARY, 1);
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            info.setCreator("pkcheck");
            document.setDocumentId(id(html));
            document.save(out);
        }
        return out.toByteArray();
    }

    /** The PDF's id, from the page itself. */
    private static long id(String html) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (hash[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONTS + name);
        if (in == null) {
            throw new IllegalStateException("missing font " + FONTS + name);
        }
        return in;
    }

    /** The bundled regular or bold DejaVu Sans as an AWT font, for what is drawn with Java 2D. */
    static java.awt.Font awtFont(boolean bold) {
        try (InputStream in = font(bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf")) {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.FontFormatException e) {
            throw new IllegalStateException("the bundled font cannot be read", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
