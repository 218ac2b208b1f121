package fi.perhekeskus.pkcheck.bench;

import fi.perhekeskus.pkcheck.facts.CheckContext;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.MunicipalityFact;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.model.TierDemands;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plain-Java reference for a subset of the rule catalogue (issue 5): the performance floor for the
 * Drools engine, and a second opinion on its correctness. It reads the same {@link Facts} the engine gets
 * and makes the same findings (rule, subject, details; severity as the model sets it), written from
 * rule-catalogue.md and data-format.md with hash indexes, one pass per rule:
 *
 * <ul>
 *   <li>STRUCT-003: a municipality named by no group of a per-municipality tier that must cover them all;</li>
 *   <li>CHAIR-001 / 002: a group of a tier with a chair has no CHAIR seat / more than one;</li>
 *   <li>CHAIR-003: none of the group's CHAIR seats represents the type the model requires — one finding per
 *       chair seat (so none where the group has no chair: that is CHAIR-001);</li>
 *   <li>REP-001: fewer seats of an accepted type than the requirement's minimum;</li>
 *   <li>REP-002: a municipality of the region in the group's scope has no seat representing it;</li>
 *   <li>TERM-001: any listed entry (SECRETARY too) not yet started, or ended, on the check date;</li>
 *   <li>NET-001: a declared person holds seats in more groups than the model's limit.</li>
 * </ul>
 *
 * "Seat" is {@link Member#seat()}: in term on the check date and not SECRETARY.
 */
public final class PlainChecker {

    /** The rule ids this reference implements. */
    public static final List<String> RULES = List.of("STRUCT-003", "CHAIR-001", "CHAIR-002", "CHAIR-003", "REP-001",
            "REP-002", "TERM-001", "NET-001");

    /** Every finding of {@link #RULES}, sorted as the engine sorts them. */
    public List<Finding> check(Facts facts) {
        List<GroupFact> groups = new ArrayList<>();
        List<Member> entries = new ArrayList<>();
        List<MunicipalityFact> municipalities = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Map<Tier, TierDemands> tiers = new EnumMap<>(Tier.class);
        List<TierDemands.TypeDemand> requirements = new ArrayList<>();
        CheckContext context = null;
        for (Object fact : facts.all()) {
            if (fact instanceof Member s) {
                entries.add(s);
            } else if (fact instanceof GroupFact g) {
                groups.add(g);
            } else if (fact instanceof MunicipalityFact m) {
                municipalities.add(m);
            } else if (fact instanceof Person p) {
                people.add(p);
            } else if (fact instanceof CheckContext c) {
                context = c;
            }
        }
        for (TierDemands t : TierDemands.of(facts.model())) {
            tiers.put(t.tier(), t);
            requirements.addAll(t.represented());
        }
        if (context == null) {
            throw new IllegalArgumentException("facts without a CheckContext");
        }

        // indexes: seats (in term, not SECRETARY) by group and by person
        Map<String, List<Member>> seatsByGroup = new HashMap<>();
        Map<String, Set<String>> groupsByPerson = new HashMap<>();
        for (Member s : entries) {
            if (!s.seat()) {
                continue;
            }
            seatsByGroup.computeIfAbsent(s.group(), k -> new ArrayList<>(16)).add(s);
            if (s.person() != null) {
                groupsByPerson.computeIfAbsent(s.person(), k -> new HashSet<>(4)).add(s.group());
            }
        }
        Set<String> regionCodes = new HashSet<>();
        municipalities.forEach(m -> regionCodes.add(m.code()));

        Set<Finding> found = new LinkedHashSet<>();
        structure(found, groups, municipalities, tiers);
        for (GroupFact g : groups) {
            List<Member> seats = seatsByGroup.getOrDefault(g.id(), List.of());
            TierDemands spec = g.tier() == null ? null : tiers.get(g.tier());
            if (spec != null) {
                chairs(found, g, spec, seats);
                municipalitySeats(found, g, spec, seats, regionCodes, municipalities);
            }
        }
        for (TierDemands.TypeDemand r : requirements) {
            for (GroupFact g : groups) {
                if (g.tier() == r.tier()) {
                    typeSeats(found, g, r, seatsByGroup.getOrDefault(g.id(), List.of()));
                }
            }
        }
        terms(found, entries, context.checkDate());
        overload(found, people, groupsByPerson, context.limits().maxGroupsPerPerson());

        // the model's severity per tier, or the finding is dropped where the model switches the rule off
        GovernanceModel model = facts.model();
        List<Finding> result = new ArrayList<>(found.size());
        for (Finding f : found) {
            model.severityOf(f.rule(), f.tier(), f.severity())
                    .ifPresent(s -> result.add(s == f.severity() ? f : f.withSeverity(s)));
        }
        Finding.sort(result);
        return result;
    }

    /** STRUCT-003. */
    private static void structure(Set<Finding> found, List<GroupFact> groups, List<MunicipalityFact> municipalities,
                                  Map<Tier, TierDemands> tiers) {
        for (TierDemands t : tiers.values()) {
            if (t.scope() != Scope.MUNICIPALITIES || !t.coverEveryMunicipality()) {
                continue;
            }
            Set<String> covered = new HashSet<>();
            for (GroupFact g : groups) {
                if (g.tier() == t.tier()) {
                    covered.addAll(g.municipalities());
                }
            }
            for (MunicipalityFact m : municipalities) {
                if (!covered.contains(m.code())) {
                    found.add(Finding.builder("STRUCT-003", Severity.ERROR).subject("municipality", m.code())
                            .args(m.label(), t.tier()).at(m.location()).detail("tier", t.tier().name())
                            .in(null, t.tier()).build());
                }
            }
        }
    }

    /** CHAIR-001, CHAIR-002, CHAIR-003. */
    private static void chairs(Set<Finding> found, GroupFact g, TierDemands t, List<Member> seats) {
        if (!t.chairRequired()) {
            return;
        }
        List<Member> chairs = new ArrayList<>(1);
        for (Member s : seats) {
            if (s.role() == Role.CHAIR) {
                chairs.add(s);
            }
        }
        if (chairs.isEmpty()) {
            found.add(Finding.builder("CHAIR-001", Severity.ERROR).subject("group", g.id())
                    .args(g.name() == null ? g.id() : g.name()).at(g.location()).in(g.id(), g.tier()).build());
            return;
        }
        if (chairs.size() > 1) {
            found.add(Finding.builder("CHAIR-002", Severity.ERROR).subject("group", g.id()).args(chairs.size())
                    .at(g.location()).detail("chairs", sorted(chairs.stream().map(Member::person).toList()))
                    .in(g.id(), g.tier()).build());
        }
        OrganisationType required = t.chairRepresents();
        if (required != null && chairs.stream().noneMatch(c -> c.representsType() == required)) {
            for (Member c : chairs) {
                found.add(Finding.builder("CHAIR-003", Severity.ERROR).subject("group", g.id())
                        .args(required, new PersonRef(c.person())).at(c.location()).detail("required", required.name())
                        .in(g.id(), g.tier()).build());
            }
        }
    }

    /** REP-002: only the region's municipalities count (a code outside the region is a DATA finding). */
    private static void municipalitySeats(Set<Finding> found, GroupFact g, TierDemands t, List<Member> seats,
                                          Set<String> regionCodes, List<MunicipalityFact> municipalities) {
        if (!t.allMunicipalities() || g.scopeMunicipalities().isEmpty()) {
            return;
        }
        Set<String> represented = new HashSet<>();
        for (Member s : seats) {
            if (s.representsMunicipality() != null) {
                represented.add(s.representsMunicipality());
            }
        }
        for (MunicipalityFact m : municipalities) {
            if (g.scopeMunicipalities().contains(m.code()) && !represented.contains(m.code())) {
                found.add(Finding.builder("REP-002", Severity.ERROR).subject("group", g.id())
                        .args(m.label(), g.name() == null ? g.id() : g.name()).at(g.location())
                        .detail("municipality", m.code()).in(g.id(), g.tier()).build());
            }
        }
    }

    /** REP-001. */
    private static void typeSeats(Set<Finding> found, GroupFact g, TierDemands.TypeDemand r, List<Member> seats) {
        long n = 0;
        for (Member s : seats) {
            if (r.accepts(s.representsType())) {
                n++;
            }
        }
        if (n < r.min()) {
            List<OrganisationType> types = r.anyOf().stream().sorted().toList();
            found.add(Finding.builder("REP-001", Severity.ERROR).subject("group", g.id()).args(types, r.min(), n)
                    .at(g.location()).detail("types", types.stream().map(Enum::name).collect(Collectors.joining("|")))
                    .detail("required", r.min()).detail("found", n).in(g.id(), g.tier()).build());
        }
    }

    /** TERM-001: every listed entry, whatever its role. */
    private static void terms(Set<Finding> found, List<Member> entries, LocalDate date) {
        for (Member s : entries) {
            if (s.inTerm()) {
                continue;
            }
            if (s.termFrom() != null && s.termFrom().isAfter(date)) {
                found.add(Finding.builder("TERM-001", Severity.WARNING).subject("membership", s.id())
                        .variant("notStarted").args(s.termFrom()).at(s.location())
                        .detail("from", s.termFrom().toString()).in(s.group(), s.tier()).build());
            }
            if (s.termUntil() != null && s.termUntil().isBefore(date)) {
                found.add(Finding.builder("TERM-001", Severity.WARNING).subject("membership", s.id())
                        .variant("ended").args(s.termUntil()).at(s.location())
                        .detail("until", s.termUntil().toString()).in(s.group(), s.tier()).build());
            }
        }
    }

    /** NET-001: groups counted once per person, however many seats the person has in one group. */
    private static void overload(Set<Finding> found, List<Person> people, Map<String, Set<String>> groupsByPerson,
                                 int limit) {
        for (Person p : people) {
            Set<String> groups = groupsByPerson.get(p.id());
            if (groups != null && groups.size() > limit) {
                found.add(Finding.builder("NET-001", Severity.WARNING).subject("person", p.id())
                        .args(new PersonRef(p.id()), groups.size(), limit).at(p.location())
                        .detail("groups", sorted(groups)).build());
            }
        }
    }

    private static List<String> sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().toList();
    }
}
