package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.RuleDescriptor;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports built by hand for the renderer tests: empty, one finding, many, without location, waived,
 * against a baseline, and full of hostile strings.
 */
final class RenderFixtures {

    static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    static final String DATASET = "sample-data/pirkanmaa";
    static final String GROUPS = "sample-data/pirkanmaa/groups.yaml";

    /** Hostile text: markup, quotes, entities, line breaks, a control character, a CDATA end. */
    static final String HOSTILE = "<script>alert(\"x\")</script> & ]]> 'q' \u0001 line\nbreak\r\n\ttab";

    /** One rule of each family, in catalogue order, with each severity at least once. */
    static final List<RuleDescriptor> RULES = List.of(
            new RuleDescriptor("DATA-001", Severity.ERROR),
            new RuleDescriptor("DATA-002", Severity.ERROR),
            new RuleDescriptor("STRUCT-003", Severity.ERROR),
            new RuleDescriptor("CHAIR-001", Severity.ERROR),
            new RuleDescriptor("REP-002", Severity.ERROR),
            new RuleDescriptor("SIZE-001", Severity.WARNING),
            new RuleDescriptor("ROLE-001", Severity.WARNING),
            new RuleDescriptor("TERM-002", Severity.WARNING),
            new RuleDescriptor("NET-003", Severity.INFO),
            new RuleDescriptor("MEET-005", Severity.INFO),
            new RuleDescriptor("WAIVER-002", Severity.WARNING));

    private RenderFixtures() {
    }

    static RenderContext context() {
        return context(Language.en);
    }

    static RenderContext context(Language language) {
        return new RenderContext(new Messages(language), false, "0.1.0", RULES);
    }

    static Report report(List<Finding> findings) {
        return new Report("pirkanmaa", "Pirkanmaa", "pirkanmaa", "Pirkanmaa", DATE, List.of(DATASET), findings,
                Map.of(), List.of("PROVINCIAL", "REGIONAL", "LOCAL"), List.of());
    }

    static Report empty() {
        return report(List.of());
    }

    /** REP-002 on the western group: Nokia (536) has no seat, at groups.yaml:41:5. */
    static Finding rep002() {
        return Finding.builder("REP-002", Severity.ERROR).subject("group", "lansi-koordinaatioryhma")
                .at(new Location(GROUPS, 41, 5)).args("Nokia (536)").detail("municipality", "536")
                .in("lansi-koordinaatioryhma", Tier.REGIONAL).build();
    }

    static Finding chair001(String group, int line) {
        return Finding.builder("CHAIR-001", Severity.ERROR).subject("group", group)
                .at(new Location(GROUPS, line, 3)).in(group, Tier.LOCAL).build();
    }

    static Finding size001() {
        return Finding.builder("SIZE-001", Severity.WARNING).subject("group", "etela-koordinaatioryhma")
                .at(new Location(GROUPS, 80, 0)).args(31, 8, 30).in("etela-koordinaatioryhma", Tier.REGIONAL)
                .build();
    }

    /** An INFO finding about no record in a file. */
    static Finding net003() {
        return Finding.builder("NET-003", Severity.INFO).subject("organisation", "srk-nokia").args("srk-nokia")
                .build();
    }

    /** A finding about no record in a file. */
    static Finding struct003() {
        return Finding.builder("STRUCT-003", Severity.ERROR).subject("municipality", "536")
                .args("Nokia (536)", Tier.LOCAL).detail("tier", "LOCAL").build();
    }

    static Report one() {
        return report(List.of(rep002()));
    }

    /** Every severity, two findings of one rule on one subject, one without location. */
    static Report many() {
        return report(List.of(rep002(), chair001("kuhmoinen-paikallinen", 10), chair001("kuhmoinen-paikallinen", 12),
                chair001("orivesi-paikallinen", 20), size001(), net003(), struct003()));
    }

    static Waiver waiverFor(Finding finding) {
        return new Waiver(finding.rule(), finding.subject().type(), finding.subject().id(),
                "The parish takes part through the regional group.", LocalDate.of(2024, 12, 31), null);
    }

    /** {@link #many()} with the REP-002 finding waived. */
    static Report waived() {
        return many().withWaivers(Map.of(rep002(), waiverFor(rep002())));
    }

    /** {@link #many()} against a baseline that already knew the SIZE-001 finding and one since fixed. */
    static Report baseline() {
        Baseline.Entry fixed = new Baseline.Entry("REP-001", "ERROR", new fi.perhekeskus.pkcheck.report.Subject(
                "group", "old"), "fixed since", null, "0123456789abcdef");
        Baseline old = new Baseline("old-report.json", Set.of(Fingerprint.of(size001()), fixed.fingerprint()),
                List.of(fixed));
        return many().withBaseline(old);
    }

    /** Hostile strings everywhere a report carries text from the data: ids, arguments, file names, reasons. */
    static Report hostile() {
        String longText = "x".repeat(20_000) + HOSTILE;
        Finding inId = Finding.builder("REP-002", Severity.ERROR).subject("group", HOSTILE)
                .at(new Location("data/<evil> & \"name\".yaml", 3, 1)).args(HOSTILE).detail("municipality", HOSTILE)
                .in(HOSTILE, Tier.LOCAL).build();
        Finding inArgs = Finding.builder("DATA-002", Severity.ERROR).subject("group", "g1")
                .at(new Location("data/ä ö/ryhmät.yaml", 7, 2)).args("group", longText).build();
        Finding sameName = Finding.builder("DATA-002", Severity.ERROR).subject("group", "g1")
                .at(new Location("data/other.yaml", 9, 2)).args("group", "\uD800 lone surrogate \uFFFF").build();
        Finding longId = Finding.builder("NET-003", Severity.INFO).subject("organisation", longText).args(longText)
                .build();
        Finding waivedOne = Finding.builder("CHAIR-001", Severity.ERROR).subject("group", "]]><!--")
                .at(new Location("C:\\data\\groups.yaml", 1, 1)).build();
        Waiver waiver = new Waiver("CHAIR-001", "group", "]]><!--", HOSTILE, LocalDate.of(2024, 12, 31), null);
        return new Report("pirkanmaa", HOSTILE, "pirkanmaa", HOSTILE, DATE, List.of(HOSTILE),
                List.of(inId, inArgs, sameName, longId, waivedOne), Map.of(), List.of(), List.of())
                .withWaivers(Map.of(waivedOne, waiver));
    }

    /** A sample region checked for real, with the rules that ran, as the CLI renders it. */
    record Checked(Report report, RenderContext context) {
    }

    static Checked sample(String region, Language language) {
        Pipeline.Result result = Pipeline.run(List.of(Path.of("sample-data", region)), null, List.of(), DATE,
                id -> true);
        return new Checked(result.report(), new RenderContext(new Messages(language), false, "0.1.0",
                result.rules()));
    }

    /** What {@code renderer} writes for {@code report}. */
    static String render(Renderer renderer, Report report, RenderContext context) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(report, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
