package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A group's seats counted once (SIZE-001, ROLE-001, REP-001, REP-002, CHAIR-001..003), and the people with an
 * entry in term (TERM-004): the rules join it by group id, or by tier, instead of each holding a memory of
 * every seat of the network. It carries its group's fact, so that a rule that has found a group by its seats
 * reports the group without joining every {@link GroupFact} (as {@link Member} carries its holder's record).
 * There is one per group: the loader keeps one record per id (DATA-001).
 *
 * @param group           the group's id (the record's, as a property the rules join and index on)
 * @param tier            the group's tier (likewise)
 * @param record          the group's fact
 * @param seats           how many of the group's entries are seats ({@link Member#seat()})
 * @param byRole          seats per role, indexed by {@link Role#ordinal()}; the last place counts seats whose role
 *                        the data got wrong (null)
 * @param byType          seats per represented organisation type, indexed by {@link OrganisationType#ordinal()}
 * @param municipalities  the municipality codes the seats represent
 * @param inTerm          the people with an entry in term on the check date, whatever its role (SECRETARY too)
 * @param chairs          the seats with the role CHAIR, in the order of the data
 * @param deputies        the personal deputies named by entries in term (TERM-004)
 * @param repeatedDeputies those of them named by more than one entry in term (TERM-004)
 * @param deputySeats     the entries in term that name a deputy, kept only where the group shows a TERM-004 case
 *                        (empty otherwise): TERM-004 reads them {@code from} here, so that no node of the engine
 *                        holds every such seat of the network
 * @param outsideScope    the seats that represent a municipality outside the group's scope (REP-003), in the order
 *                        of the data
 */
public record GroupSeats(String group, Tier tier, GroupFact record, long seats, int[] byRole, int[] byType,
                         Set<String> municipalities, Set<String> inTerm, List<Member> chairs,
                         Set<String> deputies, Set<String> repeatedDeputies, List<Member> deputySeats,
                         List<Member> outsideScope) {

    /** How many roles there are: the place after them in {@code byRole} counts the seats without one. */
    private static final int ROLES = Role.values().length;

    private static final int TYPES = OrganisationType.values().length;

    public GroupSeats {
        byRole = byRole.clone();
        byType = byType.clone();
        municipalities = Set.copyOf(municipalities);
        inTerm = Set.copyOf(inTerm);
        chairs = List.copyOf(chairs);
        deputies = Set.copyOf(deputies);
        repeatedDeputies = Set.copyOf(repeatedDeputies);
        deputySeats = List.copyOf(deputySeats);
        outsideScope = List.copyOf(outsideScope);
    }

    /** Counts the seats among {@code entries}, the entries of {@code group}. */
    public static GroupSeats of(GroupFact group, List<Member> entries) {
        long seats = 0;
        int[] byRole = new int[ROLES + 1];
        int[] byType = new int[TYPES];
        // Collected each once in short arrays, not hash and tree sets: see DistinctIds.
        DistinctIds municipalities = new DistinctIds(4);
        DistinctIds inTerm = new DistinctIds(entries.size());
        List<Member> chairs = new ArrayList<>(1);
        DistinctIds deputies = new DistinctIds(4);
        DistinctIds repeatedDeputies = new DistinctIds(2);
        List<Member> deputySeats = new ArrayList<>();
        List<Member> outsideScope = new ArrayList<>(0);
        for (Member s : entries) {
            if (s.inTerm() && s.person() != null) {
                inTerm.add(s.person());
            }
            if (s.inTerm() && s.deputy() != null) {
                deputySeats.add(s);
                if (!deputies.add(s.deputy())) {
                    repeatedDeputies.add(s.deputy());
                }
            }
            if (!s.seat()) {
                continue;
            }
            seats++;
            byRole[s.role() == null ? ROLES : s.role().ordinal()]++;
            if (s.role() == Role.CHAIR) {
                chairs.add(s);
            }
            if (s.representsType() != null) {
                byType[s.representsType().ordinal()]++;
            }
            if (s.representsMunicipality() != null) {
                municipalities.add(s.representsMunicipality());
                if (!group.scopeMunicipalities().contains(s.representsMunicipality())) {
                    outsideScope.add(s);
                }
            }
        }
        Set<String> inTermIds = inTerm.frozen();
        Set<String> deputyIds = deputies.frozen();
        boolean deputyCase = !repeatedDeputies.isEmpty() || anyIn(deputyIds, inTermIds);
        return new GroupSeats(group.id(), group.tier(), group, seats, byRole, byType, municipalities.frozen(),
                inTermIds, chairs, deputyIds, repeatedDeputies.frozen(), deputyCase ? deputySeats : List.of(),
                outsideScope);
    }

    /** The people in the chair seats, in the order of the data (null where a seat names nobody). */
    public List<String> chairHolders() {
        return chairs.stream().map(Member::person).toList();
    }

    /** How many chair seats represent an organisation of {@code type}. */
    public long chairsRepresenting(OrganisationType type) {
        return chairs.stream().filter(c -> c.representsType() == type).count();
    }

    /** How many seats have {@code role} (null: how many have none, as {@code role == null} counts them). */
    public long withRole(Role role) {
        return byRole[role == null ? byRole.length - 1 : role.ordinal()];
    }

    /** How many seats represent an organisation of one of {@code types}. */
    public long representing(Collection<OrganisationType> types) {
        long n = 0;
        for (OrganisationType type : types) {
            n += byType[type.ordinal()];
        }
        return n;
    }

    /** Whether a seat represents the municipality {@code code}. */
    public boolean represents(String code) {
        return municipalities.contains(code);
    }

    /** Whether a seat represents a municipality outside the group's scope (REP-003). */
    public boolean representsOutsideScope() {
        return !outsideScope.isEmpty();
    }

    /** Whether the deputy of an entry in term has an entry of this group in term too (TERM-004). */
    public boolean deputyHasEntryInTerm() {
        return anyIn(deputies, inTerm);
    }

    /** Whether one of {@code ids} is in {@code set} (a loop: called once per group of the network). */
    private static boolean anyIn(Set<String> ids, Set<String> set) {
        for (String id : ids) {
            if (set.contains(id)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code person} is the deputy of more than one entry in term (TERM-004). */
    public boolean deputisesTwice(String person) {
        return repeatedDeputies.contains(person);
    }

    /** Whether {@code person} has an entry of this group in term. */
    public boolean hasEntryInTerm(String person) {
        return inTerm.contains(person);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupSeats other && group.equals(other.group) && tier == other.tier
                && record.equals(other.record) && seats == other.seats && Arrays.equals(byRole, other.byRole)
                && Arrays.equals(byType, other.byType) && municipalities.equals(other.municipalities)
                && inTerm.equals(other.inTerm) && chairs.equals(other.chairs) && deputies.equals(other.deputies)
                && repeatedDeputies.equals(other.repeatedDeputies) && deputySeats.equals(other.deputySeats)
                && outsideScope.equals(other.outsideScope);
    }

    @Override
    public int hashCode() {
        return group.hashCode();
    }

    @Override
    public String toString() {
        return "GroupSeats[" + group + ", " + seats + " seats, roles " + Arrays.toString(byRole) + ", types "
                + Arrays.toString(byType) + ", municipalities " + municipalities + ", " + chairs.size() + " chairs]";
    }
}
