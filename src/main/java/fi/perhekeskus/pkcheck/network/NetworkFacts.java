package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.OrganisationReach;
import fi.perhekeskus.pkcheck.facts.PersonLoad;
import fi.perhekeskus.pkcheck.facts.TierLink;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The facts the NET rules reason over, counted as the {@link NetworkGraph} that {@code pkcheck network} draws
 * and analyses counts them (the seats as {@link NetworkBuilder} reads them, the groups above by the same
 * {@link GroupsAbove}; {@code NetworkFactsTest} holds the two equal): so a group the map shows cut off from
 * the tier above is exactly a NET-002 finding, and a person's load on the map is NET-001's count. People are under their own ids (a check reports people by id and pseudonymises later, if
 * asked).
 *
 * <p>Built straight from the seats, without the graph's sorted indexes, and only the kinds of fact the rules
 * of a check can match: a check without NET-002 does not work out which groups lie above which.
 */
public final class NetworkFacts {

    private NetworkFacts() {
    }

    /** Every network fact of {@code facts}. */
    public static List<Object> of(Facts facts) {
        return of(facts, type -> true);
    }

    /**
     * The network facts of {@code facts} of the kinds {@code wanted} accepts: a {@link PersonLoad} per
     * seat-holder, a {@link TierLink} per group with groups above it, an {@link OrganisationReach} per
     * organisation. Lists of ids in them are sorted; the facts themselves come in no particular order.
     */
    public static List<Object> of(Facts facts, Predicate<Class<?>> wanted) {
        List<Object> result = new ArrayList<>();
        each(facts, wanted, result::add);
        return result;
    }

    /**
     * The facts {@link #of(Facts, Predicate)} lists, each handed to {@code sink} as it is made, in the same order.
     * A check hands them straight to the session's gate: at national scale it holds back all but ~2 % of six
     * hundred thousand people's loads, which so die young instead of living in a list until all are made.
     */
    public static void each(Facts facts, Predicate<Class<?>> wanted, Consumer<Object> sink) {
        boolean loads = wanted.test(PersonLoad.class);
        boolean links = wanted.test(TierLink.class);
        boolean reach = wanted.test(OrganisationReach.class);
        if (!loads && !links && !reach) {
            return;
        }
        SeatIndex seats = SeatIndex.of(facts, links || reach);
        if (loads) {
            seats.held().forEach((person, load) -> sink.accept(
                    new PersonLoad(person, load.record(), load.sorted())));
        }
        if (links) {
            GroupsAbove above = new GroupsAbove(seats.groups().values(), tiersAbove(facts));
            for (GroupFact g : seats.groups().values()) {
                List<GroupFact> uppers = above.of(g);
                if (!uppers.isEmpty()) {
                    sink.accept(new TierLink(g.id(), uppers.get(0).tier(), ids(uppers), linksAbove(seats, g, uppers)));
                }
            }
        }
        if (reach) {
            Map<String, SeatIndex.Distinct> represented = seats.represented();
            seats.organisations().forEach(o -> {
                SeatIndex.Distinct groups = represented.get(o);
                sink.accept(new OrganisationReach(o, groups == null ? List.of() : groups.sorted()));
            });
        }
    }

    /** For each tier of the model, the tier directly above it. */
    static Map<Tier, Tier> tiersAbove(Facts facts) {
        Map<Tier, Tier> above = new EnumMap<>(Tier.class);
        for (ModelTier spec : facts.model().tiers()) {
            if (spec.above() != null) {
                above.put(spec.tier(), spec.above());
            }
        }
        return above;
    }

    /** The seat-holders of {@code g} who also hold a seat in one of {@code uppers}, sorted. */
    static List<String> linksAbove(SeatIndex seats, GroupFact g, List<GroupFact> uppers) {
        SeatIndex.Distinct own = seats.holdersOf(g.id());
        if (own == null) {
            return List.of();
        }
        // Each upper group's holders looked up once, not once per seat-holder of g.
        List<SeatIndex.Distinct> above = new ArrayList<>(uppers.size());
        for (GroupFact u : uppers) {
            SeatIndex.Distinct h = seats.holdersOf(u.id());
            if (h != null) {
                above.add(h);
            }
        }
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            String person = own.get(i);
            for (int k = 0; k < above.size(); k++) {
                if (above.get(k).contains(person)) {
                    shared.add(person);
                    break;
                }
            }
        }
        return sorted(shared);
    }

    /** The ids of {@code groups}, in their order. */
    private static List<String> ids(List<GroupFact> groups) {
        String[] ids = new String[groups.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = groups.get(i).id();
        }
        return List.of(ids);
    }

    private static List<String> sorted(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String[] items = ids.toArray(new String[0]);
        Arrays.sort(items);
        return List.of(items);
    }
}
