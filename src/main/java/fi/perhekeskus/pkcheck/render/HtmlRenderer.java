package fi.perhekeskus.pkcheck.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import fi.perhekeskus.pkcheck.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

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
        this.css = resource("report.css");
        this.script = resource("report.js");
        this.csp = "default-src 'none'; style-src '" + sha256(css) + "'; script-src '" + sha256(script)
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

    /** A text resource of the page, with line ends normalised as the browser does before hashing it. */
    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source expression of an inline element's text: {@code sha256-<base64>}. */
    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
