package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.render.Language;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** The {@code /api/} endpoints of web.md: fixed paths, fields, status codes and bodies. */
final class ApiRoutes {

    private final ServeOptions options;
    private final Uploads uploads;
    private final CheckService checks;
    private final Catalogue catalogue;
    private final WebHistory history;

    ApiRoutes(ServeOptions options, Uploads uploads, CheckService checks, Catalogue catalogue, WebHistory history) {
        this.options = options;
        this.uploads = uploads;
        this.checks = checks;
        this.catalogue = catalogue;
        this.history = history;
    }

    void register(RoutesConfig routes) {
        routes.get("/healthz", ctx -> ctx.contentType("text/plain; charset=utf-8").result("ok"));
        routes.get("/api/rules", ctx -> json(ctx, catalogue.rulesJson(language(ctx, ctx.queryParam("lang")))));
        routes.get("/api/models", ctx -> json(ctx, catalogue.modelsJson()));
        routes.post("/api/check", ctx -> report(ctx, false));
        routes.post("/api/meeting", ctx -> report(ctx, true));
        // An endpoint asked with a method it does not answer is 405 with the one it does, not "not found".
        for (String path : new String[] {"/healthz", "/api/rules", "/api/models"}) {
            routes.post(path, ctx -> notAllowed(ctx, "GET"));
            routes.put(path, ctx -> notAllowed(ctx, "GET"));
            routes.delete(path, ctx -> notAllowed(ctx, "GET"));
        }
        for (String path : new String[] {"/api/check", "/api/meeting"}) {
            routes.get(path, ctx -> notAllowed(ctx, "POST"));
            routes.put(path, ctx -> notAllowed(ctx, "POST"));
            routes.delete(path, ctx -> notAllowed(ctx, "POST"));
        }
    }

    private static void notAllowed(Context ctx, String allowed) {
        ctx.header("Allow", allowed);
        throw WebError.keyed(405, "methodNotAllowed", ctx.method().name(), allowed);
    }

    private void report(Context ctx, boolean meeting) {
        try (InMemoryUpload upload = uploads.read(ctx)) {
            CheckRequest request = request(ctx, options, upload);
            Pipeline.Result result;
            if (meeting) {
                request = request.meeting(Uploads.field(ctx, "meeting"), Uploads.field(ctx, "group"),
                        Uploads.field(ctx, "attendees"));
                result = checks.meeting(upload, request);
            } else {
                result = checks.check(upload, request);
                // only with --history: the optional field 'record' stores the run as check --record does
                if (history.wanted(Uploads.field(ctx, "record"))) {
                    WebHistory.Outcome outcome = history.record(result, request.lang());
                    ctx.header("X-Pkcheck-Recorded", outcome.recorded() ? String.valueOf(outcome.runId()) : "failed");
                }
            }
            String body = CheckService.render(result, request.format(), request.lang(), false);
            if ("html".equals(request.format())) {
                // The report's own inline style and script, by their hashes: the server's policy alone blocks them.
                ctx.header("Content-Security-Policy", Pages.embedding(body));
            }
            ctx.status(200).contentType(CheckService.contentType(request.format())).result(body);
        }
    }

    /** The form fields of a check; the language from the field, else the browser's, else the server's. */
    static CheckRequest request(Context ctx, ServeOptions options, InMemoryUpload upload) {
        String lang = Uploads.field(ctx, "lang");
        Language fallback = LanguageChoice.fromHeader(ctx.header("Accept-Language"), options.lang());
        CheckRequest request = CheckRequest.of(Uploads.field(ctx, "model"), Uploads.field(ctx, "date"), lang,
                fallback, Uploads.field(ctx, "format"));
        return upload.modelFile() == null ? request : request.withModelFile(upload.modelFile());
    }

    private Language language(Context ctx, String lang) {
        return LanguageChoice.of(lang, ctx.header("Accept-Language"), options.lang());
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }
}
