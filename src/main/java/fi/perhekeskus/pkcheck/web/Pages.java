package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.Console;
import fi.perhekeskus.pkcheck.cli.Main;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.convert.Template;
import fi.perhekeskus.pkcheck.convert.TemplateWorkbook;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.load.ValueWords;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.render.NotReadText;
import fi.perhekeskus.pkcheck.render.Renderers;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages for people, Finnish first: the start page and its answer, the templates, the rules and the models;
 * the pre-meeting form and the network map are in {@link MeetingPages} and {@link NetworkPage}. Forms post
 * ordinary {@code multipart/form-data} and work without JavaScript; the answer carries every report format as a
 * download inside the page, so nothing is kept on the server between requests.
 */
final class Pages {

    private static final Pattern META_CSP = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");

    private final ServeOptions options;
    private final Uploads uploads;
    private final CheckService checks;
    private final Catalogue catalogue;
    private final WebHistory history;
    private final MeetingPages meeting;
    private final NetworkPage network;

    Pages(ServeOptions options, Uploads uploads, CheckService checks, Catalogue catalogue, WebHistory history,
          Clock clock) {
        this.options = options;
        this.uploads = uploads;
        this.checks = checks;
        this.catalogue = catalogue;
        this.history = history;
        this.meeting = new MeetingPages(options, uploads, checks, clock);
        this.network = new NetworkPage(options, uploads, checks, clock);
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::start);
        routes.post("/check", this::check);
        routes.get("/templates", this::templates);
        routes.get("/templates/{file}", this::template);
        routes.get("/rules", this::rules);
        routes.get("/history", this::history);
        routes.get("/models", ctx -> models(ctx, null));
        routes.get("/models/{id}", ctx -> models(ctx, ctx.pathParam("id")));
        routes.get("/favicon.ico", ctx -> ctx.status(204));
        routes.get("/static/web.css", ctx -> resource(ctx, "web.css", "text/css; charset=utf-8"));
        routes.get("/static/web.js", ctx -> resource(ctx, "web.js", "text/javascript; charset=utf-8"));
        meeting.register(routes);
        network.register(routes);
    }

    /** The language of a page: {@code ?lang=}, else the browser's, else the server's. */
    static WebText text(Context ctx, ServeOptions options) {
        return new WebText(LanguageChoice.of(ctx.queryParam("lang"), ctx.header("Accept-Language"), options.lang()));
    }

    /** The language of a form's answer: its {@code lang} field, else as {@link #text}. */
    static WebText formText(Context ctx, ServeOptions options) {
        String lang;
        try {
            lang = ctx.isMultipart() ? Uploads.field(ctx, "lang") : ctx.queryParam("lang");
        } catch (WebError e) {
            lang = ctx.queryParam("lang");
        }
        return new WebText(LanguageChoice.of(lang, ctx.header("Accept-Language"), options.lang()));
    }

    private void start(Context ctx) {
        WebText text = text(ctx, options);
        Map<String, Object> model = PageView.model(text, "/", "start.title");
        model.put("models", catalogue.models());
        model.put("history", history.on());
        model.put("historyOn", history.on());
        PageView.send(ctx, 200, "start", model);
    }

    private void check(Context ctx) {
        WebText text = formText(ctx, options);
        try (InMemoryUpload upload = uploads.read(ctx)) {
            CheckRequest request = ApiRoutes.request(ctx, options, upload);
            Pipeline.Result result = checks.check(upload, request);
            String report = CheckService.render(result, "html", text.lang(), false);
            Map<String, Object> model = PageView.model(text, "/", "result.title");
            model.putAll(verdict(result.report(), text));
            model.put("checked", text.get("result.checked", String.join(", ", upload.names()),
                    new Messages(text.lang()).date(result.report().checkDate()), result.report().modelName()));
            List<Map<String, Object>> dataErrors = dataErrors(result.report(), new Messages(text.lang()));
            model.put("dataErrors", dataErrors);
            model.put("hasDataErrors", !dataErrors.isEmpty());
            notRead(model, result.report(), new Messages(text.lang()));
            model.put("downloads", downloads(result, text, report));
            model.put("report", report);
            if (history.wanted(Uploads.field(ctx, "record"))) {
                WebHistory.Outcome outcome = history.record(result, text.lang());
                model.put("recorded", outcome.recorded() ? text.get("result.recorded") : null);
                model.put("notRecorded", outcome.recorded() ? null : text.get("result.notRecorded", outcome.error()));
            }
            model.put("historyOn", history.on());
            ctx.header("Content-Security-Policy", embedding(report));
            PageView.send(ctx, 200, "result", model);
        }
    }

    /** The columns and sheets of the upload that were not read, for the pages' "not read" section. */
    static void notRead(Map<String, Object> model, Report report, Messages messages) {
        List<String> notRead = NotReadText.items(report.notRead(), messages);
        model.put("notRead", notRead);
        model.put("hasNotRead", !notRead.isEmpty());
    }

    /**
     * The verdict at the top: "Valmis: ei puutteita", or "3 virhettä, 4 varoitusta", and its colour; the notes
     * (INFO findings) counted after them, so that the heading never hides a finding the report lists.
     */
    static Map<String, Object> verdict(Report report, WebText text) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        List<String> parts = new ArrayList<>();
        if (errors == 0 && warnings == 0) {
            parts.add(text.get("verdict.ready"));
        }
        if (errors > 0) {
            parts.add(text.count("verdict.errors", errors));
        }
        if (warnings > 0) {
            parts.add(text.count("verdict.warnings", warnings));
        }
        if (infos > 0) {
            parts.add(text.count("verdict.infos", infos));
        }
        String verdict = String.join(", ", parts);
        Map<String, Object> model = new HashMap<>();
        model.put("verdict", verdict);
        model.put("verdictClass", errors > 0 ? "bad" : warnings > 0 ? "warn" : "good");
        return model;
    }

    /** The DATA findings as a person fixes them: file, sheet, row, what is wrong, in the page's language. */
    static List<Map<String, Object>> dataErrors(Report report, Messages messages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!f.rule().startsWith("DATA-")) {
                continue;
            }
            Location at = f.location();
            Map<String, Object> row = new HashMap<>();
            row.put("file", at == null ? "" : at.file());
            row.put("sheet", at == null || at.sheet() == null ? "" : at.sheet());
            row.put("row", at == null || at.line() <= 0 ? "" : String.valueOf(at.line()));
            row.put("message", messages.message(f));
            rows.add(row);
        }
        return rows;
    }

    /** Every report format as a link that downloads it from the page itself (a data: address). */
    private static List<Map<String, Object>> downloads(Pipeline.Result result, WebText text, String html) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (String format : Renderers.names()) {
            String body = format.equals("html") ? html : CheckService.render(result, format, text.lang(), false);
            String type = CheckService.contentType(format).replace(" ", "");
            links.add(Map.of("format", format, "label", text.get("format." + format),
                    "file", CheckService.fileName(format),
                    "href", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(
                            body.getBytes(StandardCharsets.UTF_8))));
        }
        return links;
    }

    /**
     * The page's policy widened by the embedded page's own: the hashes of its inline style and script, which
     * the report frame inherits.
     */
    static String embedding(String html) {
        Matcher m = META_CSP.matcher(html);
        if (!m.find()) {
            return SecurityHeaders.POLICY;
        }
        String styles = "";
        String scripts = "";
        for (String directive : unescape(m.group(1)).split(";")) {
            String d = directive.trim();
            if (d.startsWith("style-src ")) {
                styles += " " + hashes(d);
            } else if (d.startsWith("script-src ")) {
                scripts += " " + hashes(d);
            }
        }
        return SecurityHeaders.policy(styles.stripTrailing(), scripts.stripTrailing());
    }

    /** An attribute's text as the browser reads it: Mustache writes {@code '} and {@code =} as numeric entities. */
    static String unescape(String attribute) {
        Matcher m = Pattern.compile("&#(\\d+);").matcher(attribute);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString().replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static String hashes(String directive) {
        List<String> kept = new ArrayList<>();
        for (String source : directive.split("\\s+")) {
            if (source.startsWith("'sha256-") || source.startsWith("'sha384-") || source.startsWith("'sha512-")) {
                kept.add(source);
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The history as {@code pkcheck history --format html} writes it, inside the page; the page's policy widened
     * only by the hash of the history's own stylesheet. Without {@code --history}: a page that says it is off.
     */
    private void history(Context ctx) {
        WebText text = text(ctx, options);
        Map<String, Object> model = PageView.model(text, "/history", "webhistory.title");
        model.put("historyOn", history.on());
        if (!history.on()) {
            model.put("off", true);
            PageView.send(ctx, 404, "history", model);
            return;
        }
        String html;
        try {
            html = history.html(text.lang());
        } catch (fi.perhekeskus.pkcheck.history.HistoryException e) {
            model.put("error", Map.of("message", WebError.oneLine(e.message(new Messages(text.lang())))));
            PageView.send(ctx, 503, "history", model);
            return;
        }
        model.put("historyHtml", html);
        ctx.header("Content-Security-Policy", embedding(html));
        PageView.send(ctx, 200, "history", model);
    }

    private void templates(Context ctx) {
        WebText text = text(ctx, options);
        Map<String, Object> model = PageView.model(text, "/templates", "templates.title");
        List<Map<String, Object>> templates = new ArrayList<>();
        for (Catalogue.Model m : catalogue.models()) {
            templates.add(Map.of("id", m.id(), "name", m.name(), "label", text.get("templates.download", m.id())));
        }
        model.put("templates", templates);
        PageView.send(ctx, 200, "templates", model);
    }

    private void template(Context ctx) {
        String file = ctx.pathParam("file");
        String id = file.endsWith(".xlsx") ? file.substring(0, file.length() - 5) : file;
        if (!ModelLoader.BUILT_IN.contains(id)) {
            throw WebError.keyed(404, "noTemplate", WebError.oneLine(file), String.join(", ", ModelLoader.BUILT_IN));
        }
        try (InMemoryUpload scratch = new InMemoryUpload(options)) {
            GovernanceModel model = fi.perhekeskus.pkcheck.cli.Pipeline.modelLoader().builtIn(id);
            WebText text = text(ctx, options);
            ValueWords.Lang words = ValueWords.Lang.valueOf(text.lang().name());
            byte[] bytes = scratch.write(id + ".xlsx", out -> new TemplateWorkbook(words).write(
                    Template.document(model), out));
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    // Named in the reader's language, ASCII only so that every browser keeps the name.
                    .header("Content-Disposition", "attachment; filename=\"" + text.get("templates.file", id) + "\"")
                    .result(bytes);
        }
    }

    private void rules(Context ctx) {
        WebText text = text(ctx, options);
        Map<String, Object> model = PageView.model(text, "/rules", "rules.title");
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Catalogue.Rule rule : catalogue.rules(text.lang())) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", rule.id());
            row.put("cls", rule.severity());
            row.put("severity", text.get("severity." + rule.severity()));
            row.put("title", rule.title());
            row.put("explanation", rule.explanation());
            rules.add(row);
        }
        model.put("rules", rules);
        PageView.send(ctx, 200, "rules", model);
    }

    private void models(Context ctx, String id) {
        WebText text = text(ctx, options);
        Map<String, Object> model = PageView.model(text, id == null ? "/models" : "/models/" + id, "models.title");
        model.put("models", catalogue.models());
        if (id != null) {
            if (!ModelLoader.BUILT_IN.contains(id)) {
                throw WebError.keyed(404, "noModel", WebError.oneLine(id), String.join(", ", ModelLoader.BUILT_IN));
            }
            model.put("demands", Map.of("name", catalogue.models().stream().filter(m -> m.id().equals(id))
                    .findFirst().orElseThrow().name(), "text", describe(id, text.lang())));
        }
        PageView.send(ctx, 200, "models", model);
    }

    /** What {@code pkcheck models ID --lang LANG} prints. */
    private static String describe(String id, Language lang) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new String[] {"models", id, "--lang", lang.name()}, new Console(new PrintWriter(out),
                new PrintWriter(err), Map.of(), false, Clock.systemDefaultZone()));
        return out.toString();
    }

    private static void resource(Context ctx, String name, String type) {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream("pkcheck/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("pkcheck/web/" + name + " is missing from the application");
            }
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean wantsHtml(Context ctx) {
        return WebServer.lower(ctx.header("Accept")).contains("text/html");
    }

    /** An error as a page: what went wrong in one line, and where, in the page's language. */
    static void errorPage(Context ctx, WebError e, ServeOptions options) {
        WebText text = formText(ctx, options);
        String back = ctx.path().startsWith("/meeting") ? "/meeting" : ctx.path().startsWith("/network") ? "/network" : "/";
        Map<String, Object> model = PageView.model(text, back, "error.title");
        Map<String, Object> error = new HashMap<>();
        error.put("message", e.message(text.lang()));
        if (e.file() != null) {
            String where = e.file() + (e.sheet() != null ? " › " + e.sheet() : "")
                    + (e.line() != null ? ", " + text.get("result.row").toLowerCase(text.lang().locale()) + " "
                    + e.line() : "");
            error.put("where", where);
        }
        model.put("error", error);
        model.put("back", back + "?lang=" + text.lang().name());
        PageView.send(ctx, e.status(), "error", model);
    }
}
