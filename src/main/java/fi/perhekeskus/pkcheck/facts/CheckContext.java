package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Limits;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * The one fact that says when and under which limits the check runs, and (as the global {@code context}) which
 * requirements each tier makes: see {@link RequirementIndex} for why rules read them here.
 */
public record CheckContext(LocalDate checkDate, Limits limits, String regionId, String regionName,
                           boolean everyMunicipalityInArea, RequirementIndex requirementIndex) {

    /** A context without requirements. */
    public CheckContext(LocalDate checkDate, Limits limits, String regionId, String regionName,
                        boolean everyMunicipalityInArea) {
        this(checkDate, limits, regionId, regionName, everyMunicipalityInArea, RequirementIndex.empty());
    }

    /** Whether {@code tier} makes a requirement of {@code rule}. */
    public boolean requires(String rule, Tier tier) {
        return requirementIndex.first(rule, tier) != null;
    }

    /** The (first) requirement of {@code rule} that {@code tier} makes, or null. */
    public Requirement requirement(String rule, Tier tier) {
        return requirementIndex.first(rule, tier);
    }

    /** Every requirement of {@code rule} that {@code tier} makes, in the model's order; empty where none. */
    public List<Requirement> requirements(String rule, Tier tier) {
        return requirementIndex.of(rule, tier);
    }

    /** Days from the check date to {@code date}. */
    public long daysUntil(LocalDate date) {
        return date.toEpochDay() - checkDate.toEpochDay();
    }
}
