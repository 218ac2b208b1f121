package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jgrapht.Graph;

/**
 * The family-centre network on one date (verkostokartta): the seats that join people, organisations and
 * groups, the relations the NET rules and the analysis share (who sits where, which people tie a group to
 * the tier above), the map of nodes and links, and the two-mode networks (people or organisations and their
 * groups, groups as hubs) that the measures are taken on.
 *
 * <p>Only the seats are worked out up front. The map and the two-mode networks are built the first time they
 * are asked for, so a check, which needs the seat relations only, does not pay for the map's JGraphT graph.
 * Deputies are drawn on the map but never counted, as in the NET rules.
 */
public final class NetworkGraph {

    private final String regionName;
    private final LocalDate date;
    private final boolean anonymised;
    private final List<Seat> seats;
    private final Map<String, GroupFact> groups;
    private final Map<String, Set<String>> organisationMunicipalities;
    private final Map<String, String> areaNames;
    private final Map<Tier, Tier> above;
    private final Map<String, String> municipalityNames;
    private final Memo<MapView> map;
    private final Memo<Hubs> organisationHubs;
    private final Memo<Hubs> personHubs;
    private final Memo<Map<String, Set<String>>> holders;
    private final Memo<Map<String, Set<String>>> held;
    private final Memo<Map<String, Set<String>>> represented;
    private final Set<String> organisations;
    private final Memo<GroupsAbove> groupsAbove;

    /** The map's graph and its nodes by id, built together. */
    record MapView(Graph<MapNode, Link> graph, Map<String, MapNode> nodes) {
    }

    /**
     * @param seats             every seat and deputy place on the date, sorted
     * @param groups            the groups as the rules see them, by id, sorted
     * @param organisations     every organisation's id, sorted (the vertices of the organisation ties)
     * @param organisationMunicipalities each organisation's municipality codes
     * @param areaNames         the region's areas, by id, sorted
     * @param above             for each tier of the model, the tier directly above it
     * @param municipalityNames municipality names by code
     * @param map               builds the map when first asked for
     */
    NetworkGraph(String regionName, LocalDate date, boolean anonymised, List<Seat> seats, Map<String, GroupFact> groups,
                 Set<String> organisations, Map<String, Set<String>> organisationMunicipalities,
                 Map<String, String> areaNames, Map<Tier, Tier> above, Map<String, String> municipalityNames,
                 Supplier<MapView> map) {
        this.regionName = regionName;
        this.date = date;
        this.anonymised = anonymised;
        this.seats = List.copyOf(seats);
        this.groups = groups;
        this.organisationMunicipalities = organisationMunicipalities;
        this.areaNames = areaNames;
        this.above = above;
        this.municipalityNames = municipalityNames;
        this.map = new Memo<>(map);
        List<Seat> heldSeats = this.seats.stream().filter(s -> !s.deputy()).toList();
        this.holders = new Memo<>(() -> index(heldSeats, Seat::group, Seat::person));
        this.held = new Memo<>(() -> index(heldSeats, Seat::person, Seat::group));
        this.represented = new Memo<>(() -> index(heldSeats.stream().filter(s -> s.organisation() != null).toList(),
                Seat::organisation, Seat::group));
        this.organisations = organisations;
        this.organisationHubs = new Memo<>(() -> Hubs.of(organisations, groups.keySet(), heldSeats, Seat::organisation));
        this.personHubs = new Memo<>(() -> {
            Set<String> people = new TreeSet<>();
            this.seats.forEach(s -> people.add(s.person()));
            return Hubs.of(people, groups.keySet(), heldSeats, Seat::person);
        });
        this.groupsAbove = new Memo<>(() -> new GroupsAbove(groups.values(), above));
    }

    public String regionName() {
        return regionName;
    }

    public LocalDate date() {
        return date;
    }

    /** Whether people are shown as pseudonyms. */
    public boolean anonymised() {
        return anonymised;
    }

    /** Nodes by kind; seats, deputy places and representation as edges. */
    public Graph<MapNode, Link> map() {
        return map.get().graph();
    }

    /** Every node by id. */
    public Map<String, MapNode> nodes() {
        return map.get().nodes();
    }

    /**
     * Organisations and the groups they are represented in by a seat, groups as hubs: two organisations are
     * tied when their representatives share a group.
     */
    Hubs organisationHubs() {
        return organisationHubs.get();
    }

