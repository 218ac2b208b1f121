package fi.perhekeskus.pkcheck.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;

/** The pages for people (filled in by the next commits). */
final class Pages {

    Pages(ServeOptions options, Uploads uploads, CheckService checks, Catalogue catalogue, Clock clock) {
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><title>pkcheck</title>"));
    }

    static boolean wantsHtml(Context ctx) {
        return WebServer.lower(ctx.header("Accept")).contains("text/html");
    }

    static void errorPage(Context ctx, WebError e, ServeOptions options) {
        ctx.status(e.status()).contentType("text/plain; charset=utf-8").result(e.getMessage());
    }
}
