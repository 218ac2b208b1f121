package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The groups of the tier directly above a group that lie above it (NET-002), as {@link GroupFact#isAbove}
 * decides, looked up instead of tested one by one: the groups of each tier are filed under what they cover
 * (the whole region, an area, a municipality), so a lower group meets only the groups that may lie above it.
 * Tested against every upper group, fifty thousand local groups under a thousand regional ones cost fifty
 * million comparisons.
 */
final class GroupsAbove {

    private static final Comparator<GroupFact> BY_ID = Comparator.comparing(GroupFact::id);

    private final Map<Tier, Tier> above;
    private final Map<Tier, Uppers> byTier = new EnumMap<>(Tier.class);

    /** The groups above each of {@code groups} (ids distinct), for a model where {@code above} maps each tier to
     * the one directly above it. */
    GroupsAbove(Collection<GroupFact> groups, Map<Tier, Tier> above) {
        this.above = above;
        for (GroupFact g : groups) {
            if (g.tier() != null && g.scope() != null) {
                byTier.computeIfAbsent(g.tier(), t -> new Uppers()).add(g);
            }
        }
    }

    /** The groups above {@code g}, sorted by id; empty where the model has no tier above it. */
    List<GroupFact> of(GroupFact g) {
        Tier tier = g.tier() == null ? null : above.get(g.tier());
        Uppers uppers = tier == null ? null : byTier.get(tier);
        if (uppers == null) {
            return List.of();
        }
        List<GroupFact> found = new ArrayList<>(uppers.regionWide);
        for (String area : g.areas()) {
            found.addAll(uppers.byArea.getOrDefault(area, List.of()));
        }
        for (String code : g.scopeMunicipalities()) {
            found.addAll(uppers.byMunicipality.getOrDefault(code, List.of()));
        }
        // Sorted by id, a group found under two keys lies next to itself: kept once (ids are distinct).
        found.sort(BY_ID);
        List<GroupFact> result = new ArrayList<>(found.size());
        for (GroupFact u : found) {
            if ((result.isEmpty() || result.get(result.size() - 1) != u) && u.isAbove(g)) {
                result.add(u);
            }
        }
        return result;
    }

    /** The groups of one tier, under what they cover. */
    private static final class Uppers {
        private final List<GroupFact> regionWide = new ArrayList<>();
        private final Map<String, List<GroupFact>> byArea = new HashMap<>();
        private final Map<String, List<GroupFact>> byMunicipality = new HashMap<>();

        void add(GroupFact g) {
            switch (g.scope()) {
                case REGION -> regionWide.add(g);
                case AREA -> file(byArea, g.area() == null ? Set.of() : Set.of(g.area()), g);
                case MUNICIPALITIES -> file(byMunicipality, g.scopeMunicipalities(), g);
            }
        }

        private static void file(Map<String, List<GroupFact>> index, Set<String> keys, GroupFact g) {
            keys.forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(g));
        }
    }
}
