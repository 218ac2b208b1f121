package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settling step as one: severity and off, waivers, WAIVER-001/002, the cap, the baseline and --fail-on. */
class SettlementTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static GovernanceModel model;

    @BeforeAll
    static void model(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, """
                id: m
                severity: { NET-003: WARNING }
                off: [NET-001]
                tiers:
                  - tier: PROVINCIAL
                    scope: REGION
                    chair: {}
                  - tier: LOCAL
                    scope: MUNICIPALITIES
                    represented: [NGO]
                    severity: { REP-001: WARNING }
                    off: [SIZE-001]
                """);
        model = fi.perhekeskus.pkcheck.model.TestModels.loader().resolve(file.toString(), null, null);
    }

    private static Finding finding(String rule, Severity severity, String type, String id, Tier tier) {
        return Finding.builder(rule, severity).subject(type, id).in(tier == null ? null : id, tier).build();
    }

    private static Waiver waiver(String rule, String type, String id, String until) {
        return new Waiver(rule, type, id, "agreed", LocalDate.parse(until), new Location("w.yaml", 3, 5));
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.subject().id()).toList();
    }

    @Test
    void theModelSetsSeverityPerTierAndSwitchesRulesOff() {
        List<Finding> fired = List.of(
                finding("REP-001", Severity.ERROR, "group", "local1", Tier.LOCAL),
                finding("REP-001", Severity.ERROR, "group", "prov", Tier.PROVINCIAL),
                finding("SIZE-001", Severity.WARNING, "group", "local1", Tier.LOCAL),
                finding("SIZE-001", Severity.WARNING, "group", "prov", Tier.PROVINCIAL),
                finding("NET-001", Severity.WARNING, "person", "p1", null),
                finding("NET-003", Severity.INFO, "organisation", "o1", null));
        Settlement.Settled settled = new Settlement(model, List.of(), 0).settle(fired, ON);
        assertEquals(List.of("REP-001 ERROR prov", "NET-003 WARNING o1", "REP-001 WARNING local1",
                "SIZE-001 WARNING prov"), keys(settled.findings()));
        assertEquals(Map.of(), settled.waived());
    }

    @Test
    void aWaiverOfAFindingTheModelSwitchesOffMatchesNothing() {
        List<Finding> fired = List.of(finding("SIZE-001", Severity.WARNING, "group", "local1", Tier.LOCAL),
                finding("NET-001", Severity.WARNING, "person", "p1", null));
        List<Waiver> waivers = List.of(waiver("SIZE-001", "group", "local1", "2025-01-01"),
                waiver("NET-001", "person", "p1", "2025-01-01"));
        Settlement.Settled settled = new Settlement(model, waivers, 0).settle(fired, ON);
        assertEquals(List.of("WAIVER-002 WARNING local1", "WAIVER-002 WARNING p1"), keys(settled.findings()));
        Finding first = settled.findings().get(0);
        assertEquals("group", first.subject().type());
        assertEquals(List.of("SIZE-001"), first.args());
        assertEquals("SIZE-001", first.details().get("waiverFor"));
        assertEquals(new Location("w.yaml", 3, 5), first.location());
        assertEquals(Map.of(), settled.waived());
    }

    @Test
    void anActiveWaiverMarksItsFindingAndAnExpiredOneIsReported() {
        Finding rep = finding("REP-001", Severity.ERROR, "group", "prov", Tier.PROVINCIAL);
        Finding chair = finding("CHAIR-001", Severity.ERROR, "group", "prov", Tier.PROVINCIAL);
        Waiver active = waiver("REP-001", "group", "prov", "2024-03-01");
        Waiver expired = waiver("CHAIR-001", "group", "prov", "2024-02-29");
        Settlement.Settled settled = new Settlement(model, List.of(active, expired), 0)
                .settle(List.of(rep, chair), ON);
        assertEquals(List.of("CHAIR-001 ERROR prov", "REP-001 ERROR prov", "WAIVER-001 WARNING prov"),
                keys(settled.findings()));
        assertEquals(Map.of(rep, active), settled.waived());
        Finding expiredFinding = settled.findings().get(2);
        assertEquals(List.of("CHAIR-001", LocalDate.parse("2024-02-29")), expiredFinding.args());
        assertEquals("2024-02-29", expiredFinding.details().get("until"));
        Report report = report(settled);
        assertTrue(Settlement.fails(report, Severity.ERROR), "the unwaived CHAIR-001 counts");
        Settlement.Settled onlyRep = new Settlement(model, List.of(active), 0).settle(List.of(rep), ON);
        assertFalse(Settlement.fails(report(onlyRep), Severity.INFO), "a waived finding does not count");
    }

    @Test
    void theModelCanSwitchOffOrRaiseTheWaiverRulesThemselves(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("quiet.yaml");
        Files.writeString(file, "id: quiet\noff: [WAIVER-002]\nseverity: { WAIVER-001: ERROR }\n"
                + "tiers: [ { tier: PROVINCIAL, scope: REGION } ]\n");
        GovernanceModel quiet = fi.perhekeskus.pkcheck.model.TestModels.loader().resolve(file.toString(), null, null);
        Settlement.Settled settled = new Settlement(quiet, List.of(waiver("X-001", "group", "a", "2025-01-01"),
                waiver("X-002", "group", "b", "2020-01-01")), 0).settle(List.of(), ON);
        assertEquals(List.of("WAIVER-001 ERROR b"), keys(settled.findings()));
    }

    @Test
    void beyondTheCapOneSummaryFindingCountsTheRest() {
        List<Finding> fired = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            fired.add(finding("DATA-003", i == 6 ? Severity.ERROR : Severity.WARNING, "person", "p" + i, null));
        }
        fired.add(finding("NET-003", Severity.INFO, "organisation", "o1", null));
        Settlement.Settled settled = new Settlement(model, List.of(waiver("DATA-003", "person", "p5", "2025-01-01")),
                3).settle(fired, ON);
        // The first three in report order (the error first), then one summary at the worst of the four left out.
        assertEquals(List.of("DATA-003 ERROR p6", "DATA-003 WARNING m", "DATA-003 WARNING p0", "DATA-003 WARNING p1",
                "NET-003 WARNING o1"), keys(settled.findings()));
        Finding summary = settled.findings().get(1);
        assertEquals("dataset", summary.subject().type());
        assertEquals(Settlement.CAPPED_KEY, summary.messageKey());
        assertEquals(List.of(4, "DATA-003", 3), summary.args());
        assertEquals(4, summary.details().get("omitted"));
        assertEquals(3, summary.details().get("limit"));
        assertEquals(Map.of(), settled.waived(), "p5 is past the cap, and its waiver still matched a finding");
        assertEquals(3, new Settlement(model, List.of(), 3).settle(fired.subList(0, 3), ON).findings().size());
        assertEquals(8, new Settlement(model, List.of(), 0).settle(fired, ON).findings().size());
        assertEquals(8, new Settlement(model, List.of(), 7).settle(fired, ON).findings().size());
    }

    @Test
    void theSummaryTakesTheWorstSeverityOfTheFindingsLeftOutOnly() {
        List<Finding> fired = List.of(finding("DATA-003", Severity.INFO, "person", "p2", null),
                finding("DATA-003", Severity.WARNING, "person", "p1", null),
                finding("DATA-003", Severity.ERROR, "person", "p0", null));
        List<Finding> listed = new Settlement(model, List.of(), 1).settle(fired, ON).findings();
        assertEquals(List.of("DATA-003 ERROR p0", "DATA-003 WARNING m"), keys(listed));
        assertEquals(2, listed.get(1).details().get("omitted"));
    }

    @Test
    void findingsInAnyOrderAndTwiceSettleAsSortedOnes() {
        List<Finding> sorted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Severity severity = Severity.values()[i % 3];
            sorted.add(finding(i % 2 == 0 ? "REP-001" : "SIZE-001", severity, "group", "g" + (i % 7),
                    i % 5 == 0 ? Tier.LOCAL : Tier.PROVINCIAL));
        }
        Finding.sort(sorted);
        List<Finding> shuffled = new ArrayList<>(sorted);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        shuffled.addAll(sorted.subList(0, 10));
        for (int cap : new int[] {0, 1, 3, 100}) {
            Settlement settlement = new Settlement(model, List.of(), cap);
            assertEquals(settlement.settle(sorted, ON).findings(), settlement.settle(shuffled, ON).findings(),
                    "cap " + cap);
        }
    }

    @Test
    void findingsThatTieAtTheModelsSeverityKeepTheOrderOfTheRulesOwn() {
        // Both become WARNING in a LOCAL group and differ only in their group, which the report order does not read.
        Finding error = Finding.builder("REP-001", Severity.ERROR).subject("group", "x").in("g2", Tier.LOCAL).build();
        Finding warning = Finding.builder("REP-001", Severity.WARNING).subject("group", "x").in("g1", Tier.LOCAL)
                .build();
        for (int cap : new int[] {0, 1}) {
            List<Finding> listed = new Settlement(model, List.of(), cap).settle(List.of(warning, error), ON).findings()
                    .stream().filter(f -> f.group() != null).toList();
            assertEquals("g2", listed.get(0).group(), "cap " + cap);
            assertEquals(Severity.WARNING, listed.get(0).severity());
            assertEquals(2 - cap, listed.size());
        }
        List<Finding> same = new Settlement(model, List.of(), 0).settle(List.of(warning, warning.withSeverity(
                Severity.WARNING)), ON).findings();
        assertEquals(List.of(warning), same, "a finding fired twice is listed once");
    }

    @Test
    void findingsThatTieEvenAtTheRulesOwnSeverityKeepTheOrderTheyFiredIn() {
        // Alike in everything the report order reads; only their groups tell them apart.
        Finding one = Finding.builder("REP-001", Severity.WARNING).subject("group", "x").in("g1", Tier.LOCAL).build();
        Finding other = Finding.builder("REP-001", Severity.WARNING).subject("group", "x").in("g2", Tier.LOCAL).build();
        for (int cap : new int[] {0, 1, 2}) {
            Settlement settlement = new Settlement(model, List.of(), cap);
            assertEquals("g1", firstGroup(settlement.settle(List.of(one, other), ON)), "cap " + cap);
            assertEquals("g2", firstGroup(settlement.settle(List.of(other, one), ON)), "cap " + cap);
        }
    }

    private static String firstGroup(Settlement.Settled settled) {
        return settled.findings().stream().filter(f -> f.group() != null).findFirst().orElseThrow().group();
    }

    @Test
    void theFirstOfManyAreTheSmallestInTheOrderGiven() {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            values.add((i * 7919) % 1_000);
        }
        List<Integer> first = Settlement.first(values, 5, java.util.Comparator.naturalOrder());
        first.sort(null);
        assertEquals(List.of(0, 1, 2, 3, 4), first);
        assertEquals(List.of(999), Settlement.first(values, 1, java.util.Comparator.<Integer>reverseOrder()));
    }

    @Test
    void threeHundredThousandFindingsOfOneRuleBecomeAThousandAndOne() {
        List<Finding> fired = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            fired.add(finding("DATA-003", Severity.ERROR, "person", "p" + i, null));
        }
        List<Finding> listed = new Settlement(model, List.of(), Settlement.DEFAULT_CAP).settle(fired, ON).findings();
        assertEquals(1_001, listed.size());
        assertEquals(299_000, listed.stream().filter(f -> f.subject().type().equals("dataset")).findFirst()
                .orElseThrow().details().get("omitted"));
    }

    @Test
    void theBaselineKnowsOldFindingsAndListsTheFixedOnes() {
        Finding old = finding("REP-001", Severity.ERROR, "group", "prov", Tier.PROVINCIAL);
        Finding fresh = finding("CHAIR-001", Severity.ERROR, "group", "prov", Tier.PROVINCIAL);
        Baseline.Entry gone = new Baseline.Entry("NET-003", "INFO", new fi.perhekeskus.pkcheck.report.Subject(
                "organisation", "o9"), "gone", null, "feedbeef");
        Baseline.Entry kept = new Baseline.Entry("REP-001", "ERROR", old.subject(), "old", null, Fingerprint.of(old));
        Baseline baseline = new Baseline("old.json", Set.of(Fingerprint.of(old), "feedbeef"), List.of());
        Settlement.Settled settled = new Settlement(model, List.of(), 0).settle(List.of(old), ON);
        Report report = Settlement.complete(report(settled), settled.waived(), baseline, List.of(gone, kept));
        assertEquals(List.of(gone), report.baseline().fixed());
        assertFalse(Settlement.fails(report, Severity.INFO), "a finding the baseline knows does not count");
        Settlement.Settled both = new Settlement(model, List.of(), 0).settle(List.of(old, fresh), ON);
        Report again = Settlement.complete(report(both), both.waived(), baseline, List.of(gone, kept));
        assertTrue(Settlement.fails(again, Severity.ERROR));
        assertFalse(Settlement.fails(again, null), "--fail-on never");
    }

    @Test
    void narrowingKeepsOnlyTheChosenFindingsAndTheirWaivers() {
        Finding rep = finding("REP-001", Severity.ERROR, "group", "prov", Tier.PROVINCIAL);
        Finding net = finding("NET-003", Severity.INFO, "organisation", "o1", null);
        Waiver w = waiver("REP-001", "group", "prov", "2025-01-01");
        Settlement.Settled settled = new Settlement(model, List.of(w), 0).settle(List.of(rep, net), ON);
        Settlement.Settled narrowed = settled.narrowed(f -> f.rule().startsWith("REP"));
        assertEquals(List.of(rep), narrowed.findings());
        assertEquals(Map.of(rep, w), narrowed.waived());
        assertEquals(Map.of(), settled.narrowed(f -> f.rule().startsWith("NET")).waived());
    }

    private static Report report(Settlement.Settled settled) {
        return Settlement.complete(new Report("m", "M", "r", "R", ON, List.of(), settled.findings(), Map.of(),
                List.of(), List.of()), settled.waived(), null, List.of());
    }
}
