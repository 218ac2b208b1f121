package fi.perhekeskus.pkcheck.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pkcheck serve}: Javalin on an embedded Jetty 12. One warm JVM: the built-in rule base is loaded
 * once when the server starts and shared by every request, each check with its own session; an upload lives
 * in memory for its request only. Every response carries the {@link SecurityHeaders}; no response carries a
 * stack trace.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final ServeOptions options;
    private final CheckService checks;
    private final Javalin app;

    public WebServer(ServeOptions options, Clock clock) {
        this.options = options;
        this.checks = new CheckService(options, clock);
        Uploads uploads = new Uploads(options);
        Catalogue catalogue = new Catalogue();
        WebHistory history = new WebHistory(options.history(), clock);
        ApiRoutes api = new ApiRoutes(options, uploads, checks, catalogue, history);
        Pages pages = new Pages(options, uploads, checks, catalogue, history, clock);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            long limit = options.maxUpload();
            // The files may take the whole limit; the form's own framing comes on top (Uploads.FRAMING). A request
            // within both is read whole, and Uploads answers files over the limit with a 413: a part cut off by the
            // parser mid-stream would leave the client without an answer.
            config.http.maxRequestSize = limit + Uploads.FRAMING;
            config.jetty.multipartConfig.maxFileSize(limit + Uploads.FRAMING, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limit + Uploads.FRAMING, SizeUnit.BYTES);
            // Parts below this stay in memory: every part, since no request is larger than the limit.
            config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE,
                    limit + Uploads.FRAMING + 1), SizeUnit.BYTES);
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(stopTimeout(options));
                server.insertHandler(new GracefulHandler());
            });
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.routes.before(SecurityHeaders::apply);
            api.register(config.routes);
            pages.register(config.routes);
            config.routes.exception(WebError.class, (e, ctx) -> error(ctx, e));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, WebError.keyed(500, "internal"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                    error(ctx, WebError.keyed(404, "notFound", WebError.oneLine(ctx.path())));
                }
            });
            config.routes.error(405, ctx -> {
                // An endpoint's own 405 (ApiRoutes) has said which method it answers; Javalin's has said nothing.
                if (ctx.res().getHeader("Allow") == null) {
                    error(ctx, WebError.keyed(405, "methodNotAllowedHere", ctx.method().name()));
                }
            });
            config.router.javaLangErrorHandler((res, error) -> {
                LOG.error("request failed", error);
                res.setStatus(500);
            });
        });
    }

    /** Loads the rules, binds the port and starts answering; returns the port bound. */
    public int start() {
        checks.warmUp();
        app.start();
        return app.port();
    }

    /** The address the server answers on, as it prints it: {@code http://HOST:PORT/}. */
    public String address() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + app.port() + "/";
    }

    /** Stops taking requests, lets those in flight finish (up to the time limit), and stops. */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.warn("the server did not stop within {} ms: {}", stopTimeout(options), e.toString());
        }
        checks.close();
    }

    /** How long a stop waits for the requests in flight: a check's time limit, and at least five seconds. */
    static long stopTimeout(ServeOptions options) {
        return Math.max(5_000, options.timeLimit().toMillis() + 1_000);
    }

    /** An error as the request wants it: a page for a browser's form, JSON for the API. */
    private void error(Context ctx, WebError e) {
        if (ctx.path().startsWith("/api/") || !Pages.wantsHtml(ctx)) {
            // In the language the request asked for (its field 'lang', else the browser's, else the server's).
            ctx.status(e.status()).contentType("application/json; charset=utf-8")
                    .result(Json.error(e, Pages.formText(ctx, options).lang()));
        } else {
            Pages.errorPage(ctx, e, options);
        }
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
