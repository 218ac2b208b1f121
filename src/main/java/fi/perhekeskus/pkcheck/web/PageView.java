package fi.perhekeskus.pkcheck.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import fi.perhekeskus.pkcheck.cli.Main;
import fi.perhekeskus.pkcheck.render.Language;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the pages from Mustache templates ({@code pkcheck/web/*.mustache}), which escape every value
 * ({@code {{name}}}); no template uses the unescaped form. Every page gets its language's texts, the language
 * switch and the tool's version.
 */
final class PageView {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("pkcheck/web");
    private static final Map<String, Mustache> TEMPLATES = new ConcurrentHashMap<>();

    private PageView() {
    }

    /** The model every page starts from: texts, language switch (links to {@code path}), version, title. */
    static Map<String, Object> model(WebText text, String path, String titleKey) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", text.all());
        model.put("lang", text.lang().name());
        model.put("version", Main.VERSION);
        model.put("title", text.get(titleKey));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            languages.add(Map.of("code", l.name(), "name", new WebText(l).get("lang.name"),
                    "href", path + "?lang=" + l.name(), "current", l == text.lang()));
        }
        model.put("languages", languages);
        return model;
    }

    static String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        TEMPLATES.computeIfAbsent(template, name -> FACTORY.compile(name + ".mustache")).execute(out, model);
        return out.toString();
    }

    static void send(Context ctx, int status, String template, Map<String, Object> model) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(render(template, model));
    }
}
