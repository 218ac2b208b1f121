package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.SeatFact;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who holds a seat in which group on the check date, as the network map and the NET rules both count it:
 * the seat facts that are seats (in term, not secretary) and name a person, in a group known when the seat
 * is read; each person once per group, by the first such seat in the data; deputy places not at all. The
 * organisation a seat represents counts where the data has that organisation.
 *
 * <p>One pass with hash maps and nothing sorted: the network facts of a check need only these relations,
 * and sorting a million seats or the keys of every person for them cost more than the NET rules themselves.
 * {@link NetworkBuilder} reads the same seats into the sorted {@link NetworkGraph} the map is drawn from;
 * {@code NetworkFactsTest} holds the two to the same relations.
 */
final class SeatIndex {

    /** Per-group lists longer than this get a hash set beside them, so that a large group stays linear. */
    private static final int SCAN_LIMIT = 16;

    private final Map<String, GroupFact> groups;
    private final Set<String> organisations;
    private final Map<String, Holders> holders;
    private final Map<String, Load> held;
    private final Map<String, Set<String>> represented;

    private SeatIndex(Map<String, GroupFact> groups, Set<String> organisations, Map<String, Holders> holders,
                      Map<String, Load> held, Map<String, Set<String>> represented) {
        this.groups = groups;
        this.organisations = organisations;
        this.holders = holders;
        this.held = held;
        this.represented = represented;
    }

    /** The groups one seat-holder sits in, in the order first seen, and the holder's record (null if none). */
    record Load(Person record, List<String> groups) {
    }

    /** The seats of {@code facts}, people under their ids. */
    static SeatIndex of(Facts facts) {
        Map<String, GroupFact> groups = new HashMap<>();
        Set<String> organisations = new HashSet<>();
        List<SeatFact> seats = new ArrayList<>();
        for (Object fact : facts.all()) {
            if (fact instanceof SeatFact s) {
                if (s.seat() && s.person() != null && groups.containsKey(s.group())) {
                    seats.add(s);
                }
            } else if (fact instanceof GroupFact g) {
                groups.put(g.id(), g);
            } else if (fact instanceof Organisation o) {
                organisations.add(o.id());
            }
        }
        Map<String, Holders> holders = new HashMap<>(groups.size() * 4 / 3 + 1);
        Map<String, Load> held = new HashMap<>(seats.size() * 4 / 3 + 1);
        Map<String, Set<String>> represented = new HashMap<>();
        for (SeatFact s : seats) {
            String person = s.person();
            if (!holders.computeIfAbsent(s.group(), g -> new Holders()).add(person)) {
                continue;
            }
            held.computeIfAbsent(person, p -> new Load(s.holder(), new ArrayList<>(2))).groups().add(s.group());
            if (s.represents() != null && organisations.contains(s.represents())) {
                represented.computeIfAbsent(s.represents(), o -> new LinkedHashSet<>()).add(s.group());
            }
        }
        return new SeatIndex(groups, organisations, holders, held, represented);
    }

    /** The groups by id (the last of any with the same id), unsorted. */
    Map<String, GroupFact> groups() {
        return groups;
    }

    /** Every organisation's id, unsorted. */
    Set<String> organisations() {
        return organisations;
    }

    /** Every seat-holder's groups, unsorted. */
    Map<String, Load> held() {
        return held;
    }

    /** The seat-holders of {@code group}, unsorted; empty where it has none. */
    List<String> holders(String group) {
        Holders h = holders.get(group);
        return h == null ? List.of() : h.people;
    }

    /** Whether {@code person} holds a seat in {@code group}. */
    boolean holds(String group, String person) {
        Holders h = holders.get(group);
        return h != null && h.contains(person);
    }

    /** The groups each organisation is represented in by a seat, for those represented anywhere, unsorted. */
    Map<String, Set<String>> represented() {
        return represented;
    }

    /** One group's seat-holders, each once: a list scanned while short, with a hash set once it grows. */
    private static final class Holders {
        private final List<String> people = new ArrayList<>(8);
        private Set<String> set;

        /** Adds {@code person} unless already there; whether it was added. */
        boolean add(String person) {
            if (contains(person)) {
                return false;
            }
            people.add(person);
            if (set != null) {
                set.add(person);
            } else if (people.size() > SCAN_LIMIT) {
                set = new HashSet<>(people);
            }
            return true;
        }

        boolean contains(String person) {
            return set != null ? set.contains(person) : people.contains(person);
        }
    }
}
