package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.Person;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who holds a seat in which group on the check date, as the network map and the NET rules both count it:
 * the members that hold seats (in term, not secretary) and name a person, in a group known when the seat
 * is read; each person once per group, by the first such seat in the data; deputy places not at all. The
 * organisation a seat represents counts where the data has that organisation.
 *
 * <p>One pass with hash maps and nothing sorted: the network facts of a check need only these relations,
 * and sorting a million seats or the keys of every person for them cost more than the NET rules themselves.
 * {@link NetworkBuilder} reads the same seats into the sorted {@link NetworkGraph} the map is drawn from;
 * {@code NetworkFactsTest} holds the two to the same relations.
 */
final class SeatIndex {

    /** Lists of ids longer than this get a hash set beside them (see {@link Distinct}). */
    private static final int SCAN_LIMIT = 16;

    private final Map<String, GroupFact> groups;
    private final Set<String> organisations;
    private final Map<String, Distinct> holders;
    private final Map<String, Load> held;
    private final Map<String, Distinct> represented;

    private SeatIndex(Map<String, GroupFact> groups, Set<String> organisations, Map<String, Distinct> holders,
                      Map<String, Load> held, Map<String, Distinct> represented) {
        this.groups = groups;
        this.organisations = organisations;
        this.holders = holders;
        this.held = held;
        this.represented = represented;
    }

    /**
     * The groups one seat-holder sits in, each once, and the holder's record (null if none). Most people sit in
     * one group: their one group is kept as it is, and a {@link Distinct} made only for a second.
     */
    static final class Load {
        private final Person record;
        private final String first;
        private Distinct more;

        Load(Person record, String first) {
            this.record = record;
            this.first = first;
        }

        /** The holder's record, or null. */
        Person record() {
            return record;
        }

        /** Adds {@code group} unless already there; whether it was added. */
        boolean add(String group) {
            if (more == null) {
                if (first.equals(group)) {
                    return false;
                }
                more = new Distinct(2);
                more.add(first);
            }
            return more.add(group);
        }

        /** The groups sorted, as an immutable list. */
        List<String> sorted() {
            return more == null ? List.of(first) : more.sorted();
        }
    }

    /** The seats of {@code facts}, people under their ids. */
    static SeatIndex of(Facts facts) {
        return of(facts, true);
    }

    /**
     * The seats of {@code facts}, people under their ids; without {@code relations}, only each seat-holder's
     * groups ({@link #held()}, what {@code PersonLoad} needs): no holders per group and no organisations'
     * reach, which are empty. A person's groups are the same either way: a person is counted once per group
     * whether the check is made in the group's holders or in the person's short list of groups.
     */
    static SeatIndex of(Facts facts, boolean relations) {
        Map<String, GroupFact> groups = new HashMap<>();
        Set<String> organisations = new HashSet<>();
        List<Member> seats = new ArrayList<>();
        // A group's entries come together, after its fact: whether their group is known is asked once per run.
        String lastGroup = null;
        boolean lastKnown = false;
        for (Object fact : facts.all()) {
            if (fact instanceof Member s) {
                if (s.seat() && s.person() != null) {
                    if (s.group() != lastGroup) {
                        lastGroup = s.group();
                        lastKnown = groups.containsKey(lastGroup);
                    }
                    if (lastKnown) {
                        seats.add(s);
                    }
                }
            } else if (fact instanceof GroupFact g) {
                groups.put(g.id(), g);
                lastGroup = null;
            } else if (relations && fact instanceof Organisation o) {
                organisations.add(o.id());
            }
        }
        Map<String, Distinct> holders = new HashMap<>(relations ? groups.size() * 4 / 3 + 1 : 0);
        Map<String, Load> held = new HashMap<>(seats.size() * 4 / 3 + 1);
        Map<String, Distinct> represented = new HashMap<>();
        lastGroup = null;
        Distinct groupHolders = null;
        for (int i = 0; i < seats.size(); i++) {
            Member s = seats.get(i);
            String person = s.person();
            if (relations) {
                if (s.group() != lastGroup) {
                    lastGroup = s.group();
                    groupHolders = holders.get(lastGroup);
                    if (groupHolders == null) {
                        groupHolders = new Distinct(runLength(seats, i));
                        holders.put(lastGroup, groupHolders);
                    }
                }
                if (!groupHolders.add(person)) {
                    continue;
                }
            }
            // With relations the group's holders already said whether the person is new there.
            Load load = held.get(person);
            if (load == null) {
                held.put(person, new Load(s.holder(), s.group()));
            } else if (!load.add(s.group())) {
                continue;
            }
            if (relations && s.represents() != null && organisations.contains(s.represents())) {
                // The groups of an organisation, each once, with no entry object per group (hundreds of
                // thousands of organisation-group pairs at national scale); NetworkFacts sorts them.
                represented.computeIfAbsent(s.represents(), o -> new Distinct(4)).add(s.group());
            }
        }
        return new SeatIndex(groups, organisations, holders, held, represented);
    }

