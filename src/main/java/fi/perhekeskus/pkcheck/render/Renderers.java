package fi.perhekeskus.pkcheck.render;

import java.util.ArrayList;
import java.util.Collections;
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

    /** The formats in the order the help lists them; fixed when the class loads, never changed after. */
    private static final Map<String, Supplier<Renderer>> ALL = registry();

    private Renderers() {
    }

    private static Map<String, Supplier<Renderer>> registry() {
        Map<String, Supplier<Renderer>> all = new LinkedHashMap<>();
        all.put("text", TextRenderer::new);
        all.put("json", JsonRenderer::new);
        all.put("markdown", MarkdownRenderer::new);
        all.put("csv", CsvRenderer::new);
        all.put("sarif", SarifRenderer::new);
        all.put("junit", JunitRenderer::new);
        all.put("html", HtmlRenderer::new);
        return Collections.unmodifiableMap(all);
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
        List<String> formats = new ArrayList<>(ALL.keySet());
        formats.add(PdfRenderer.FORMAT);
        return List.copyOf(formats);
    }
}
