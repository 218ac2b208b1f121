package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.RuleDescriptor;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reports every renderer must write: the cases of the renderer contract. */
final class ContractReports {

    static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    static final String FILE = "data/groups.yaml";

    static final List<RuleDescriptor> RULES = List.of(
            new RuleDescriptor("DATA-002", Severity.ERROR), new RuleDescriptor("DATA-003", Severity.ERROR),
            new RuleDescriptor("STRUCT-003", Severity.ERROR), new RuleDescriptor("CHAIR-001", Severity.ERROR),
            new RuleDescriptor("REP-001", Severity.ERROR), new RuleDescriptor("REP-002", Severity.ERROR),
            new RuleDescriptor("TERM-002", Severity.INFO), new RuleDescriptor("NET-001", Severity.WARNING));

    private ContractReports() {
    }

    /** The contract's cases by name. */
    static Map<String, Report> all() {
        return Map.of("empty", empty(), "one", one(), "many", many(), "no-location", noLocation(),
                "waived", waived(), "input-errors", inputErrors());
    }

    private static Report report(List<Finding> findings) {
        Map<String, Report.GroupInfo> groups = Map.of(
                "lansi-kr", new Report.GroupInfo("lansi-kr", "Läntinen koordinaatioryhmä", "REGIONAL", "lansi",
                        List.of(), List.of(new PersonRef("p001")), List.of(), List.of("NGO", "WELLBEING_REGION"),
                        List.of("536"), 7),
                "nokia-pk", new Report.GroupInfo("nokia-pk", "Nokian perhekeskus <script>alert(1)</script>",
                        "LOCAL", "lansi", List.of("536"), List.of(), List.of(), List.of("MUNICIPALITY"),
                        List.of("536"), 3));
        return new Report("pirkanmaa", "Pirkanmaa", "pirkanmaa", "Pirkanmaa", DATE, List.of("data"), findings, groups,
                List.of("PROVINCIAL", "REGIONAL", "LOCAL"),
                List.of(new Report.AreaInfo("lansi", "Läntinen perhekeskusalue", List.of("Nokia (536)"))));
    }

    static Report empty() {
        return report(List.of());
    }

    static Finding rep002() {
        return Finding.builder("REP-002", Severity.ERROR).subject("group", "lansi-kr").args("Nokia (536)", "lansi-kr")
                .at(new Location(FILE, 12, 5)).detail("municipality", "536").in("lansi-kr", Tier.REGIONAL).build();
    }

    static Report one() {
        return report(List.of(rep002()));
    }

    static Report many() {
        List<Finding> findings = new ArrayList<>();
        findings.add(rep002());
        findings.add(Finding.builder("REP-001", Severity.WARNING).subject("group", "nokia-pk")
                .args(List.of(OrganisationType.PARISH), 1, 0L).at(new Location(FILE, 40, 5))
                .detail("types", "PARISH").in("nokia-pk", Tier.LOCAL).build());
        findings.add(Finding.builder("CHAIR-001", Severity.ERROR).subject("group", "nokia-pk")
                .at(new Location(FILE, 40, 5)).in("nokia-pk", Tier.LOCAL).build());
        findings.add(Finding.builder("NET-001", Severity.WARNING).subject("person", "p001")
                .args(new PersonRef("p001"), 5, 4).at(new Location("data/people.yaml", 3, 5)).build());
        findings.add(Finding.builder("TERM-002", Severity.INFO).subject("membership", "lansi-kr/p001")
                .args(LocalDate.of(2024, 3, 31), 30L).at(new Location(FILE, 14, 9)).in("lansi-kr", Tier.REGIONAL)
                .build());
        return report(findings);
    }

    static Report noLocation() {
        return report(List.of(Finding.builder("STRUCT-003", Severity.ERROR).subject("municipality", "177")
                .args("Juupajoki (177)", Tier.LOCAL).in(null, Tier.LOCAL).build()));
    }

    static Report waived() {
        Finding chair = Finding.builder("CHAIR-001", Severity.ERROR).subject("group", "nokia-pk")
                .at(new Location(FILE, 40, 5)).in("nokia-pk", Tier.LOCAL).build();
        Waiver waiver = new Waiver("CHAIR-001", "group", "nokia-pk", "The chair is elected in April.",
                LocalDate.of(2024, 4, 30), new Location("waivers.yaml", 2, 5));
        return report(List.of(chair, rep002())).withWaivers(Map.of(chair, waiver));
    }

    static Report inputErrors() {
        return report(List.of(
                Finding.builder("DATA-002", Severity.ERROR).subject("membership", "lansi-kr/p999")
                        .key("DATA-002").args(new fi.perhekeskus.pkcheck.model.Word("subject.person"), "p999")
                        .at(new Location(FILE, 20, 9)).build(),
                Finding.builder("DATA-003", Severity.ERROR).subject("group", "nokia-pk")
                        .key("DATA-003.badEnumSuggest").args("tier", "local", "LOCAL")
                        .at(new Location(FILE, 38, 11)).build()));
    }
}
