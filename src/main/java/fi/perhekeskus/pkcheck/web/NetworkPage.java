package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.network.NetworkAnalysis;
import fi.perhekeskus.pkcheck.network.NetworkBuilder;
import fi.perhekeskus.pkcheck.network.NetworkGraph;
import fi.perhekeskus.pkcheck.network.NetworkWriters;
import fi.perhekeskus.pkcheck.network.PersonNaming;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network map of the uploaded data: the interactive page of {@code pkcheck network --format html}, people as
 * pseudonyms (keyed by the server's {@code PKCHECK_PSEUDONYM_KEY}), sent with the policy the page declares for
 * itself and no framing by another site.
 */
final class NetworkPage {

    private static final Pattern META_CSP = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"");

    private final ServeOptions options;
    private final Uploads uploads;
    private final CheckService checks;
    private final Clock clock;

    NetworkPage(ServeOptions options, Uploads uploads, CheckService checks, Clock clock) {
        this.options = options;
        this.uploads = uploads;
        this.checks = checks;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/network", ctx -> PageView.send(ctx, 200, "network",
                PageView.model(Pages.text(ctx, options), "/network", "network.title")));
        routes.post("/network", this::post);
    }

    private void post(Context ctx) {
        WebText text = Pages.formText(ctx, options);
        try (InMemoryUpload upload = uploads.read(ctx)) {
            CheckRequest request = ApiRoutes.request(ctx, options, upload);
            LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock);
            String html = checks.within(upload, () -> {
                Dataset data = new fi.perhekeskus.pkcheck.load.DatasetLoader().load(upload.paths());
                GovernanceModel governance = Pipeline.model(data, request.model(), upload.paths().get(0).getFileSystem());
                Facts facts = FactBuilder.build(data, governance, date);
                Set<String> people = new TreeSet<>();
                data.people().forEach(p -> people.add(p.id()));
                String key = System.getenv("PKCHECK_PSEUDONYM_KEY");
                NetworkGraph graph = NetworkBuilder.build(facts, PersonNaming.pseudonyms(new Pseudonymiser(people, key)));
                StringWriter out = new StringWriter();
                try {
                    NetworkWriters.byName("html").orElseThrow().write(graph, NetworkAnalysis.analyse(graph), new Messages(text.lang()), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toString();
            });
            Matcher csp = META_CSP.matcher(html);
            String policy = (csp.find() ? Pages.unescape(csp.group(1)) : SecurityHeaders.POLICY)
                    + "; frame-ancestors 'none'";
            ctx.header("Content-Security-Policy", policy).contentType("text/html; charset=utf-8").result(html);
        }
    }
}