    /**
     * Every person on the map and the groups they hold a seat in, groups as hubs: two people are tied when they
     * share a group, two groups when they share a seat-holder. Deputy places do not count.
     */
    Hubs personHubs() {
        return personHubs.get();
    }

    /** Every seat and deputy place on the date, sorted. */
    public List<Seat> seats() {
        return seats;
    }

    /** The groups as the rules see them, by id. */
    public Map<String, GroupFact> groups() {
        return groups;
    }

    /** Each organisation's municipality codes. */
    public Map<String, Set<String>> organisationMunicipalities() {
        return organisationMunicipalities;
    }

    /** The region's areas, by id, sorted. */
    public Map<String, String> areaNames() {
        return areaNames;
    }

    /** For each tier of the model, the tier directly above it. */
    public Map<Tier, Tier> above() {
        return above;
    }

    /** Municipality names by code. */
    public Map<String, String> municipalityNames() {
        return municipalityNames;
    }

    /** The seat-holders of each group that has any, sorted (deputies do not count). */
    public Map<String, Set<String>> holders() {
        return holders.get();
    }

    /** The groups each seat-holder sits in, sorted (deputy places do not count). */
    public Map<String, Set<String>> held() {
        return held.get();
    }

    /** The groups each organisation is represented in by a seat, for those represented anywhere, sorted. */
    public Map<String, Set<String>> represented() {
        return represented.get();
    }

    /** Every organisation's id, sorted. */
    public Set<String> organisations() {
        return organisations;
    }

    /**
     * The groups of the tier directly above {@code g} that lie above it (NET-002): above a LOCAL group the
     * REGIONAL groups of its areas, above a REGIONAL group the PROVINCIAL groups; empty where the model has no
     * tier above.
     */
    public List<GroupFact> groupsAbove(GroupFact g) {
        return groupsAbove.get().of(g);
    }

    /** The seat-holders of {@code g} who also hold a seat in one of {@code uppers}, sorted. */
    public Set<String> linksAbove(GroupFact g, List<GroupFact> uppers) {
        Set<String> shared = new TreeSet<>();
        Set<String> own = holders().getOrDefault(g.id(), Set.of());
        for (GroupFact u : uppers) {
            Set<String> upper = holders().getOrDefault(u.id(), Set.of());
            own.stream().filter(upper::contains).forEach(shared::add);
        }
        return shared;
    }

    /** The node of a record id of the given kind. */
    public MapNode node(NodeKind kind, String key) {
        return nodes().get(MapNode.id(kind, key));
    }

    /** The nodes of one kind, sorted by id. */
    public List<MapNode> nodes(NodeKind kind) {
        return nodes().values().stream().filter(n -> n.kind() == kind).sorted().toList();
    }

    /**
     * The values of the seats under each key, both sorted. Grouped in a hash map and sorted once: a tree map
     * of tree sets costs a comparison per seat and level, and an object per entry, at a million seats.
     */
    private static Map<String, Set<String>> index(List<Seat> seats, Function<Seat, String> key,
                                                  Function<Seat, String> value) {
        Map<String, List<String>> lists = new HashMap<>();
        seats.forEach(s -> lists.computeIfAbsent(key.apply(s), k -> new ArrayList<>(2)).add(value.apply(s)));
        String[] keys = lists.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        Map<String, Set<String>> result = new LinkedHashMap<>(keys.length * 4 / 3 + 1);
        for (String k : keys) {
            result.put(k, new SortedStrings(lists.get(k)));
        }
        return Collections.unmodifiableMap(result);
    }

    /** An unmodifiable set of strings in sorted order, held as a sorted array. */
    static final class SortedStrings extends AbstractSet<String> {
        private final String[] items;

        SortedStrings(Collection<String> values) {
            String[] sorted = values.toArray(new String[0]);
            Arrays.sort(sorted);
            int n = 0;
            for (String v : sorted) {
                if (n == 0 || !sorted[n - 1].equals(v)) {
                    sorted[n++] = v;
                }
            }
            this.items = Arrays.copyOf(sorted, n);
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && Arrays.binarySearch(items, s) >= 0;
        }

        @Override
        public Iterator<String> iterator() {
            return Collections.unmodifiableList(Arrays.asList(items)).iterator();
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** A value worked out once, the first time it is asked for. */
    private static final class Memo<T> implements Supplier<T> {
        private Supplier<T> source;
        private T value;

        Memo(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (source != null) {
                value = source.get();
                source = null;
            }
            return value;
        }
    }
}
