package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.IdsByName;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Meeting;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.model.MeetingPlace;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Region;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Links a loaded dataset with its governance model into facts: resolves every reference (a dangling
 * one is DATA-002, a municipality code outside the region DATA-004), works out each municipality's area
 * and each group's scope, and turns the model into requirement facts.
 */
public final class FactBuilder {

    private final List<DataProblem> problems = new ArrayList<>();
    private Dataset data;
    /** The ids of people, organisations and groups by name, each made on the first reference of its kind missing. */
    private final Map<String, IdsByName> byName = new HashMap<>();

    /** Builds the facts of {@code data} checked against {@code model} on {@code checkDate}. */
    public static Facts build(Dataset data, GovernanceModel model, LocalDate checkDate) {
        return new FactBuilder().run(data, model, checkDate);
    }

    private Facts run(Dataset data, GovernanceModel model, LocalDate checkDate) {
        problems.addAll(data.problems());
        this.data = data;
        List<Object> facts = new ArrayList<>(expectedFacts(data));

        Map<String, Area> areas = new LinkedHashMap<>();
        data.areas().forEach(a -> areas.put(a.id(), a));
        // An area only the model names has no place in the data to point at.
        model.areas().forEach(a -> areas.putIfAbsent(a.id(), new Area(a.id(), a.name(), null)));
        facts.addAll(areas.values());

        Map<String, MunicipalityFact> municipalities = municipalities(data, model, areas);
        facts.addAll(municipalities.values());

        Map<String, Organisation> organisations = new LinkedHashMap<>();
        for (Organisation o : data.organisations()) {
            organisations.put(o.id(), o);
            if (o.municipality() != null) {
                inRegion(o.municipality(), "municipality", municipalities, "organisation", o.id(), o.location());
            }
            o.municipalities().forEach(c -> inRegion(c, "municipalities", municipalities, "organisation", o.id(),
                    o.location()));
            facts.add(o);
        }

        // Looked up for every membership, never iterated: a table sized once (631k people at 1M memberships). A
        // person without an id is never looked up: every lookup is of an id the data gives.
        IdMap<Person> people = new IdMap<>(data.people().size());
        for (Person p : data.people()) {
            if (p.id() != null) {
                people.put(p.id(), p);
            }
            reference(p.organisation(), organisations::containsKey, "organisation", "person", p.id(), p.location());
            facts.add(p);
        }

        Map<Tier, ModelTier> tierSpecs = tierSpecs(model);
        Map<String, Group> groups = new LinkedHashMap<>();
        data.groups().forEach(g -> groups.put(g.id(), g));
        Map<Tier, List<List<Member>>> tierEntries = new EnumMap<>(Tier.class);
        for (Group g : data.groups()) {
            reference(g.area(), areas::containsKey, "area", "group", g.id(), g.location());
            g.municipalities().forEach(c -> inRegion(c, "municipalities", municipalities, "group", g.id(),
                    g.location()));
            GroupFact fact = groupFact(g, tierSpecs, municipalities);
            facts.add(fact);
            groupMunicipalities(fact, facts);
            List<Member> entries = new ArrayList<>(g.members().size());
            for (Membership m : OverlappingEntries.settle(g.members(), checkDate, problems)) {
                entries.add(seat(m, g, people, organisations, checkDate));
            }
            facts.addAll(entries);
            facts.add(GroupSeats.of(fact, entries));
            if (g.tier() != null && TierSeats.anySeatHeld(entries)) {
                tierEntries.computeIfAbsent(g.tier(), t -> new ArrayList<>()).add(entries);
            }
        }
        tierEntries.forEach((tier, entries) -> facts.add(TierSeats.of(tier, entries)));

        Map<String, Set<String>> coordinatorSeats = coordinatorSeats(data, facts);
        for (MeetingPlace mp : data.meetingPlaces()) {
            if (mp.municipality() != null) {
                inRegion(mp.municipality(), "municipality", municipalities, "meetingPlace", mp.id(), mp.location());
            }
            reference(mp.coordinator(), people::containsKey, "person", "meetingPlace", mp.id(), mp.location());
            facts.add(mp);
            if (mp.coordinator() != null && people.containsKey(mp.coordinator())) {
                facts.add(new MeetingPlaceCoordinator(mp.id(), people.get(mp.coordinator()),
                        coordinatorSeats.getOrDefault(mp.coordinator(), Set.of())));
            }
        }
        for (Meeting m : data.meetings()) {
            reference(m.group(), groups::containsKey, "group", "meeting", m.id(), m.location());
            m.attendees().forEach(a -> reference(a, people::containsKey, "person", "meeting", m.id(), m.location()));
            facts.add(m);
        }

        Region region = data.region() != null && data.region().id() != null ? data.region()
                : new Region(model.id(), model.name(), null);
        facts.add(region);
        CheckContext context = new CheckContext(checkDate, model.limits(), region.id(),
                region.name() == null ? region.id() : region.name(), model.everyMunicipalityInArea(),
                RequirementIndex.of(model.requirements()), Collections.unmodifiableMap(organisations),
                Collections.unmodifiableMap(areas));
        facts.add(context);
        facts.addAll(model.tiers());
        facts.addAll(model.requirements());
        if (model.meetingPlaces() != null) {
            facts.add(model.meetingPlaces());
        }
        facts.addAll(problems);
        return new Facts(model, context, facts, groups);
    }


