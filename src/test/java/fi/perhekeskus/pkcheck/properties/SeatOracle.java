package fi.perhekeskus.pkcheck.properties;

import fi.perhekeskus.pkcheck.facts.CheckContext;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.MunicipalityFact;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.model.TierDemands;
import fi.perhekeskus.pkcheck.model.MeetingPlace;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.report.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An independent, plain-Java statement of the rules whose outcome depends on who holds which seat (CHAIR,
 * REP-001/002, SIZE, ROLE-001/002/004, NET), written from rule-catalogue.md without looking at the DRL: on
 * data whose structure is otherwise compliant, the Drools findings must equal what this says, finding for
 * finding. Each expected finding is a {@link #key} string.
 */
final class SeatOracle {

    private SeatOracle() {
    }

    /** A finding as "RULE type id", with REP-002's municipality appended (one finding per municipality). */
    static String key(Finding f) {
        Object municipality = "REP-002".equals(f.rule()) ? f.details().get("municipality") : null;
        return f.rule() + " " + f.subject().type() + " " + f.subject().id()
                + (municipality == null ? "" : " " + municipality);
    }

    /** The keys of the findings the seat rules must make on {@code facts}, sorted. */
    static List<String> expected(Facts facts) {
        List<String> out = new ArrayList<>();
        List<Member> seats = all(facts, Member.class).stream().filter(Member::seat).toList();
        List<GroupFact> groups = all(facts, GroupFact.class);
        Map<String, Person> people = new HashMap<>();
        all(facts, Person.class).forEach(p -> people.put(p.id(), p));
        Map<String, Organisation> organisations = new HashMap<>();
        all(facts, Organisation.class).forEach(o -> organisations.put(o.id(), o));
        Set<String> municipalities = all(facts, MunicipalityFact.class).stream().map(MunicipalityFact::code)
                .collect(Collectors.toSet());

        for (GroupFact g : groups) {
            TierDemands t = TierDemands.of(facts.model(), g.tier()).orElse(null);
            if (t == null) {
                continue;
            }
            List<Member> own = seats.stream().filter(s -> g.id().equals(s.group())).toList();
            if (t.chairRequired()) {
                List<Member> chairs = own.stream().filter(s -> s.role() == Role.CHAIR).toList();
                if (chairs.isEmpty()) {
                    out.add("CHAIR-001 group " + g.id());
                }
                if (chairs.size() > 1) {
                    out.add("CHAIR-002 group " + g.id());
                }
                if (t.chairRepresents() != null && !chairs.isEmpty()
                        && chairs.stream().noneMatch(c -> c.representsType() == t.chairRepresents())) {
                    out.add("CHAIR-003 group " + g.id());
                }
                if (t.chairTitle() != null && !chairs.isEmpty() && chairs.stream().noneMatch(c ->
                        hasTitle(people.get(c.person()), t.chairTitle()))) {
                    out.add("CHAIR-004 group " + g.id());
                }
                for (TierDemands.TypeDemand r : t.chairGroupCovers()) {
                    boolean covered = own.stream().anyMatch(s -> s.role() != null && s.role().inChairGroup()
                            && r.anyOf().contains(s.representsType()));
                    if (!covered) {
                        out.add("CHAIR-005 group " + g.id());
                    }
                }
            }
            for (TierDemands.TypeDemand r : t.represented()) {
                if (own.stream().filter(s -> r.anyOf().contains(s.representsType())).count() < r.min()) {
                    out.add("REP-001 group " + g.id());
                }
            }
            if (t.allMunicipalities()) {
                for (String code : g.scopeMunicipalities()) {
                    if (municipalities.contains(code)
                            && own.stream().noneMatch(s -> code.equals(s.representsMunicipality()))) {
                        out.add("REP-002 group " + g.id() + " " + code);
                    }
                }
            }
            if ((t.sizeMin() != null && own.size() < t.sizeMin()) || (t.sizeMax() != null && own.size() > t.sizeMax())) {
                out.add("SIZE-001 group " + g.id());
            }
            for (TierDemands.RoleDemand r : t.roles()) {
                if (own.stream().filter(s -> s.role() == r.role()).count() < r.min()) {
                    out.add("ROLE-001 group " + g.id());
                }
            }
            if (t.above() != null && t.linkToAbove()) {
                List<GroupFact> above = groups.stream().filter(u -> u.tier() == t.above() && u.isAbove(g)).toList();
                Set<String> holders = own.stream().map(Member::person).filter(p -> p != null)
                        .collect(Collectors.toSet());
                boolean linked = seats.stream().anyMatch(s -> holders.contains(s.person())
                        && above.stream().anyMatch(u -> u.id().equals(s.group())));
                if (!above.isEmpty() && !linked) {
                    out.add("NET-002 group " + g.id());
                }
            }
        }
        for (TierDemands t : TierDemands.of(facts.model())) {
            for (TierDemands.CoordinatorDemand c : t.coordinators()) {
                for (Member s : seats) {
                    if (s.role() == Role.COORDINATOR && s.tier() == c.from() && s.person() != null
                            && seats.stream().noneMatch(o -> s.person().equals(o.person()) && o.tier() == c.tier())) {
                        out.add("ROLE-002 membership " + s.id());
                    }
                }
            }
        }
        if (facts.model().meetingPlaces() != null) {
            for (MeetingPlace mp : all(facts, MeetingPlace.class)) {
                if (mp.coordinator() == null || mp.municipality() == null || !people.containsKey(mp.coordinator())) {
                    continue;
                }
                Organisation employer = organisations.get(people.get(mp.coordinator()).organisation());
                boolean worksThere = employer != null && employer.type() == OrganisationType.MUNICIPALITY
                        && mp.municipality().equals(employer.municipality());
                boolean represents = seats.stream().anyMatch(s -> mp.coordinator().equals(s.person())
                        && mp.municipality().equals(s.representsMunicipality()));
                if (!worksThere && !represents) {
                    out.add("ROLE-004 meetingPlace " + mp.id());
                }
            }
        }
        int limit = all(facts, CheckContext.class).get(0).limits().maxGroupsPerPerson();
        Map<String, Set<String>> groupsOf = new HashMap<>();
        seats.stream().filter(s -> s.person() != null)
                .forEach(s -> groupsOf.computeIfAbsent(s.person(), p -> new HashSet<>()).add(s.group()));
        groupsOf.forEach((person, in) -> {
            if (in.size() > limit && people.containsKey(person)) {
                out.add("NET-001 person " + person);
            }
        });
        for (Organisation o : organisations.values()) {
            if (seats.stream().noneMatch(s -> o.id().equals(s.represents()))) {
                out.add("NET-003 organisation " + o.id());
            }
        }
        return out.stream().sorted().toList();
    }

    private static boolean hasTitle(Person p, String title) {
        return p != null && p.title() != null
                && p.title().toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT));
    }

    private static <T> List<T> all(Facts facts, Class<T> type) {
        return facts.all().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
