package fi.perhekeskus.pkcheck.render;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Paints the inline SVG charts of pkcheck's pages into the PDF with Java 2D, as vector graphics. It knows the
 * little SVG the chart writer uses (rect, line, polyline, circle and text with plain presentation attributes)
 * rather than all of SVG, which would take a whole SVG library (Batik) for one chart; anything else in an SVG
 * is left out.
 */
final class PdfSvgDrawer implements SVGDrawer {

    private Font font;

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        // the chart's text is always in the bundled DejaVu Sans
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
        // the same
    }

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext context, double cssWidth, double cssHeight,
                                  double dotsPerPixel) {
        if (font == null) {
            font = PdfRenderer.awtFont(false);
        }
        double width = number(svg.getAttribute("width"), 300);
        double height = number(svg.getAttribute("height"), 150);
        return new Chart(svg, width, height, dotsPerPixel, font);
    }

    @Override
    public void close() {
        // nothing held
    }

    static double number(String value, double otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Double.parseDouble(value.replace("px", "").trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** One SVG element, laid out at its own size in CSS pixels. */
    private record Chart(Element svg, double width, double height, double dotsPerPixel, Font font)
            implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width * dotsPerPixel);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height * dotsPerPixel);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            // openhtmltopdf places at (x, y) in its dots a Graphics2D whose units are CSS pixels, width by height
            device.drawWithGraphics((float) x, (float) y, (float) width, (float) height, g -> {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                paint(g, svg);
            });
        }

        private void paint(Graphics2D g, Element parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    draw(g, e);
                }
            }
        }

        private void draw(Graphics2D g, Element e) {
            String name = e.getLocalName() != null ? e.getLocalName() : e.getTagName();
            switch (name) {
                case "rect" -> fillAndStroke(g, e, new Rectangle2D.Double(d(e, "x"), d(e, "y"), d(e, "width"),
                        d(e, "height")));
                case "circle" -> fillAndStroke(g, e, new Ellipse2D.Double(d(e, "cx") - d(e, "r"),
                        d(e, "cy") - d(e, "r"), 2 * d(e, "r"), 2 * d(e, "r")));
                case "line" -> stroke(g, e, new Line2D.Double(d(e, "x1"), d(e, "y1"), d(e, "x2"), d(e, "y2")));
                case "polyline" -> stroke(g, e, polyline(e.getAttribute("points")));
                case "text" -> text(g, e);
                case "g" -> paint(g, e);
                default -> {
                    // title, desc and anything else: not drawn
                }
            }
        }

        private static Path2D polyline(String points) {
            Path2D path = new Path2D.Double();
            String[] pairs = points.trim().split("\\s+");
            for (int i = 0; i < pairs.length; i++) {
                String[] xy = pairs[i].split(",");
                double px = Double.parseDouble(xy[0]);
                double py = Double.parseDouble(xy[1]);
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            return path;
        }

        private static void fillAndStroke(Graphics2D g, Element e, java.awt.Shape shape) {
            Color fill = colour(e.getAttribute("fill"), Color.BLACK);
            if (fill != null) {
                g.setColor(fill);
                g.fill(shape);
            }
            if (!e.getAttribute("stroke").isEmpty()) {
                stroke(g, e, shape);
            }
        }

        private static void stroke(Graphics2D g, Element e, java.awt.Shape shape) {
            Color colour = colour(e.getAttribute("stroke"), null);
            if (colour == null) {
                return;
            }
            float width = (float) number(e.getAttribute("stroke-width"), 1);
            String dash = e.getAttribute("stroke-dasharray");
            g.setStroke(dash.isBlank() ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dashes(dash), 0));
            g.setColor(colour);
            g.draw(shape);
        }

        private static float[] dashes(String value) {
            String[] parts = value.trim().split("[\\s,]+");
            float[] result = new float[parts.length];
            for (int i = 0; i < parts.length; i++) {
                result[i] = (float) number(parts[i], 1);
            }
            return result;
        }

        private void text(Graphics2D g, Element e) {
            String value = e.getTextContent();
            g.setFont(font.deriveFont((float) number(e.getAttribute("font-size"), 12)));
            g.setColor(colour(e.getAttribute("fill"), Color.BLACK));
            double textWidth = g.getFontMetrics().getStringBounds(value, g).getWidth();
            double left = switch (e.getAttribute("text-anchor")) {
                case "middle" -> d(e, "x") - textWidth / 2;
                case "end" -> d(e, "x") - textWidth;
                default -> d(e, "x");
            };
            g.drawString(value, (float) left, (float) d(e, "y"));
        }

        private static double d(Element e, String attribute) {
            return number(e.getAttribute(attribute), 0);
        }

        /** {@code #rrggbb}, or {@code none} (null), or the default when the attribute is absent. */
        private static Color colour(String value, Color otherwise) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            if ("none".equals(value)) {
                return null;
            }
            if (value.matches("#[0-9a-fA-F]{6}")) {
                return new Color(Integer.parseInt(value.substring(1), 16));
            }
            return otherwise;
        }
    }
}
