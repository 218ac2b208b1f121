package fi.perhekeskus.pkcheck.web;

import io.javalin.http.Context;

/**
 * The headers every response carries (docs/security.md, "The web app"): a Content-Security-Policy that loads
 * nothing from another host and lets no other site frame the page, and the usual companions. A page that
 * embeds a report widens its policy only by the hashes of the report's own inline style and script.
 */
final class SecurityHeaders {

    /** The policy of the server's own pages: its own stylesheet and script, forms posted only to itself. */
    static final String POLICY = policy("", "");

    private SecurityHeaders() {
    }

    static String policy(String extraStyles, String extraScripts) {
        return "default-src 'none'; style-src 'self'" + extraStyles + "; script-src 'self'" + extraScripts
                + "; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
        ctx.header("Cache-Control", "no-store");
    }
}
