package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlappingEntriesTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    private static Membership entry(String person, Role role, String from, String until, int line) {
        return new Membership("g1", person, null, role, null, from == null ? null : LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), new Location("d.yaml", line, 5));
    }

    @Test
    void theEntryInTermIsKeptWhicheverComesFirst() {
        Membership ended = entry("p1", Role.MEMBER, "2020-01-01", "2024-01-31", 3);
        Membership current = entry("p1", Role.CHAIR, "2023-06-01", null, 4);
        for (List<Membership> order : List.of(List.of(ended, current), List.of(current, ended))) {
            List<DataProblem> problems = new ArrayList<>();
            assertEquals(List.of(current), OverlappingEntries.settle(order, ON, problems));
            assertEquals(1, problems.size());
            DataProblem p = problems.get(0);
            assertEquals("DATA-001", p.rule());
            assertEquals("g1/p1", p.subjectId());
            assertEquals(ended.location(), p.location());
            assertEquals("d.yaml:4:5", p.details().get("firstAt"));
            assertEquals("d.yaml:4:5", p.args().get(2));
        }
    }

    @Test
    void withBothOrNeitherInTermTheFirstIsKept() {
        Membership a = entry("p1", Role.CHAIR, null, null, 3);
        Membership b = entry("p1", Role.MEMBER, null, null, 4);
        List<DataProblem> problems = new ArrayList<>();
        assertEquals(List.of(a), OverlappingEntries.settle(List.of(a, b), ON, problems));
        assertEquals(b.location(), problems.get(0).location());
        Membership c = entry("p2", Role.CHAIR, "2025-01-01", null, 5);
        Membership d = entry("p2", Role.MEMBER, "2025-06-01", null, 6);
        problems.clear();
        assertEquals(List.of(c), OverlappingEntries.settle(List.of(c, d), ON, problems));
        assertEquals(d.location(), problems.get(0).location());
    }

    @Test
    void historyAndOtherPeopleAreKept() {
        Membership old = entry("p1", Role.CHAIR, "2020-01-01", "2022-12-31", 3);
        Membership now = entry("p1", Role.CHAIR, "2023-01-01", null, 4);
        Membership other = entry("p2", Role.MEMBER, null, null, 5);
        Membership nobody = entry(null, Role.MEMBER, null, null, 6);
        Membership nobodyAgain = entry(null, Role.MEMBER, null, null, 7);
        List<DataProblem> problems = new ArrayList<>();
        List<Membership> all = List.of(old, now, other, nobody, nobodyAgain);
        assertEquals(all, OverlappingEntries.settle(all, ON, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void termsTouchingOnADayOverlap() {
        Membership a = entry("p1", Role.MEMBER, "2020-01-01", "2023-06-01", 3);
        Membership b = entry("p1", Role.MEMBER, "2023-06-01", null, 4);
        Membership c = entry("p1", Role.MEMBER, "2023-06-02", null, 4);
        assertEquals(true, OverlappingEntries.overlap(a, b));
        assertEquals(true, OverlappingEntries.overlap(b, a));
        assertEquals(false, OverlappingEntries.overlap(a, c));
        assertEquals(false, OverlappingEntries.overlap(c, a));
    }

    @Test
    void anEntryMeetsThePersonsEarlierEntriesFirstFirst() {
        Membership first = entry("p1", Role.MEMBER, "2020-01-01", "2021-12-31", 3);
        Membership other = entry("p2", Role.MEMBER, null, null, 4);
        Membership second = entry("p1", Role.MEMBER, "2022-06-01", "2023-12-31", 5);
        Membership across = entry("p1", Role.MEMBER, "2021-06-01", "2022-12-31", 6);
        List<DataProblem> problems = new ArrayList<>();
        assertEquals(List.of(first, other, second),
                OverlappingEntries.settle(List.of(first, other, second, across), ON, problems));
        assertEquals(1, problems.size(), "dropped once, at the first entry it overlaps");
        assertEquals(across.location(), problems.get(0).location());
        assertEquals("d.yaml:3:5", problems.get(0).details().get("firstAt"));
    }

    @Test
    void anEntryInTermDropsEveryEarlierOneItOverlaps() {
        Membership a = entry("p1", Role.MEMBER, "2020-01-01", "2023-12-31", 3);
        Membership b = entry("p1", Role.MEMBER, "2019-01-01", "2020-06-30", 4);
        Membership now = entry("p1", Role.CHAIR, "2020-03-01", null, 5);
        List<DataProblem> problems = new ArrayList<>();
        assertEquals(List.of(now), OverlappingEntries.settle(List.of(a, b, now), ON, problems));
        assertEquals(List.of(b.location(), a.location()), problems.stream().map(DataProblem::location).toList(),
                "b first (against a), then a (against the one in term)");
        assertEquals("d.yaml:3:5", problems.get(0).details().get("firstAt"));
        assertEquals("d.yaml:5:5", problems.get(1).details().get("firstAt"));
    }

    @Test
    void withNothingDroppedTheEntriesAreReturnedAsTheyCame() {
        List<Membership> all = List.of(entry("p1", Role.MEMBER, null, null, 3), entry("p2", Role.MEMBER, null, null, 4));
        assertSame(all, OverlappingEntries.settle(all, ON, new ArrayList<>()));
        assertEquals(List.of(), OverlappingEntries.settle(List.of(), ON, new ArrayList<>()));
    }
}