    /**
     * About how many facts {@code data} makes (a group makes a few more, one per municipality it covers): the list
     * of nearly two million facts at national scale is sized once instead of grown and copied twenty times.
     */
    static int expectedFacts(Dataset data) {
        long entries = 0;
        for (Group g : data.groups()) {
            entries += g.members().size();
        }
        long n = entries + 3L * data.groups().size() + data.people().size() + data.organisations().size()
                + data.meetings().size() + data.meetingPlaces().size() + data.problems().size() + 64;
        return (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    /**
     * For each meeting place's coordinator, the municipalities they represent in a seat (ROLE-004): one pass over
     * the seats, and only when the data has meeting places with coordinators.
     */
    static Map<String, Set<String>> coordinatorSeats(Dataset data, List<Object> facts) {
        Set<String> coordinators = new HashSet<>();
        data.meetingPlaces().forEach(mp -> {
            if (mp.coordinator() != null) {
                coordinators.add(mp.coordinator());
            }
        });
        Map<String, Set<String>> seats = new HashMap<>();
        if (coordinators.isEmpty()) {
            return seats;
        }
        for (Object fact : facts) {
            if (fact instanceof Member s && s.seat() && s.representsMunicipality() != null
                    && coordinators.contains(s.person())) {
                seats.computeIfAbsent(s.person(), p -> new HashSet<>()).add(s.representsMunicipality());
            }
        }
        return seats;
    }
    /** The region's municipalities: the model's list (or the data's where the model has none), with areas. */
    private Map<String, MunicipalityFact> municipalities(Dataset data, GovernanceModel model, Map<String, Area> areas) {
        Map<String, Municipality> reference = new LinkedHashMap<>();
        model.municipalities().forEach(m -> reference.put(m.code(), m));
        Map<String, Municipality> declared = new LinkedHashMap<>();
        for (Municipality m : data.municipalities()) {
            if (!reference.isEmpty() && !reference.containsKey(m.code())) {
                problems.add(problem("DATA-004", "municipality", m.code(), m.location(), m.code(), "code"));
                continue;
            }
            if (m.area() != null && !areas.containsKey(m.area())) {
                problems.add(problem("DATA-002", "municipality", m.code(), m.location(), "area", m.area()));
                declared.put(m.code(), new Municipality(m.code(), m.name(), null, m.location()));
                continue;
            }
            declared.put(m.code(), m);
        }
        Set<String> codes = new TreeSet<>(reference.isEmpty() ? declared.keySet() : reference.keySet());
        Map<String, MunicipalityFact> result = new LinkedHashMap<>();
        for (String code : codes) {
            Municipality ref = reference.get(code);
            Municipality own = declared.get(code);
            String name = ref != null && ref.name() != null ? ref.name() : own == null ? null : own.name();
            String dataArea = own == null ? null : own.area();
            String modelArea = ref == null ? null : ref.area();
            result.put(code, new MunicipalityFact(code, name, dataArea != null ? dataArea : modelArea, dataArea,
                    modelArea, own == null ? null : own.location()));
        }
        return result;
    }

    /** The model's tiers by tier, the first where two name the same (as {@link GovernanceModel#tier}). */
    static Map<Tier, ModelTier> tierSpecs(GovernanceModel model) {
        Map<Tier, ModelTier> specs = new EnumMap<>(Tier.class);
        for (ModelTier t : model.tiers()) {
            if (t.tier() != null) {
                specs.putIfAbsent(t.tier(), t);
            }
        }
        return specs;
    }

    private GroupFact groupFact(Group g, Map<Tier, ModelTier> tierSpecs, Map<String, MunicipalityFact> municipalities) {
        ModelTier spec = g.tier() == null ? null : tierSpecs.get(g.tier());
        Scope scope = spec == null ? null : spec.scope();
        Set<String> inScope = Set.of();
        if (scope == Scope.REGION) {
            inScope = Set.copyOf(municipalities.keySet());
        } else if (scope == Scope.AREA && g.area() != null) {
            Set<String> codes = new HashSet<>();
            for (MunicipalityFact m : municipalities.values()) {
                if (g.area().equals(m.area())) {
                    codes.add(m.code());
                }
            }
            inScope = DistinctIds.frozen(codes);
        } else if (scope == Scope.MUNICIPALITIES) {
            inScope = Set.copyOf(g.municipalities());
        }
        // Nearly always one area: a list, not a tree, keeps each once.
        List<String> groupAreas = new ArrayList<>(2);
        if (g.area() != null) {
            groupAreas.add(g.area());
        }
        for (String code : g.municipalities()) {
            MunicipalityFact m = municipalities.get(code);
            if (m != null && m.area() != null && !groupAreas.contains(m.area())) {
                groupAreas.add(m.area());
            }
        }
        return new GroupFact(g.id(), g.name(), g.tier(), scope, g.area(), g.municipalities(), g.municipalitiesGiven(),
                spec != null, inScope, Set.copyOf(groupAreas), g.location());
    }

    /**
     * One {@link GroupMunicipality} per code the group names or covers, added to {@code facts}. Public for the
     * benchmarks, which time it and {@link GroupSeats#of} beside the plain-Java reference (which builds its own
     * indexes as it checks).
     */
    public static void groupMunicipalities(GroupFact g, List<Object> facts) {
        Set<String> codes = new TreeSet<>(g.scopeMunicipalities());
        codes.addAll(g.municipalities());
        for (String code : codes) {
            facts.add(new GroupMunicipality(g.id(), g.tier(), code, g.municipalities().contains(code),
                    g.scopeMunicipalities().contains(code)));
        }
    }

    /**
     * The entry {@code m} of {@code g} resolved. Each id is looked up once (the result says whether it is known):
     * a million entries at national scale, each naming a person, an organisation and a deputy.
     */
    private Member seat(Membership m, Group g, IdMap<Person> people,
                          Map<String, Organisation> organisations, LocalDate checkDate) {
        Person person = m.person() == null ? null : people.get(m.person());
        if (m.person() != null && person == null) {
            problems.add(missing("membership", m.id(), m.location(), "person", m.person()));
        }
        String represents = m.represents();
        Organisation org = null;
        if (represents != null) {
            org = organisations.get(represents);
            if (org == null) {
                problems.add(missing("membership", m.id(), m.location(), "organisation", represents));
            }
        } else if (person != null) {
            represents = person.organisation();
            org = represents == null ? null : organisations.get(represents);
        }
        Person deputy = m.deputy() == null ? null : people.get(m.deputy());
        if (m.deputy() != null && deputy == null) {
            problems.add(missing("membership", m.id(), m.location(), "person", m.deputy()));
        }
        OrganisationType type = org == null ? null : org.type();
        String municipality = type == OrganisationType.MUNICIPALITY ? org.municipality() : null;
        boolean inTerm = m.inTermOn(checkDate);
        // The loader files an entry under its group's id; one made otherwise still names the group it is in.
        Membership entry = g.id().equals(m.group()) ? m
                : new Membership(g.id(), m.person(), m.represents(), m.role(), m.deputy(), m.from(), m.until(),
                        m.location());
        return new Member(entry, g.tier(), person, represents, type, municipality, deputy, inTerm,
                inTerm && m.role() != Role.SECRETARY);
    }

    /** DATA-004 when {@code code}, written in the record's {@code field}, is none of the region's municipalities. */
    private void inRegion(String code, String field, Map<String, MunicipalityFact> municipalities,
                          String subjectType, String subjectId, Location at) {
        if (!municipalities.containsKey(code)) {
            problems.add(problem("DATA-004", subjectType, subjectId, at, code, field));
        }
    }

    private void reference(String id, Predicate<String> known, String kind, String subjectType, String subjectId,
                           Location at) {
        if (id != null && !known.test(id)) {
            problems.add(missing(subjectType, subjectId, at, kind, id));
        }
    }

    /**
     * DATA-002 for a reference to {@code id} of {@code kind} that the data does not define; where it is the name
     * of one person, organisation or group, the message names that one's id (detail {@code idOfName}).
     */
    private DataProblem missing(String subjectType, String subjectId, Location at, String kind, String id) {
        IdsByName names = byName.computeIfAbsent(kind, k -> switch (k) {
            case "person" -> IdsByName.of(data.people(), Person::name, Person::id);
            case "organisation" -> IdsByName.of(data.organisations(), Organisation::name, Organisation::id);
            case "group" -> IdsByName.of(data.groups(), Group::name, Group::id);
            default -> null;
        });
        String named = names == null ? null : names.idOf(id);
        if (named == null) {
            return problem("DATA-002", subjectType, subjectId, at, kind, id);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", kind);
        details.put("missing", id);
        details.put("idOfName", named);
        return new DataProblem("DATA-002", subjectType, subjectId, "DATA-002.name",
                List.of(Word.kind(kind), id, named), at, details);
    }

    private static DataProblem problem(String rule, String subjectType, String subjectId, Location at,
                                       String first, String second) {
        Map<String, Object> details = new LinkedHashMap<>();
        if ("DATA-002".equals(rule)) {
            details.put("kind", first);
            details.put("missing", second);
        } else {
            details.put("municipality", first);
        }
        Object firstArg = "DATA-002".equals(rule) ? Word.kind(first) : first;
        return new DataProblem(rule, subjectType, subjectId, rule, List.of(firstArg, second), at, details);
    }

}
