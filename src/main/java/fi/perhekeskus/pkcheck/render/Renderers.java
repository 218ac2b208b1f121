package fi.perhekeskus.pkcheck.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registry of report formats. A renderer is made only when its format is asked for: some prepare
 * templates or XML factories, which a run in another format should not pay for at start-up.
 */
public final class Renderers {

    private static final Map<String, Supplier<Renderer>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("text", TextRenderer::new);
        ALL.put("json", JsonRenderer::new);
        ALL.put("markdown", MarkdownRenderer::new);
        ALL.put("csv", CsvRenderer::new);
        ALL.put("sarif", SarifRenderer::new);
        ALL.put("junit", JunitRenderer::new);
        ALL.put("html", HtmlRenderer::new);
    }

    private Renderers() {
    }

    /** A new renderer of the format {@code name}, if there is one. */
    public static Optional<Renderer> byName(String name) {
        return Optional.ofNullable(ALL.get(name)).map(Supplier::get);
    }

    /** The formats' names, in the order the help lists them. */
    public static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /**
     * Every format a report can be written in: the renderers' and {@code pdf}, the HTML page laid out on A4 by
     * {@link PdfRenderer} (binary, so not a {@link Renderer} that writes text).
     */
    public static List<String> formats() {
        List<String> formats = new java.util.ArrayList<>(ALL.keySet());
        formats.add(PdfRenderer.FORMAT);
        return List.copyOf(formats);
    }
}
