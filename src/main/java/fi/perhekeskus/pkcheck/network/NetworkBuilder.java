package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.MunicipalityFact;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;

/**
 * Builds the {@link NetworkGraph} from the same facts the rules reason over, so the map and the NET rules
 * see one network: seats are {@link Member}s that count as seats on the check date (in term, not
 * secretary). Everything is added in sorted order, so every algorithm run over the graph is repeatable.
 */
public final class NetworkBuilder {

    private NetworkBuilder() {
    }

    /** The network of {@code facts}, people shown as {@code naming} says. */
    public static NetworkGraph build(Facts facts, PersonNaming naming) {
        // Looked up once or twice per seat: hash maps while reading, sorted once for the graph.
        Map<String, Organisation> organisationsById = new HashMap<>();
        List<Person> people = new ArrayList<>();
        Map<String, GroupFact> groupsById = new HashMap<>();
        Map<String, String> areaOfMunicipality = new TreeMap<>();
        Map<String, String> municipalityNames = new TreeMap<>();
        Map<String, String> areaNames = new TreeMap<>();
        List<Member> members = new ArrayList<>();
        for (Object fact : facts.all()) {
            if (fact instanceof Organisation o) {
                organisationsById.put(o.id(), o);
            } else if (fact instanceof Person p) {
                people.add(p);
            } else if (fact instanceof GroupFact g) {
                groupsById.put(g.id(), g);
            } else if (fact instanceof MunicipalityFact m) {
                if (m.area() != null) {
                    areaOfMunicipality.put(m.code(), m.area());
                }
                municipalityNames.put(m.code(), m.name() == null ? m.code() : m.name());
            } else if (fact instanceof Area a) {
                areaNames.put(a.id(), a.name() == null ? a.id() : a.name());
            } else if (fact instanceof Member s && s.seat() && s.person() != null
                    && groupsById.containsKey(s.group())) {
                members.add(s);
            }
        }
        Map<String, Organisation> organisations = new TreeMap<>(organisationsById);
        Map<String, GroupFact> groups = new TreeMap<>(groupsById);
        Map<Tier, Tier> above = NetworkFacts.tiersAbove(facts);
        Function<String, String> key = naming.key();
        List<Seat> seats = seats(members, organisationsById, key);
        Map<String, Set<String>> orgMunicipalities = new TreeMap<>();
        for (Organisation o : organisations.values()) {
            Set<String> codes = new TreeSet<>(o.municipalities());
            if (o.municipality() != null) {
                codes.add(o.municipality());
            }
            orgMunicipalities.put(o.id(), codes);
        }
        return new NetworkGraph(facts.context().regionName(), facts.context().checkDate(), naming.anonymised(), seats,
                groups, organisations.keySet(), orgMunicipalities, areaNames, above, municipalityNames,
                () -> map(seats, groups, organisations, byId(people), orgMunicipalities, areaOfMunicipality, naming));
    }

    /** The people by id, sorted: only the map needs them, and a check never draws it. */
    private static Map<String, Person> byId(List<Person> people) {
        Map<String, Person> result = new TreeMap<>();
        people.forEach(p -> result.put(p.id(), p));
        return result;
    }

