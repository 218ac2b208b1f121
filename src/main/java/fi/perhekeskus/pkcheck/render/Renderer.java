package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. One implementation per format, chosen by name in {@link Renderers}. */
public interface Renderer {

    /** The format's name as given to {@code --format}. */
    String name();

    void render(Report report, RenderContext context, Writer out) throws IOException;
}