    /** How many seats from {@code start} on are of the same group: the size a group's holders are made with. */
    static int runLength(List<Member> seats, int start) {
        String group = seats.get(start).group();
        int end = start + 1;
        while (end < seats.size() && seats.get(end).group() == group) {
            end++;
        }
        return end - start;
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

    /** The seat-holders of {@code group}, or null where it has none. */
    Distinct holdersOf(String group) {
        return holders.get(group);
    }

    /** The groups each organisation is represented in by a seat, for those represented anywhere, unsorted. */
    Map<String, Distinct> represented() {
        return represented;
    }

    /**
     * Ids, each once, in the order first added (a group's seat-holders, a seat-holder's groups): an array scanned
     * while short, with an open-addressed table of the same strings beside it once it grows, so that a large group
     * or a person in very many groups stays linear. The table holds no entry objects: a national network has fifty
     * thousand groups of some twenty holders.
     */
    static final class Distinct {
        private String[] items;
        /**
         * The hash code of each id beside it: a scan or probe compares these before it reads a string, which at
         * national scale is a cache miss each (a group's holders are asked for every holder of the groups below).
         */
        private int[] hashes;
        private int size;
        /** Index + 1 of each id by hash (0: empty), linear probing, at most half full; null while the ids are few. */
        private int[] table;

        Distinct(int expected) {
            items = new String[expected];
            hashes = new int[expected];
        }

        /** Adds {@code id} (not null) unless already there; whether it was added. */
        boolean add(String id) {
            int h = Objects.requireNonNull(id).hashCode();
            if (indexOf(id, h) >= 0) {
                return false;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, Math.max(4, size * 2));
                hashes = Arrays.copyOf(hashes, items.length);
            }
            items[size] = id;
            hashes[size] = h;
            size++;
            if (table != null && size * 2 <= table.length) {
                place(size - 1);
            } else if (size > SCAN_LIMIT) {
                table = new int[Integer.highestOneBit(size * 4 - 1) * 2];
                for (int i = 0; i < size; i++) {
                    place(i);
                }
            }
            return true;
        }

        boolean contains(String id) {
            return id != null && indexOf(id, id.hashCode()) >= 0;
        }

        /** Where {@code id} (hash code {@code h}) is among the ids, or -1. */
        private int indexOf(String id, int h) {
            if (table != null) {
                int mask = table.length - 1;
                for (int slot = slot(h, mask); table[slot] != 0; slot = (slot + 1) & mask) {
                    int i = table[slot] - 1;
                    if (hashes[i] == h && id.equals(items[i])) {
                        return i;
                    }
                }
                return -1;
            }
            for (int i = 0; i < size; i++) {
                if (hashes[i] == h && id.equals(items[i])) {
                    return i;
                }
            }
            return -1;
        }

        /** Files the {@code i}th id in the table. */
        private void place(int i) {
            int mask = table.length - 1;
            int slot = slot(hashes[i], mask);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }

        /** Spread by the golden ratio: ids such as "p000123" have hash codes in runs, which fill runs of slots. */
        private static int slot(int h, int mask) {
            return h * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
        }

        /** How many ids. */
        int size() {
            return size;
        }

        /** The {@code i}th id added. */
        String get(int i) {
            return items[i];
        }

        /** The ids, in the order added. */
        List<String> items() {
            return Arrays.asList(items).subList(0, size);
        }

        /** The ids sorted, as an immutable list. */
        List<String> sorted() {
            if (size == 1) {
                return List.of(items[0]);
            }
            String[] copy = Arrays.copyOf(items, size);
            Arrays.sort(copy);
            return List.of(copy);
        }
    }
}
