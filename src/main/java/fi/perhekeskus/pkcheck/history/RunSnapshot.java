package fi.perhekeskus.pkcheck.history;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import fi.perhekeskus.pkcheck.report.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the history keeps of one check: its summary, each finding's rule, severity, subject, group, area and
 * tier (no messages, no names, no details), and the readiness matrix as counts per area and tier. Person ids
 * are pseudonymised with the store's key before anything is kept.
 */
public record RunSnapshot(Instant recordedAt, LocalDate checkDate, String region, String regionName, String model,
                          String label, String toolVersion, Summary summary, List<Item> findings,
                          List<Cell> cells) {

    /** The report's counts: open findings by severity, and the waived ones apart. */
    public record Summary(long errors, long warnings, long infos, long waived) {
    }

    /** A finding as the history keeps it; {@code area} and {@code tier} place it in the matrix (may be null). */
    public record Item(String rule, Severity severity, String subjectType, String subjectId, String group,
                       String area, String tier, boolean waived) {

        /** What makes a finding the same one in another run: the rule and the subject. */
        public String key() {
            return rule + " " + subjectType + " " + subjectId;
        }
    }

    /**
     * One cell of the readiness matrix: an area ({@code ""} for the whole region) and a tier, how many groups
     * it has (null where unknown), and its open errors and warnings.
     */
    public record Cell(String area, String areaName, String tier, Integer groups, long errors, long warnings) {
    }

    private static final Pattern LABEL = Pattern.compile("^(.*) \\(([^()]+)\\)$");

    public RunSnapshot {
        findings = List.copyOf(findings);
        cells = List.copyOf(cells);
    }

    /**
     * The snapshot of {@code report}, with the person ids of {@code pseudonymiser}'s people replaced.
     *
     * @param report an unpseudonymised report, as the check produced it
     */
    public static RunSnapshot of(Report report, Pseudonymiser pseudonymiser, String label, Instant recordedAt,
                                 String toolVersion) {
        Report safe = pseudonymiser.apply(report);
        Map<String, String> areaOfMunicipality = new HashMap<>();
        Map<String, String> areaNames = new HashMap<>();
        for (Report.AreaInfo area : safe.areas()) {
            areaNames.put(area.id(), area.name());
            for (String municipality : area.municipalities()) {
                Matcher m = LABEL.matcher(municipality);
                areaOfMunicipality.put(m.matches() ? m.group(2) : municipality, area.id());
            }
        }
        List<Item> items = new ArrayList<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (Finding f : safe.findings()) {
            Report.GroupInfo group = f.group() == null ? null : safe.groups().get(f.group());
            String tier = f.tier() != null ? f.tier().name() : group != null ? group.tier() : null;
            String area = group != null ? group.area() : switch (f.subject().type()) {
                case "area" -> f.subject().id();
                case "municipality" -> areaOfMunicipality.get(f.subject().id());
                default -> null;
            };
            boolean waived = safe.waiver(f).isPresent();
            items.add(new Item(f.rule(), f.severity(), f.subject().type(), f.subject().id(), f.group(), area, tier,
                    waived));
            if (tier != null && !waived) {
                long[] c = counts.computeIfAbsent(cellKey(area, tier), k -> new long[3]);
                c[0] += f.severity() == Severity.ERROR ? 1 : 0;
                c[1] += f.severity() == Severity.WARNING ? 1 : 0;
            }
        }
        for (Report.GroupInfo g : safe.groups().values()) {
            if (g.tier() != null) {
                counts.computeIfAbsent(cellKey(g.area(), g.tier()), k -> new long[3])[2]++;
            }
        }
        List<Cell> cells = new ArrayList<>();
        counts.forEach((key, c) -> {
            int bar = key.indexOf('\n');
            String area = key.substring(0, bar);
            cells.add(new Cell(area, area.isEmpty() ? null : areaNames.get(area), key.substring(bar + 1),
                    (int) c[2], c[0], c[1]));
        });
        Summary summary = new Summary(safe.count(Severity.ERROR), safe.count(Severity.WARNING),
                safe.count(Severity.INFO), safe.waivedCount());
        return new RunSnapshot(recordedAt, safe.checkDate(), safe.regionId(), safe.regionName(), safe.modelId(),
                label, toolVersion, summary, items, cells);
    }

    private static String cellKey(String area, String tier) {
        return (area == null ? "" : area) + "\n" + tier;
    }
}
