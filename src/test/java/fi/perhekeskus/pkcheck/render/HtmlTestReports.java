package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Reports built by hand for the HTML tests: a three-tier region whose matrix has a known colour in every
 * cell, optionally with hostile text in every place a user's data reaches the page.
 */
final class HtmlTestReports {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String ATTR = "' onmouseover='alert(1)";

    static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    static final List<String> TIERS = List.of("PROVINCIAL", "REGIONAL", "LOCAL");

    private HtmlTestReports() {
    }

    /**
     * The known network. Expected matrix (rows: whole region, Länsi, Itä, Pohjoinen; columns: the tiers):
     * <pre>
     * whole region  green  grey   grey
     * Länsi         grey   red    green
     * Itä           grey   amber  red    (no local group: STRUCT-001)
     * Pohjoinen     grey   green  grey
     * </pre>
     */
    static Report known() {
        return build(false);
    }

    /** The same network with hostile text in names, ids, messages, paths and the waiver's reason. */
    static Report hostile() {
        return build(true);
    }

    private static Report build(boolean hostile) {
        String evil = hostile ? " " + SCRIPT + IMG + ATTR : "";
        List<Report.AreaInfo> areas = List.of(
                new Report.AreaInfo("lansi", "Länsi" + evil, List.of("Aalto (001)", "Berg" + evil + " (002)")),
                new Report.AreaInfo("ita", "Itä", List.of("Cee (003)")),
                new Report.AreaInfo("pohjoinen", "Pohjoinen", List.of("Dee (004)")));
        String chair = hostile ? SCRIPT : "p001";
        Map<String, Report.GroupInfo> groups = Map.of(
                "prov", new Report.GroupInfo("prov", "Ohjausryhmä" + evil, "PROVINCIAL", null, List.of(),
                        List.of(new PersonRef(chair)), List.of(new PersonRef("p002"), new PersonRef("p003")),
                        List.of("DIOCESE", "KELA", "MUNICIPALITY", "NGO", "WELLBEING_REGION"),
                        List.of("001", "002", "003", "004"), 20),
                "lansi-reg", new Report.GroupInfo("lansi-reg", "Länsi koordinaatio" + evil, "REGIONAL", "lansi",
                        List.of(), List.of(new PersonRef("p010")), List.of(),
                        List.of("MUNICIPALITY", "WELLBEING_REGION"), List.of("001"), 8),
                "ita-reg", new Report.GroupInfo("ita-reg", "Itä koordinaatio", "REGIONAL", "ita", List.of(),
                        List.of(new PersonRef("p020")), List.of(), List.of("KELA", "MUNICIPALITY"), List.of("003"), 9),
                "pohjoinen-reg", new Report.GroupInfo("pohjoinen-reg", "Pohjoinen koordinaatio", "REGIONAL",
                        "pohjoinen", List.of(), List.of(new PersonRef("p030")), List.of(), List.of("MUNICIPALITY"),
                        List.of("004"), 10),
                "aalto-local", new Report.GroupInfo("aalto-local", "Aallon perhekeskus", "LOCAL", "lansi",
                        List.of("001"), List.of(new PersonRef("p040")), List.of(), List.of("MUNICIPALITY"),
                        List.of("001"), 5));
        String file = "data/groups.yaml" + (hostile ? IMG : "");
        Finding term = Finding.builder("TERM-002", Severity.INFO).subject("membership", "prov/p003")
                .args("2024-03-31", 30).at(new Location(file, 12, 5)).in("prov", Tier.PROVINCIAL).build();
        Finding rep = Finding.builder("REP-002", Severity.ERROR).subject("group", "lansi-reg")
                .args("Berg" + evil + " (002)", "Länsi koordinaatio").at(new Location(file, 30, 5))
                .detail("municipality", "002").in("lansi-reg", Tier.REGIONAL).build();
        Finding title = Finding.builder("CHAIR-004", Severity.WARNING).subject("group", "lansi-reg")
                .args("varhaisen tuen palvelupäällikkö", new PersonRef("p010")).at(new Location(file, 31, 5))
                .in("lansi-reg", Tier.REGIONAL).build();
        Finding size = Finding.builder("SIZE-001", Severity.WARNING).subject("group", "ita-reg")
                .args(9, 10, 15).at(new Location(file, 40, 5)).in("ita-reg", Tier.REGIONAL).build();
        Finding missing = Finding.builder("STRUCT-001", Severity.ERROR).subject("area", "ita").variant("area")
                .args(Tier.LOCAL, "Itä", 0, 1).detail("tier", "LOCAL").in(null, Tier.LOCAL).build();
        Finding busy = Finding.builder("NET-001", Severity.WARNING).subject("person", chair)
                .args(new PersonRef(chair), 5, 4).build();
        Finding data = Finding.builder("DATA-002", Severity.ERROR).subject("membership", "aalto-local/p999")
                .args("person", "p999" + evil).at(new Location(file, 50, 7)).build();
        Report report = new Report("testmalli", "Testimalli" + evil, "testimaa", "Testimaa" + evil, DATE,
                List.of("data" + evil), List.of(term, rep, title, size, missing, busy, data), groups, TIERS, areas);
        Waiver waiver = new Waiver("CHAIR-004", "group", "lansi-reg", "Uusi puheenjohtaja valitaan keväällä" + evil,
                LocalDate.of(2024, 12, 31), null);
        return report.withWaivers(Map.of(title, waiver));
    }

    /** An empty report of the same region: nothing found. */
    static Report empty() {
        return new Report("testmalli", "Testimalli", "testimaa", "Testimaa", DATE, List.of("data"), List.of(),
                Map.of(), TIERS, List.of());
    }

    static RenderContext context(Language language) {
        return new RenderContext(new Messages(language), false, "0.1.0", List.of());
    }

    static String render(Report report, RenderContext context) {
        StringWriter out = new StringWriter();
        try {
            new HtmlRenderer().render(report, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String render(Report report) {
        return render(report, context(Language.en));
    }
}
