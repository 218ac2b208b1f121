package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry in term that overlaps several earlier entries of the same person wins over every one of them. */
class OverlappingHistoryTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);

    private static Membership entry(String from, String until, int line) {
        return new Membership("g1", "p1", null, Role.MEMBER, null, LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), new Location("d.yaml", line, 5));
    }

    @Test
    void anEntryInTermDropsEachEarlierEntryItOverlaps() {
        Membership first = entry("2020-01-01", "2020-12-31", 3);
        Membership second = entry("2021-01-01", "2021-12-31", 4);
        Membership current = entry("2020-06-01", null, 5);
        List<DataProblem> problems = new ArrayList<>();

        assertEquals(List.of(current), OverlappingEntries.settle(List.of(first, second, current), ON, problems));

        assertEquals(List.of(first.location(), second.location()),
                problems.stream().map(DataProblem::location).toList());
        assertEquals(List.of("d.yaml:5:5", "d.yaml:5:5"),
                problems.stream().map(p -> p.details().get("firstAt")).toList(), "both name the entry kept");
    }
}
