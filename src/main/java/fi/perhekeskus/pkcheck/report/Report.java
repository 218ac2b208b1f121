package fi.perhekeskus.pkcheck.report;

import fi.perhekeskus.pkcheck.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The result of one check, immutable and sorted: the findings, plus what a reader needs to place them
 * (model, check date, datasets, group names and tiers). A pre-meeting report also names its meeting
 * and carries suggestions: whom to invite to close each gap.
 */
public record Report(String modelId, String modelName, String regionId, String regionName, LocalDate checkDate,
                     List<String> datasets, List<Finding> findings, Map<String, GroupInfo> groups,
                     List<String> tierOrder, MeetingInfo meeting, List<Suggestion> suggestions) {

    /** A group's name and tier, for headings. */
    public record GroupInfo(String id, String name, String tier) {
    }

    public Report {
        datasets = List.copyOf(datasets);
        findings = findings.stream().sorted(Finding.ORDER).toList();
        groups = Map.copyOf(groups);
        tierOrder = List.copyOf(tierOrder);
        suggestions = List.copyOf(suggestions);
    }

    /** A report of a whole-network check: no meeting, no suggestions. */
    public Report(String modelId, String modelName, String regionId, String regionName, LocalDate checkDate,
                  List<String> datasets, List<Finding> findings, Map<String, GroupInfo> groups,
                  List<String> tierOrder) {
        this(modelId, modelName, regionId, regionName, checkDate, datasets, findings, groups, tierOrder, null,
                List.of());
    }

    /** This report with other findings (the same order rules apply). */
    public Report withFindings(List<Finding> other) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, other, groups, tierOrder,
                meeting, suggestions);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether some finding is at least as serious as {@code threshold}; null threshold means never. */
    public boolean fails(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
