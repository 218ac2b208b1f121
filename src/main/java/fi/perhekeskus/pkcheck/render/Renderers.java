package fi.perhekeskus.pkcheck.render;

import java.util.List;
import java.util.Optional;

/** The registry of report formats. */
public final class Renderers {

    private static final List<Renderer> ALL = List.of(new TextRenderer(), new JsonRenderer(),
            new MarkdownRenderer(), new CsvRenderer(), new SarifRenderer(), new JunitRenderer(),
            new HtmlRenderer());

    private Renderers() {
    }

    public static Optional<Renderer> byName(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Renderer::name).toList();
    }
}
