package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.Limits;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.OrganisationRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one fact that says when and under which limits the check runs, and (as the global {@code context}) which
 * requirements each tier makes: see {@link RequirementIndex} for why rules read them here. A message that names an
 * organisation or an area finds its name here ({@link #organisation}, {@link #area}).
 */
public record CheckContext(LocalDate checkDate, Limits limits, String regionId, String regionName,
                           boolean everyMunicipalityInArea, RequirementIndex requirementIndex,
                           Map<String, Organisation> organisations, Map<String, Area> areas) {

    /** A context without the data's organisations and areas. */
    public CheckContext(LocalDate checkDate, Limits limits, String regionId, String regionName,
                        boolean everyMunicipalityInArea, RequirementIndex requirementIndex) {
        this(checkDate, limits, regionId, regionName, everyMunicipalityInArea, requirementIndex, Map.of(), Map.of());
    }

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

    /** The organisation {@code id} as a message names it: by the data's name for it, where there is one. */
    public OrganisationRef organisation(String id) {
        Organisation organisation = id == null ? null : organisations.get(id);
        return new OrganisationRef(id, organisation == null ? null : organisation.name());
    }

    /** The area {@code id} as a message names it: by its name in the data or the model, where there is one. */
    public String area(String id) {
        Area area = id == null ? null : areas.get(id);
        return area == null || area.name() == null || area.name().isBlank() ? id : area.name();
    }

    /** Each area of {@code ids} as {@link #area} names it, joined with commas, in the order given. */
    public String areas(List<String> ids) {
        return String.join(", ", ids.stream().map(this::area).toList());
    }

    /** Days from the check date to {@code date}. */
    public long daysUntil(LocalDate date) {
        return date.toEpochDay() - checkDate.toEpochDay();
    }
}