    /** The map: a node for every group, organisation and seated person; seats, deputies and representation. */
    private static NetworkGraph.MapView map(List<Seat> seats, Map<String, GroupFact> groups,
                                            Map<String, Organisation> organisations, Map<String, Person> people,
                                            Map<String, Set<String>> orgMunicipalities,
                                            Map<String, String> areaOfMunicipality, PersonNaming naming) {
        Graph<MapNode, Link> map = new SimpleGraph<>(Link.class);
        Map<String, MapNode> nodes = new TreeMap<>();
        for (GroupFact g : groups.values()) {
            add(map, nodes, new MapNode(MapNode.id(NodeKind.GROUP, g.id()), NodeKind.GROUP, g.id(),
                    g.name() == null ? g.id() : g.name(), g.tier(), new ArrayList<>(new TreeSet<>(g.areas())), null));
        }
        Map<String, Set<String>> seatAreas = new TreeMap<>();
        seats.stream().filter(s -> !s.deputy() && s.organisation() != null).forEach(s -> seatAreas
                .computeIfAbsent(s.organisation(), k -> new TreeSet<>()).addAll(groups.get(s.group()).areas()));
        for (Organisation o : organisations.values()) {
            Set<String> areas = new TreeSet<>();
            orgMunicipalities.get(o.id()).stream().map(areaOfMunicipality::get).filter(Objects::nonNull)
                    .forEach(areas::add);
            if (areas.isEmpty()) {
                // A region-wide organisation lies in the areas of the groups it sits in.
                areas.addAll(seatAreas.getOrDefault(o.id(), Set.of()));
            }
            add(map, nodes, new MapNode(MapNode.id(NodeKind.ORGANISATION, o.id()), NodeKind.ORGANISATION, o.id(),
                    o.name() == null ? o.id() : o.name(), null, new ArrayList<>(areas), o.type()));
        }
        Map<String, String> idOfKey = new TreeMap<>();
        people.keySet().forEach(id -> idOfKey.put(naming.key().apply(id), id));
        Map<String, List<Seat>> seatsOf = new TreeMap<>();
        seats.forEach(s -> seatsOf.computeIfAbsent(s.person(), k -> new ArrayList<>()).add(s));
        for (Map.Entry<String, List<Seat>> e : seatsOf.entrySet()) {
            String id = idOfKey.get(e.getKey());
            Person person = id == null ? null : people.get(id);
            Tier tier = e.getValue().stream().map(s -> groups.get(s.group()).tier())
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            Set<String> areas = new TreeSet<>();
            e.getValue().forEach(s -> areas.addAll(groups.get(s.group()).areas()));
            OrganisationType type = typeOf(person, e.getValue(), organisations);
            add(map, nodes, new MapNode(MapNode.id(NodeKind.PERSON, e.getKey()), NodeKind.PERSON, e.getKey(),
                    id == null ? e.getKey() : naming.label().apply(id), tier, new ArrayList<>(areas), type));
        }
        for (Seat s : seats) {
            String person = MapNode.id(NodeKind.PERSON, s.person());
            String group = MapNode.id(NodeKind.GROUP, s.group());
            link(map, nodes, new Link(person, group, s.deputy() ? LinkKind.DEPUTY : LinkKind.SEAT, s.role()));
            if (!s.deputy() && s.organisation() != null && organisations.containsKey(s.organisation())) {
                link(map, nodes, new Link(person, MapNode.id(NodeKind.ORGANISATION, s.organisation()),
                        LinkKind.REPRESENTS, null));
            }
        }
        return new NetworkGraph.MapView(map, nodes);
    }

    /**
     * Seats, then the deputy places of seats whose deputy holds no seat of their own in that group, sorted by
     * group, person and seat before deputy place. Grouped by group first and each group sorted on its own (a
     * million seats in one sort cost five times the comparisons); one pass over a sorted group then drops
     * repeats as a TreeSet would (the first of equal seats kept: the sort is stable) and a deputy place right
     * after its person's seat.
     */
    private static List<Seat> seats(List<Member> facts, Map<String, Organisation> organisations,
                                    Function<String, String> key) {
        Map<String, List<Seat>> byGroup = new HashMap<>();
        for (Member s : facts) {
            byGroup.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(new Seat(key.apply(s.person()), s.group(),
                    organisation(s, organisations), s.role() == null ? Role.MEMBER : s.role(), false));
        }
        for (Member s : facts) {
            if (s.deputy() != null) {
                byGroup.get(s.group()).add(new Seat(key.apply(s.deputy()), s.group(), organisation(s, organisations),
                        Role.MEMBER, true));
            }
        }
        String[] groups = byGroup.keySet().toArray(new String[0]);
        Arrays.sort(groups);
        List<Seat> result = new ArrayList<>(facts.size() + facts.size() / 4);
        for (String group : groups) {
            List<Seat> seats = byGroup.get(group);
            seats.sort(Comparator.naturalOrder());
            Seat last = null;
            for (Seat seat : seats) {
                if (last == null || !last.person().equals(seat.person())) {
                    result.add(seat);
                    last = seat;
                }
            }
        }
        return List.copyOf(result);
    }

    private static String organisation(Member s, Map<String, Organisation> organisations) {
        return s.represents() != null && organisations.containsKey(s.represents()) ? s.represents() : null;
    }

    private static OrganisationType typeOf(Person person, List<Seat> seats, Map<String, Organisation> organisations) {
        if (person != null && person.organisation() != null && organisations.containsKey(person.organisation())) {
            return organisations.get(person.organisation()).type();
        }
        return seats.stream().map(Seat::organisation).filter(Objects::nonNull).sorted()
                .map(organisations::get).map(Organisation::type).findFirst().orElse(null);
    }

    private static void add(Graph<MapNode, Link> map, Map<String, MapNode> nodes, MapNode node) {
        nodes.put(node.id(), node);
        map.addVertex(node);
    }

    /** Adds a link unless the two ends are already joined (a seat wins over a deputy place). */
    private static void link(Graph<MapNode, Link> map, Map<String, MapNode> nodes, Link link) {
        MapNode a = nodes.get(link.source());
        MapNode b = nodes.get(link.target());
        if (a != null && b != null && !map.containsEdge(a, b)) {
            map.addEdge(a, b, link);
        }
    }
}
