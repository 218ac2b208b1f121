package fi.perhekeskus.pkcheck.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * The readiness report for the provincial steering group: one self-contained HTML page (styles and the
 * small filter script inline, nothing fetched), written with a mustache template that escapes every value.
 * A Content-Security-Policy admits only the page's own style and script, by their hashes, so that even a
 * value that slipped through escaping could neither run nor load anything.
 */
public final class HtmlRenderer implements Renderer {

    private static final String ROOT = "pkcheck/html/";

    private final Mustache template;
    private final String css;
    private final String script;
    private final String csp;

    public HtmlRenderer() {
        this.template = new DefaultMustacheFactory(ROOT).compile("report.mustache");
        this.css = PageResources.text(ROOT + "report.css");
        this.script = PageResources.text(ROOT + "report.js");
        this.csp = "default-src 'none'; style-src '" + PageResources.cspHash(css) + "'; script-src '" + PageResources.cspHash(script)
                + "'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        HtmlView.Page page = new HtmlPageBuilder(report, context).build(csp, css, script);
        template.execute(out, page);
        out.flush();
    }


}
