package fi.perhekeskus.pkcheck.history;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The trend as an SVG line chart drawn here, on the server: open errors and warnings per run, oldest on the
 * left, each point labelled with its number, each run with its check date below. Nothing is fetched: the
 * SVG goes inline into the page. It uses only rect, line, polyline, circle and text with plain attributes, so
 * that the PDF's own small drawer ({@code render.PdfSvgDrawer}) can paint it too.
 */
final class TrendChart {

    static final int WIDTH = 680;
    static final int HEIGHT = 260;
    private static final int LEFT = 44;
    private static final int RIGHT = 20;
    private static final int TOP = 34;
    private static final int BOTTOM = 46;
    static final String RED = "#c62828";
    static final String AMBER = "#b26a00";
    private static final String GRID = "#d0d7de";
    private static final String INK = "#1f2328";
    private static final String MUTED = "#57606a";

    /** One run on the chart: its label below the axis and its two counts. */
    record Run(String label, long errors, long warnings) {
    }

    private TrendChart() {
    }

    /** The chart of {@code runs} (oldest first), titled for screen readers by {@code title} and {@code desc}. */
    static String svg(List<Run> runs, String title, String desc, String errorsLabel, String warningsLabel) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            x.writeStartElement("svg");
            x.writeDefaultNamespace("http://www.w3.org/2000/svg");
            attrs(x, "class", "chart", "role", "img", "width", WIDTH, "height", HEIGHT,
                    "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "aria-labelledby", "chart-title chart-desc");
            x.writeStartElement("title");
            x.writeAttribute("id", "chart-title");
            x.writeCharacters(title);
            x.writeEndElement();
            x.writeStartElement("desc");
            x.writeAttribute("id", "chart-desc");
            x.writeCharacters(desc);
            x.writeEndElement();
            long max = Math.max(1, runs.stream().mapToLong(r -> Math.max(r.errors(), r.warnings())).max().orElse(1));
            long step = niceStep(max);
            long top = ((max + step - 1) / step) * step;
            double plotHeight = HEIGHT - TOP - BOTTOM;
            double plotWidth = WIDTH - LEFT - RIGHT;
            for (long v = 0; v <= top; v += step) {
                double y = TOP + plotHeight - plotHeight * v / top;
                empty(x, "line", "x1", LEFT, "y1", fmt(y), "x2", WIDTH - RIGHT, "y2", fmt(y), "stroke", GRID,
                        "stroke-width", "1");
                text(x, String.valueOf(v), LEFT - 6, y + 4, "end", MUTED, "11");
            }
            List<double[]> errors = new ArrayList<>();
            List<double[]> warnings = new ArrayList<>();
            int every = Math.max(1, (int) Math.ceil(runs.size() / 10.0));
            for (int i = 0; i < runs.size(); i++) {
                double xPos = runs.size() == 1 ? LEFT + plotWidth / 2 : LEFT + 30 + (plotWidth - 60) * i / (runs.size() - 1);
                errors.add(new double[] {xPos, TOP + plotHeight - plotHeight * runs.get(i).errors() / top});
                warnings.add(new double[] {xPos, TOP + plotHeight - plotHeight * runs.get(i).warnings() / top});
                if (i % every == 0 || i == runs.size() - 1) {
                    text(x, runs.get(i).label(), xPos, HEIGHT - BOTTOM + 18, "middle", INK, "11");
                }
            }
            empty(x, "line", "x1", LEFT, "y1", TOP + plotHeight, "x2", WIDTH - RIGHT, "y2", TOP + plotHeight,
                    "stroke", MUTED, "stroke-width", "1");
            series(x, warnings, runs.stream().map(Run::warnings).toList(), AMBER, "6 4");
            series(x, errors, runs.stream().map(Run::errors).toList(), RED, null);
            legend(x, 0, errorsLabel, RED, null);
            legend(x, 1, warningsLabel, AMBER, "6 4");
            x.writeEndElement();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the chart", e);
        }
        return text.toString();
    }

    /** 1, 2 or 5 times a power of ten, so that the axis has at most five lines above zero. */
    static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (step * m) <= 5) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static void series(XMLStreamWriter x, List<double[]> points, List<Long> values, String colour,
                               String dash) throws XMLStreamException {
        StringBuilder line = new StringBuilder();
        points.forEach(p -> line.append(line.length() == 0 ? "" : " ").append(fmt(p[0])).append(',').append(fmt(p[1])));
        if (points.size() > 1) {
            List<Object> a = new ArrayList<>(List.of("points", line.toString(), "fill", "none", "stroke", colour,
                    "stroke-width", "2.5"));
            if (dash != null) {
                a.addAll(List.of("stroke-dasharray", dash));
            }
            empty(x, "polyline", a.toArray());
        }
        for (int i = 0; i < points.size(); i++) {
            double[] p = points.get(i);
            empty(x, "circle", "cx", fmt(p[0]), "cy", fmt(p[1]), "r", "4", "fill", colour);
            text(x, String.valueOf(values.get(i)), p[0], p[1] - 8, "middle", colour, "12");
        }
    }

    private static void legend(XMLStreamWriter x, int index, String label, String colour, String dash)
            throws XMLStreamException {
        double left = LEFT + index * 170.0;
        List<Object> a = new ArrayList<>(List.of("x1", fmt(left), "y1", "14", "x2", fmt(left + 28), "y2", "14",
                "stroke", colour, "stroke-width", "2.5"));
        if (dash != null) {
            a.addAll(List.of("stroke-dasharray", dash));
        }
        empty(x, "line", a.toArray());
        text(x, label, left + 34, 18, "start", INK, "12");
    }

    private static void text(XMLStreamWriter x, String value, double xPos, double y, String anchor, String colour,
                             String size) throws XMLStreamException {
        x.writeStartElement("text");
        attrs(x, "x", fmt(xPos), "y", fmt(y), "text-anchor", anchor, "fill", colour, "font-size", size);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void empty(XMLStreamWriter x, String name, Object... attributes) throws XMLStreamException {
        x.writeEmptyElement(name);
        attrs(x, attributes);
    }

    private static void attrs(XMLStreamWriter x, Object... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            x.writeAttribute((String) attributes[i], String.valueOf(attributes[i + 1]));
        }
    }

    /** A coordinate with at most one decimal, always with a point. */
    private static String fmt(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
