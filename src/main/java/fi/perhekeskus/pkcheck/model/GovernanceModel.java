package fi.perhekeskus.pkcheck.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one region has agreed about leading its family-centre network: tiers top first, the reference
 * areas and municipalities, limits, and per-rule severity changes. Loaded from a model YAML file.
 *
 * @param source                  where the model came from ("built-in" or a file path)
 * @param everyMunicipalityInArea whether every municipality must be placed in exactly one area (STRUCT-005)
 * @param meetingPlaces           the meeting-place demand, or null where the model makes none
 * @param severities              severity changes that apply at every tier
 * @param off                     rules switched off at every tier
 * @param requirements            every tier's demands, each read by the rule it names (built-in keys and
 *                                {@code requirements:} alike)
 */
public record GovernanceModel(
        String id,
        String name,
        String source,
        List<Area> areas,
        List<Municipality> municipalities,
        boolean everyMunicipalityInArea,
        Limits limits,
        List<ModelTier> tiers,
        MeetingPlaceSpec meetingPlaces,
        Map<String, Severity> severities,
        Set<String> off,
        List<Requirement> requirements) {

    public GovernanceModel {
        requirements = List.copyOf(requirements);
        areas = List.copyOf(areas);
        municipalities = List.copyOf(municipalities);
        tiers = List.copyOf(tiers);
        severities = Map.copyOf(severities);
        off = Set.copyOf(off);
    }

    /** The model's {@code tier}, if it has that tier. */
    public Optional<ModelTier> tier(Tier tier) {
        return tiers.stream().filter(t -> t.tier() == tier).findFirst();
    }

    /**
     * The severity a finding of {@code rule} gets at {@code tier} (null for findings outside any tier),
     * or empty where the model switches the rule off there.
     */
    public Optional<Severity> severityOf(String rule, Tier tier, Severity fallback) {
        Optional<ModelTier> spec = tier == null ? Optional.empty() : tier(tier);
        if (off.contains(rule) || spec.map(s -> s.off().contains(rule)).orElse(false)) {
            return Optional.empty();
        }
        Severity chosen = spec.map(s -> s.severities().get(rule)).orElse(null);
        if (chosen == null) {
            chosen = severities.getOrDefault(rule, fallback);
        }
        return Optional.of(chosen);
    }

    /** The requirements of {@code tier}, in the model's order. */
    public List<Requirement> requirementsOf(Tier tier) {
        return requirements.stream().filter(r -> r.tier() == tier).toList();
    }
}
