package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.OutputDeviceGraphicsDrawer;
import com.openhtmltopdf.extend.SVGDrawer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The SVG drawer: the chart's rect, line, polyline, circle and text painted with Java 2D, through a stand-in
 * output device onto an image (where each shape's pixels can be checked), and through the PDF renderer into a
 * PDF (where the shapes end up as vector paths and the text as text).
 */
class PdfSvgDrawerTest {

    private static final int WHITE = 0xffffff;

    // --- number() ------------------------------------------------------------------------------------------

    @Test
    void numbersAreReadWithOrWithoutPxAndFallBackOtherwise() {
        assertEquals(12.5, PdfSvgDrawer.number("12.5", 1));
        assertEquals(40, PdfSvgDrawer.number("40px", 1));
        assertEquals(7, PdfSvgDrawer.number(" 7 px ", 1));
        assertEquals(3, PdfSvgDrawer.number(null, 3));
        assertEquals(3, PdfSvgDrawer.number("", 3));
        assertEquals(3, PdfSvgDrawer.number("   ", 3));
        assertEquals(3, PdfSvgDrawer.number("wide", 3));
        assertEquals(-2, PdfSvgDrawer.number("-2", 3));
    }

    // --- the image's size ----------------------------------------------------------------------------------

    @Test
    void theIntrinsicSizeIsTheSvgSizeInDots() throws Exception {
        SVGDrawer.SVGImage image = new PdfSvgDrawer().buildSVGImage(svg("width='200' height='100px'", ""), null,
                null, 0, 0, 20);
        assertEquals(4000, image.getIntrinsicWidth());
        assertEquals(2000, image.getIntrinsicHeight());
        SVGDrawer.SVGImage rounded = new PdfSvgDrawer().buildSVGImage(svg("width='10.3' height='10.6'", ""),
                null, null, 0, 0, 1);
        assertEquals(10, rounded.getIntrinsicWidth());
        assertEquals(11, rounded.getIntrinsicHeight());
    }

    @Test
    void withoutASizeTheSvgIsThreeHundredByOneHundredFifty() throws Exception {
        SVGDrawer.SVGImage image = new PdfSvgDrawer().buildSVGImage(svg("", ""), null, null, 0, 0, 2);
        assertEquals(600, image.getIntrinsicWidth());
        assertEquals(300, image.getIntrinsicHeight());
        SVGDrawer.SVGImage bad = new PdfSvgDrawer().buildSVGImage(svg("width='auto' height='x'", ""), null, null,
                0, 0, 1);
        assertEquals(300, bad.getIntrinsicWidth());
        assertEquals(150, bad.getIntrinsicHeight());
    }

    @Test
    void theChartIsPlacedWhereTheDeviceSaysAtItsCssSize() throws Exception {
        List<float[]> calls = new ArrayList<>();
        BufferedImage image = blank(200, 100);
        SVGDrawer.SVGImage chart = new PdfSvgDrawer().buildSVGImage(svg("width='200' height='100'", ""), null,
                null, 0, 0, 20);
        chart.drawSVG(device(image, calls), null, 33.5, 44.25);
        assertEquals(1, calls.size());
        float[] call = calls.get(0);
        assertEquals(33.5f, call[0]);
        assertEquals(44.25f, call[1]);
        assertEquals(200f, call[2]);
        assertEquals(100f, call[3]);
    }

    // --- shapes --------------------------------------------------------------------------------------------

    @Test
    void aRectIsFilledInItsColourAndOnlyWithinItsBounds() throws Exception {
        BufferedImage image = draw("<rect x='10' y='20' width='30' height='40' fill='#ff0000'/>");
        assertEquals(0xff0000, rgb(image, 25, 40));
        assertEquals(0xff0000, rgb(image, 12, 22));
        assertEquals(0xff0000, rgb(image, 38, 58));
        assertEquals(WHITE, rgb(image, 8, 40));
        assertEquals(WHITE, rgb(image, 42, 40));
        assertEquals(WHITE, rgb(image, 25, 18));
        assertEquals(WHITE, rgb(image, 25, 62));
    }

    @Test
    void aRectWithoutFillIsBlackAndAnUnknownColourToo() throws Exception {
        BufferedImage image = draw("<rect x='10' y='10' width='20' height='20'/>"
                + "<rect x='50' y='10' width='20' height='20' fill='red'/>"
                + "<rect x='90' y='10' width='20' height='20' fill='#12345'/>");
        assertEquals(0x000000, rgb(image, 20, 20));
        assertEquals(0x000000, rgb(image, 60, 20));
        assertEquals(0x000000, rgb(image, 100, 20));
    }

    @Test
    void fillNoneLeavesTheInsideAndAStrokeDrawsTheOutline() throws Exception {
        BufferedImage image = draw("<rect x='10' y='10' width='40' height='40' fill='none' stroke='#00ff00'"
                + " stroke-width='4'/>");
        assertEquals(WHITE, rgb(image, 30, 30), "not filled");
        assertEquals(0x00ff00, rgb(image, 10, 30), "the left edge");
        assertEquals(0x00ff00, rgb(image, 30, 50), "the bottom edge");
    }

    @Test
    void aFilledRectWithAStrokeHasBoth() throws Exception {
        BufferedImage image = draw("<rect x='10' y='10' width='40' height='40' fill='#0000ff' stroke='#00ff00'"
                + " stroke-width='4'/>");
        assertEquals(0x0000ff, rgb(image, 30, 30));
        assertEquals(0x00ff00, rgb(image, 10, 30));
    }

    @Test
    void aStrokeOfNoneOrUpperCaseHexIsHandled() throws Exception {
        BufferedImage image = draw("<rect x='10' y='10' width='40' height='40' fill='#0000FF' stroke='none'"
                + " stroke-width='6'/>");
        assertEquals(0x0000ff, rgb(image, 30, 30), "upper-case hex is a colour");
        assertEquals(WHITE, rgb(image, 8, 30), "no stroke outside the fill");
    }

    @Test
    void aCircleIsFilledRoundItsCentre() throws Exception {
        BufferedImage image = draw("<circle cx='100' cy='50' r='20' fill='#0000ff'/>");
        assertEquals(0x0000ff, rgb(image, 100, 50));
        assertEquals(0x0000ff, rgb(image, 100, 33));
        assertEquals(0x0000ff, rgb(image, 83, 50));
        assertEquals(0x0000ff, rgb(image, 117, 50));
        assertEquals(0x0000ff, rgb(image, 100, 67));
        assertEquals(WHITE, rgb(image, 100, 27));
        assertEquals(WHITE, rgb(image, 123, 50));
        assertEquals(WHITE, rgb(image, 117, 67), "a circle, not a square");
    }

    @Test
    void aLineIsStrokedInItsColourAndWidth() throws Exception {
        BufferedImage image = draw("<line x1='0' y1='50' x2='200' y2='50' stroke='#00ff00' stroke-width='6'/>");
        assertEquals(0x00ff00, rgb(image, 100, 50));
        assertEquals(0x00ff00, rgb(image, 100, 48));
        assertEquals(0x00ff00, rgb(image, 100, 52));
        assertEquals(WHITE, rgb(image, 100, 45));
        assertEquals(WHITE, rgb(image, 100, 55));
    }

    @Test
    void aLineHasAWidthOfOneByDefault() throws Exception {
        BufferedImage image = draw("<line x1='0' y1='50.5' x2='200' y2='50.5' stroke='#00ff00'/>");
        assertEquals(0x00ff00, rgb(image, 100, 50));
        assertEquals(WHITE, rgb(image, 100, 48));
        assertEquals(WHITE, rgb(image, 100, 52));
    }

    @Test
    void aLineWithoutStrokeIsNotDrawn() throws Exception {
        BufferedImage image = draw("<line x1='0' y1='50' x2='200' y2='50' stroke-width='6'/>"
                + "<line x1='0' y1='20' x2='200' y2='20' stroke='none' stroke-width='6'/>");
        assertTrue(isBlank(image));
    }

    @Test
    void aDashedLineHasGaps() throws Exception {
        BufferedImage image = draw("<line x1='0' y1='50' x2='200' y2='50' stroke='#ff0000' stroke-width='6'"
                + " stroke-dasharray='10, 10'/>");
        assertEquals(0xff0000, rgb(image, 5, 50), "the first dash");
        assertEquals(WHITE, rgb(image, 15, 50), "the first gap");
        assertEquals(0xff0000, rgb(image, 25, 50), "the second dash");
        assertEquals(WHITE, rgb(image, 35, 50));
        // butt caps: the dash ends where it ends
        assertEquals(WHITE, rgb(image, 12, 50));
    }

    @Test
    void aDashedLineWithAnUnreadableDashUsesOne() throws Exception {
        BufferedImage image = draw("<line x1='0' y1='50' x2='200' y2='50' stroke='#ff0000' stroke-width='6'"
                + " stroke-dasharray='x 20'/>");
        // a dash one pixel long (anti-aliased, so only partly red), then a gap of twenty, then the next dash
        assertTrue(reddish(rgb(image, 0, 50)), "the first dash");
        assertEquals(WHITE, rgb(image, 3, 50), "the gap");
        assertEquals(WHITE, rgb(image, 10, 50), "the gap");
        assertEquals(WHITE, rgb(image, 19, 50), "the gap");
        assertTrue(reddish(rgb(image, 21, 50)) || reddish(rgb(image, 20, 50)), "the next dash");
    }

    @Test
    void aSolidLineHasRoundCaps() throws Exception {
        BufferedImage image = draw("<line x1='50' y1='50' x2='150' y2='50' stroke='#ff0000' stroke-width='10'/>");
        assertEquals(0xff0000, rgb(image, 47, 50), "the round cap reaches past the end");
        assertEquals(0xff0000, rgb(image, 153, 50));
    }

    @Test
    void aPolylineJoinsItsPoints() throws Exception {
        BufferedImage image = draw("<polyline points=' 10,90 100,90  100,10 ' stroke='#ff00ff' stroke-width='4'"
                + " fill='none'/>");
        assertEquals(0xff00ff, rgb(image, 50, 90), "the first segment");
        assertEquals(0xff00ff, rgb(image, 100, 50), "the second segment");
        assertEquals(WHITE, rgb(image, 50, 50), "no closing segment and no fill");
        assertEquals(WHITE, rgb(image, 5, 90), "it starts at the first point");
    }

    @Test
    void shapesInsideAGroupAreDrawnAndUnknownElementsAreNot() throws Exception {
        BufferedImage group = draw("<g><g><rect x='10' y='10' width='20' height='20' fill='#ff0000'/></g></g>");
        assertEquals(0xff0000, rgb(group, 20, 20));
        BufferedImage unknown = draw("<title>A chart</title><desc>words</desc>"
                + "<ellipse cx='100' cy='50' rx='40' ry='20' fill='#ff0000'/>"
                + "<path d='M0 0 L200 100' stroke='#ff0000'/>");
        assertTrue(isBlank(unknown));
    }

    @Test
    void elementsAreDrawnInOrderSoTheLastIsOnTop() throws Exception {
        BufferedImage image = draw("<rect x='10' y='10' width='40' height='40' fill='#ff0000'/>"
                + "<rect x='30' y='30' width='40' height='40' fill='#0000ff'/>");
        assertEquals(0xff0000, rgb(image, 20, 20));
        assertEquals(0x0000ff, rgb(image, 40, 40));
        assertEquals(0x0000ff, rgb(image, 60, 60));
    }

    // --- text ----------------------------------------------------------------------------------------------

    @Test
    void textIsDrawnFromItsAnchor() throws Exception {
        int[] start = inkColumns(draw("<text x='100' y='60' font-size='20' fill='#000000'>MMMM</text>"));
        int[] middle = inkColumns(draw("<text x='100' y='60' font-size='20' text-anchor='middle'>MMMM</text>"));
        int[] end = inkColumns(draw("<text x='100' y='60' font-size='20' text-anchor='end'>MMMM</text>"));
        assertTrue(start[0] >= 99 && start[0] <= 103, "start: begins at x " + start[0]);
        assertTrue(end[1] >= 96 && end[1] <= 101, "end: ends at x " + end[1]);
        assertTrue(middle[0] < 100 && middle[1] > 100, "middle: either side of x");
        int width = start[1] - start[0];
        assertTrue(width > 40, "four capital Ms at 20 px are wide: " + width);
        assertTrue(Math.abs((middle[0] + middle[1]) / 2 - 100) <= 2, "middle: centred " + middle[0] + ".." + middle[1]);
        assertTrue(Math.abs(end[1] - end[0] - width) <= 2 && Math.abs(middle[1] - middle[0] - width) <= 2);
    }

    @Test
    void textSitsOnItsBaselineInItsSizeAndColour() throws Exception {
        BufferedImage big = draw("<text x='10' y='60' font-size='40' fill='#ff0000'>H</text>");
        int[] rows = inkRows(big);
        assertTrue(rows[1] <= 60 && rows[1] >= 57, "the baseline at y 60: " + rows[1]);
        assertTrue(rows[1] - rows[0] > 25, "40 px capitals are about 29 px tall: " + (rows[1] - rows[0]));
        assertTrue(countColour(big, 0xff0000) > 20, "solid red strokes");
        BufferedImage small = draw("<text x='10' y='60'>H</text>");
        int[] smallRows = inkRows(small);
        int height = smallRows[1] - smallRows[0];
        assertTrue(height >= 6 && height <= 11, "12 px by default: " + height);
        assertEquals(0, countColour(small, 0xff0000));
        assertTrue(countColour(small, 0x000000) > 0, "black by default");
    }

    // --- into a PDF ----------------------------------------------------------------------------------------

    @Test
    void anInlineChartEndsUpInThePdfAsPathsAndText() throws IOException {
        String html = "<html><head><style>body { font-family: 'DejaVu Sans'; }</style></head><body>"
                + "<p>Before the chart</p>"
                + "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100' role='img'>"
                + "<title>Not drawn</title>"
                + "<rect x='10' y='10' width='50' height='20' fill='#123456'/>"
                + "<line x1='0' y1='90' x2='200' y2='90' stroke='#abcdef' stroke-width='2'/>"
                + "<polyline points='0,80 100,40 200,60' stroke='#ff8000' fill='none'/>"
                + "<circle cx='150' cy='20' r='5' fill='#00ff00'/>"
                + "<text x='100' y='60' font-size='14' text-anchor='middle'>Errors over time</text>"
                + "</svg><p>After the chart</p></body></html>";
        byte[] bytes = new PdfRenderer().pdf(html, null);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Errors over time"), "the SVG text is text in the PDF: " + text);
            assertTrue(text.contains("Before the chart") && text.contains("After the chart"), text);
            assertFalse(text.contains("Not drawn"), text);
            String chart = forms(pdf.getPage(0));
            // the SVG is flipped into PDF's upward y: the rect from y 10..30 of 100 lies at 70..90
            assertTrue(chart.contains("0.0706 0.2039 0.3373 sc"), "the rect's fill colour: " + chart);
            assertTrue(chart.contains("10 90 m\n60 90 l\n60 70 l\n10 70 l"), "the rect: " + chart);
            assertTrue(chart.contains("0.6706 0.8039 0.9373 SC"), "the line's stroke colour: " + chart);
            assertTrue(chart.contains("0 10 m\n200 10 l\nS"), "the line: " + chart);
            assertTrue(chart.contains("2 w"), "the line's width");
            assertTrue(chart.contains("0 20 m\n100 60 l\n200 40 l\nS"), "the polyline: " + chart);
            assertTrue(chart.contains("0 1 0 sc"), "the circle's fill: " + chart);
            assertTrue(chart.contains(" c\n"), "the circle's curves: " + chart);
            assertTrue(chart.contains("/F1 14 Tf") || chart.matches("(?s).*/F\\d+ 14 Tf.*"), "14 px text: " + chart);
        }
    }

    @Test
    void aChartIsDrawnTheSameEachTime() throws IOException {
        String html = "<html><body><svg xmlns='http://www.w3.org/2000/svg' width='120' height='60'>"
                + "<rect x='0' y='0' width='120' height='60' fill='#eeeeee'/><text x='5' y='30'>ä ö å</text>"
                + "</svg></body></html>";
        PdfRenderer renderer = new PdfRenderer();
        byte[] a = renderer.pdf(html, null);
        byte[] b = renderer.pdf(html, null);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
        try (PDDocument pdf = Loader.loadPDF(a)) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("ä ö å"));
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static String forms(PDPage page) throws IOException {
        StringBuilder all = new StringBuilder();
        for (COSName name : page.getResources().getXObjectNames()) {
            PDXObject x = page.getResources().getXObject(name);
            if (x instanceof PDFormXObject form) {
                all.append(new String(form.getContents().readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }

    private static Element svg(String attributes, String body) throws Exception {
        String text = "<svg xmlns='http://www.w3.org/2000/svg' " + attributes + ">" + body + "</svg>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    /** {@code body} drawn by the drawer into a white 200 by 100 image. */
    private static BufferedImage draw(String body) throws Exception {
        BufferedImage image = blank(200, 100);
        SVGDrawer.SVGImage chart = new PdfSvgDrawer().buildSVGImage(svg("width='200' height='100'", body), null,
                null, 200, 100, 1);
        chart.drawSVG(device(image, new ArrayList<>()), null, 0, 0);
        return image;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** An output device that only draws with graphics, onto {@code image}, and notes where. */
    private static OutputDevice device(BufferedImage image, List<float[]> calls) {
        return (OutputDevice) Proxy.newProxyInstance(PdfSvgDrawerTest.class.getClassLoader(),
                new Class<?>[] {OutputDevice.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("drawWithGraphics")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    calls.add(new float[] {(Float) args[0], (Float) args[1], (Float) args[2], (Float) args[3]});
                    Graphics2D g = image.createGraphics();
                    try {
                        ((OutputDeviceGraphicsDrawer) args[4]).render(g);
                    } finally {
                        g.dispose();
                    }
                    return null;
                });
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    private static boolean reddish(int rgb) {
        return ((rgb >> 16) & 0xff) == 0xff && (rgb & 0xff) < 0xe0 && ((rgb >> 8) & 0xff) < 0xe0;
    }

    private static boolean isBlank(BufferedImage image) {
        return countNot(image, WHITE) == 0;
    }

    private static int countNot(BufferedImage image, int colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += rgb(image, x, y) != colour ? 1 : 0;
            }
        }
        return n;
    }

    private static int countColour(BufferedImage image, int colour) {
        return image.getWidth() * image.getHeight() - countNot(image, colour);
    }

    /** The first and last column with ink (clearly darker than white). */
    private static int[] inkColumns(BufferedImage image) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (ink(image, x, y)) {
                    first = first < 0 ? x : first;
                    last = x;
                    break;
                }
            }
        }
        assertTrue(first >= 0, "some ink");
        return new int[] {first, last};
    }

    /** The first and last row with ink. */
    private static int[] inkRows(BufferedImage image) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (ink(image, x, y)) {
                    first = first < 0 ? y : first;
                    last = y;
                    break;
                }
            }
        }
        assertTrue(first >= 0, "some ink");
        return new int[] {first, last};
    }

    private static boolean ink(BufferedImage image, int x, int y) {
        int rgb = rgb(image, x, y);
        return ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 3 * 160;
    }
}
