package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.Limits;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Meeting;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.model.Municipality;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Scope;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the entries of a group are resolved into {@link Member}s, and the facts made beside them. */
class FactBuilderTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    private static Location at(int line) {
        return new Location("d.yaml", line, 3, null);
    }

    private final Person anna = new Person("p1", "Anna", "puheenjohtaja", "o-tre", at(3));
    private final Person bertil = new Person("p2", "Bertil", null, "o-ngo", at(4));
    private final Person carl = new Person("p3", "Carl", null, null, at(5));
    /** Represents her own organisation (none given), deputised by p2. */
    private final Membership chair = new Membership("g1", "p1", null, Role.CHAIR, "p2", LocalDate.of(2023, 1, 1),
            null, at(10));
    /** A secretary who names an organisation and a deputy the data lacks. */
    private final Membership secretary = new Membership("g1", "p2", "o-missing", Role.SECRETARY, "p-missing", null,
            null, at(11));
    /** Someone the data does not declare, whose term has ended. */
    private final Membership ghost = new Membership("g1", "p-ghost", "o-ngo", Role.MEMBER, null, null,
            LocalDate.of(2023, 12, 31), at(12));
    /** Filed under another group's id by whoever made it, yet an entry of g1. */
    private final Membership stray = new Membership("elsewhere", "p3", "o-ngo", Role.MEMBER, null, null, null, at(13));

    private final Dataset data = new Dataset(List.of("d.yaml"), null, null, null, List.of(),
            List.of(new Municipality("837", "Tampere", null, at(1))),
            List.of(new Organisation("o-tre", OrganisationType.MUNICIPALITY, "Tampere", "837", List.of(), at(1)),
                    new Organisation("o-ngo", OrganisationType.NGO, "Yhdistys", "837", List.of(), at(2))),
            List.of(anna, bertil, carl),
            List.of(new Group("g1", "Perhekeskus", Tier.LOCAL, null, List.of("837"), true,
                    List.of(chair, secretary, ghost, stray), at(9))),
            List.of(), List.of(), List.of(), List.of());

    /** Two specs of the same tier: the first counts, as {@link GovernanceModel#tier} finds it. */
    private final GovernanceModel model = new GovernanceModel("m", "Malli", null, List.of(), List.of(), false,
            Limits.DEFAULTS, List.of(
                    new ModelTier(Tier.LOCAL, "Paikallinen", Scope.MUNICIPALITIES, null, Map.of(), Set.of()),
                    new ModelTier(Tier.LOCAL, "Toinen", Scope.REGION, null, Map.of(), Set.of())),
            null, Map.of(), Set.of(), List.of());

    private final Facts facts = FactBuilder.build(data, model, ON);

    private List<Member> members() {
        return facts.all().stream().filter(Member.class::isInstance).map(Member.class::cast).toList();
    }

    @Test
    void anEntryIsResolvedThroughItsHolderWhereItNamesNoOrganisation() {
        Member m = members().get(0);
        assertSame(chair, m.entry(), "the membership itself, not a copy");
        assertEquals("g1", m.group());
        assertEquals(Tier.LOCAL, m.tier());
        assertEquals("p1", m.person());
        assertSame(anna, m.holder());
        assertEquals("o-tre", m.represents());
        assertEquals(OrganisationType.MUNICIPALITY, m.representsType());
        assertEquals("837", m.representsMunicipality());
        assertEquals(Role.CHAIR, m.role());
        assertEquals("p2", m.deputy());
        assertSame(bertil, m.deputyRecord());
        assertEquals("o-ngo", m.deputyOrganisation());
        assertEquals(LocalDate.of(2023, 1, 1), m.termFrom());
        assertNull(m.termUntil());
        assertEquals(at(10), m.location());
        assertEquals("g1/p1", m.id());
        assertTrue(m.inTerm());
        assertTrue(m.seat());
        assertTrue(m.isChairGroup());
        assertTrue(m.holderTitleContains("PUHEENJOHTAJA"));
    }

    @Test
    void whatTheDataLacksIsNullAndADataProblemInTheOrderOfTheEntry() {
        Member secretaryMember = members().get(1);
        assertEquals("o-missing", secretaryMember.represents());
        assertNull(secretaryMember.representsType());
        assertNull(secretaryMember.representsMunicipality());
        assertNull(secretaryMember.deputyRecord());
        assertNull(secretaryMember.deputyOrganisation());
        assertTrue(secretaryMember.inTerm());
        assertFalse(secretaryMember.seat(), "a secretary holds no seat");
        assertFalse(secretaryMember.isChairGroup());

        Member ghostMember = members().get(2);
        assertNull(ghostMember.holder());
        assertFalse(ghostMember.holderTitleContains("x"));
        assertEquals(OrganisationType.NGO, ghostMember.representsType());
        assertNull(ghostMember.representsMunicipality(), "only a municipality's organisation names one");
        assertFalse(ghostMember.inTerm());
        assertFalse(ghostMember.seat());

        List<String> problems = facts.all().stream().filter(DataProblem.class::isInstance)
                .map(DataProblem.class::cast)
                .map(p -> p.rule() + " " + p.subjectId() + " " + p.details().get("kind") + " " + p.details().get("missing"))
                .toList();
        assertEquals(List.of("DATA-002 g1/p2 organisation o-missing", "DATA-002 g1/p2 person p-missing",
                "DATA-002 g1/p-ghost person p-ghost"), problems);
    }

    /**
     * A reference that gives a name instead of an id is still DATA-002; where one person, organisation or group
     * has that name (case and runs of spaces aside), its message and details name the id to write. A name that two
     * people share, or that nobody has, names none.
     */
    @Test
    void aReferenceByNameNamesTheIdOfThatName() {
        Person anna2 = new Person("p9", "Anna", null, null, at(6));
        Dataset named = new Dataset(List.of("d.yaml"), null, null, null, List.of(), data.municipalities(),
                data.organisations(), List.of(anna, bertil, carl, anna2),
                List.of(new Group("g1", "Perhekeskus", Tier.LOCAL, null, List.of("837"), true, List.of(
                        new Membership("g1", "  bertil ", "tampere", Role.MEMBER, "CARL", null, null, at(10)),
                        new Membership("g1", "Anna", "Yhdistys", Role.MEMBER, "Dora", null, null, at(11))), at(9))),
                List.of(), List.of(new Meeting("m1", "perhekeskus", ON, List.of("p1"), at(12))), List.of(), List.of());
        List<String> problems = FactBuilder.build(named, model, ON).all().stream()
                .filter(DataProblem.class::isInstance).map(DataProblem.class::cast)
                .map(p -> p.key() + " " + p.args().get(1) + " -> " + p.details().get("idOfName")
                        + (p.args().size() > 2 ? " " + p.args().get(2) : ""))
                .toList();
        assertEquals(List.of("DATA-002.name   bertil  -> p2 p2", "DATA-002.name tampere -> o-tre o-tre",
                "DATA-002.name CARL -> p3 p3", "DATA-002 Anna -> null", "DATA-002.name Yhdistys -> o-ngo o-ngo",
                "DATA-002 Dora -> null", "DATA-002.name perhekeskus -> g1 g1"), problems);
    }

    @Test
    void anEntryBelongsToTheGroupItIsIn() {
        Member m = members().get(3);
        assertEquals("g1", m.group());
        assertEquals("g1/p3", m.id());
        assertEquals(at(13), m.location());
        assertEquals(stray.person(), m.person());
        assertEquals(OrganisationType.NGO, m.representsType());
        assertTrue(m.seat());
    }

    @Test
    void theSeatHoldersOfATierAreTheHoldersOfItsSeats() {
        List<TierSeats> tiers = facts.all().stream().filter(TierSeats.class::isInstance)
                .map(TierSeats.class::cast).toList();
        assertEquals(1, tiers.size());
        TierSeats local = tiers.get(0);
        assertEquals(Tier.LOCAL, local.tier());
        assertEquals(Set.of("p1", "p3"), local.holders(), "the secretary's seat does not count, the stray one does");
        assertTrue(local.holds("p1"));
        assertFalse(local.holds("p-ghost"));
        assertThrows(UnsupportedOperationException.class, () -> local.holders().add("p9"));
    }

    @Test
    void aGroupTakesTheScopeOfTheFirstSpecOfItsTier() {
        GroupFact g = facts.all().stream().filter(GroupFact.class::isInstance).map(GroupFact.class::cast)
                .findFirst().orElseThrow();
        assertEquals(Scope.MUNICIPALITIES, g.scope());
        assertEquals(Set.of("837"), g.scopeMunicipalities());
        assertTrue(g.tierInModel());
        assertEquals(Map.of(Tier.LOCAL, model.tiers().get(0)), FactBuilder.tierSpecs(model));
        GroupSeats seats = facts.all().stream().filter(GroupSeats.class::isInstance).map(GroupSeats.class::cast)
                .findFirst().orElseThrow();
        assertEquals(2, seats.seats());
        assertEquals(Set.of("p1", "p2", "p3"), seats.inTerm());
        assertTrue(seats.deputyHasEntryInTerm(), "p2 deputises p1 and sits in the group");
    }

    @Test
    void theFactsAreCountedBeforehandFromTheData() {
        // 4 entries, 3 per group, 3 people, 2 organisations, no meetings, places or problems, 64 to spare.
        assertEquals(4 + 3 + 3 + 2 + 64, FactBuilder.expectedFacts(data));
        assertTrue(FactBuilder.expectedFacts(data) >= facts.all().size());
    }
}
