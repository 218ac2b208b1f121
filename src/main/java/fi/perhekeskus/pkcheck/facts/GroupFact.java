package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A group as the rules see it: its declared scope, plus the municipalities that scope covers
 * ({@code scopeMunicipalities}) and the areas it lies in ({@code areas}), both worked out from the model.
 *
 * @param municipalitiesGiven whether the data names a {@code municipalities} list, even an empty one
 * @param scope               the scope of the group's tier in the model, or null where the model lacks the tier
 * @param tierInModel         whether the group's tier is one of the model's tiers
 */
public record GroupFact(String id, String name, Tier tier, Scope scope, String area, List<String> municipalities,
                        boolean municipalitiesGiven, boolean tierInModel, Set<String> scopeMunicipalities,
                        Set<String> areas, Location location) {

    public GroupFact {
        municipalities = List.copyOf(municipalities);
        scopeMunicipalities = Set.copyOf(scopeMunicipalities);
        areas = Set.copyOf(areas);
    }

    /** Whether {@code code} lies in the group's scope. */
    public boolean covers(String code) {
        return scopeMunicipalities.contains(code);
    }

    /** Whether this group lies in {@code area} (for the groups above a LOCAL group). */
    public boolean inArea(String area) {
        return areas.contains(area);
    }

    /**
     * Whether this group is above {@code lower} in the network: a region-wide group is above every group,
     * an area group above the groups that lie in its area, a municipal group above those that share a
     * municipality with it.
     */
    public boolean isAbove(GroupFact lower) {
        if (scope == null) {
            return false;
        }
        return switch (scope) {
            case REGION -> true;
            case AREA -> area != null && lower.areas().contains(area);
            case MUNICIPALITIES -> !Collections.disjoint(scopeMunicipalities, lower.scopeMunicipalities());
        };
    }

    public int municipalityCount() {
        return municipalities.size();
    }
}
