package fi.perhekeskus.pkcheck.report;

import fi.perhekeskus.pkcheck.model.NotRead;
import fi.perhekeskus.pkcheck.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of one check, immutable and sorted: the findings, plus what a reader needs to place them
 * (model, check date, datasets, group names and tiers). A pre-meeting report also names its meeting
 * and carries suggestions: whom to invite to close each gap. Waived findings stay among the findings,
 * marked by their waiver; with a baseline, each finding is new or remaining, and fixed ones are listed. The
 * columns and sheets of a spreadsheet that were not read are listed too ({@link NotRead}).
 */
public record Report(String modelId, String modelName, String regionId, String regionName, LocalDate checkDate,
                     List<String> datasets, List<Finding> findings, Map<String, GroupInfo> groups,
                     List<String> tierOrder, List<AreaInfo> areas, MeetingInfo meeting,
                     List<Suggestion> suggestions, Map<Finding, Waiver> waivers, Baseline baseline,
                     List<NotRead> notRead) {

    /**
     * A group as reports show it: name, tier and scope, and its composition on the check date — the
     * seat-holders of the chair group, the organisation types and municipality codes its seats represent,
     * and how many seats it has.
     *
     * @param area           the group's area; for a group named by municipalities, their area where they share one
     * @param chairs         person ids holding CHAIR seats
     * @param viceChairs     person ids holding VICE_CHAIR seats
     * @param representedTypes organisation types (names) represented by at least one seat, sorted
     * @param representedMunicipalities municipality codes represented by at least one seat, sorted
     */
    public record GroupInfo(String id, String name, String tier, String area, List<String> municipalities,
                            List<PersonRef> chairs, List<PersonRef> viceChairs, List<String> representedTypes,
                            List<String> representedMunicipalities, int seats) {

        public GroupInfo {
            municipalities = List.copyOf(municipalities);
            chairs = List.copyOf(chairs);
            viceChairs = List.copyOf(viceChairs);
            representedTypes = List.copyOf(representedTypes);
            representedMunicipalities = List.copyOf(representedMunicipalities);
        }

        /** A group known by name and tier only. */
        public GroupInfo(String id, String name, String tier) {
            this(id, name, tier, null, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
        }
    }

    /** An area of the region and its municipalities ("Nokia (536)"), for reports that draw the network. */
    public record AreaInfo(String id, String name, List<String> municipalities) {

        public AreaInfo {
            municipalities = List.copyOf(municipalities);
        }
    }

    public Report {
        datasets = List.copyOf(datasets);
        List<Finding> sorted = new ArrayList<>(findings);
        Finding.sort(sorted);
        findings = List.copyOf(sorted);
        // A LazyMap is unmodifiable already, and copying it would work out what most formats never read.
        groups = groups instanceof LazyMap<String, GroupInfo> ? groups : Map.copyOf(groups);
        tierOrder = List.copyOf(tierOrder);
        areas = List.copyOf(areas);
        suggestions = List.copyOf(suggestions);
        waivers = Map.copyOf(waivers);
        notRead = notRead == null ? List.of() : List.copyOf(notRead);
    }

    /** A report of a whole-network check: no meeting, no suggestions, no waivers, no baseline. */
    public Report(String modelId, String modelName, String regionId, String regionName, LocalDate checkDate,
                  List<String> datasets, List<Finding> findings, Map<String, GroupInfo> groups,
                  List<String> tierOrder, List<AreaInfo> areas) {
        this(modelId, modelName, regionId, regionName, checkDate, datasets, findings, groups, tierOrder, areas,
                null, List.of(), Map.of(), null, List.of());
    }

    /** This report about a meeting, with suggestions whom to invite. */
    public Report withMeeting(MeetingInfo info, List<Suggestion> advice) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, findings, groups, tierOrder,
                areas, info, advice, waivers, baseline, notRead);
    }

    /** This report with other findings and waivers (e.g. pseudonymised). */
    public Report withFindings(List<Finding> other, Map<Finding, Waiver> otherWaivers) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, other, groups, tierOrder,
                areas, meeting, suggestions, otherWaivers, baseline, notRead);
    }

    /** This report with other group descriptions (e.g. pseudonymised). */
    public Report withGroups(Map<String, GroupInfo> other) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, findings, other, tierOrder,
                areas, meeting, suggestions, waivers, baseline, notRead);
    }

    /** This report with the waivers that apply to its findings. */
    public Report withWaivers(Map<Finding, Waiver> applied) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, findings, groups, tierOrder,
                areas, meeting, suggestions, applied, baseline, notRead);
    }

    /** This report compared with a baseline. */
    public Report withBaseline(Baseline other) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, findings, groups, tierOrder,
                areas, meeting, suggestions, waivers, other, notRead);
    }

    /** This report with the columns and sheets of the data that were not read. */
    public Report withNotRead(List<NotRead> other) {
        return new Report(modelId, modelName, regionId, regionName, checkDate, datasets, findings, groups, tierOrder,
                areas, meeting, suggestions, waivers, baseline, other);
    }

    /** The waiver that accepts {@code finding}, if any. */
    public Optional<Waiver> waiver(Finding finding) {
        return Optional.ofNullable(waivers.get(finding));
    }

    /** Whether {@code finding} is new against the baseline (every finding is, without one). */
    public boolean isNew(Finding finding) {
        return baseline == null || !baseline.knows(finding);
    }

    /** Whether {@code finding} counts towards --fail-on: not waived, and new against any baseline. */
    public boolean counts(Finding finding) {
        return !waivers.containsKey(finding) && isNew(finding);
    }

    /** Findings of {@code severity} that are not waived. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && !waivers.containsKey(f)).count();
    }

    public long waivedCount() {
        return findings.stream().filter(waivers::containsKey).count();
    }

    /** Whether some counting finding is at least as serious as {@code threshold}; null means never. */
    public boolean fails(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> counts(f) && f.severity().atLeast(threshold));
    }
}
