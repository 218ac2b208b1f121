package fi.perhekeskus.pkcheck.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fi.perhekeskus.pkcheck.model.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New and fixed against the previous run of the same region, and each cell's errors over the runs. */
class TrendTest {

    private static RunSnapshot.Item item(String rule, String subject) {
        return new RunSnapshot.Item(rule, Severity.ERROR, "group", subject, subject, "a", "LOCAL", false);
    }

    private static StoredRun run(long id, String region, List<RunSnapshot.Cell> cells, RunSnapshot.Item... items) {
        return new StoredRun(id, Instant.parse("2024-03-01T10:00:00Z").plusSeconds(id), LocalDate.of(2024, 3, 1),
                region, null, "m", null, new RunSnapshot.Summary(items.length, 0, 0, 0), List.of(items), cells);
    }

    @Test
    void eachRunIsComparedWithThePreviousRunOfItsOwnRegion() {
        Trend trend = Trend.of(List.of(
                run(1, "north", List.of(), item("REP-001", "g1"), item("REP-002", "g1")),
                run(2, "south", List.of(), item("REP-001", "g9")),
                run(3, "north", List.of(), item("REP-001", "g1"), item("REP-001", "g1"), item("CHAIR-001", "g2"))));
        Trend.Step first = trend.steps().get(0);
        assertNull(first.previous());
        assertEquals(2, first.added().size(), "a region's first run: every finding new");
        assertEquals(1, trend.steps().get(1).added().size(), "south's first run is not compared with north's");
        Trend.Step third = trend.steps().get(2);
        assertEquals(1, third.previous().id());
        assertEquals(List.of("CHAIR-001 group g2"), third.added().stream().map(RunSnapshot.Item::key).toList(),
                "the same (rule, subject) twice is one finding");
        assertEquals(List.of("REP-002 group g1"), third.fixed().stream().map(RunSnapshot.Item::key).toList());
        assertEquals(List.of("north", "south"), trend.regions());
    }

    @Test
    void aCellMissingFromARunHasNoPointThere() {
        RunSnapshot.Cell a = new RunSnapshot.Cell("a", "A", "LOCAL", 2, 3, 0);
        RunSnapshot.Cell region = new RunSnapshot.Cell("", null, "PROVINCIAL", 1, 1, 0);
        Trend trend = Trend.of(List.of(run(1, "r", List.of(a)), run(2, "r", List.of(region,
                new RunSnapshot.Cell("a", "A", "LOCAL", 2, 1, 0)))));
        var cells = trend.cells("r");
        assertEquals(List.of(new Trend.CellKey("", "PROVINCIAL"), new Trend.CellKey("a", "LOCAL")),
                List.copyOf(cells.keySet()), "the whole region first, then areas");
        assertNull(cells.get(new Trend.CellKey("", "PROVINCIAL")).get(0).errors());
        assertEquals(List.of(3L, 1L), cells.get(new Trend.CellKey("a", "LOCAL")).stream().map(Trend.Point::errors)
                .toList());
    }

    @Test
    void theChartsAxisStepsAreRound() {
        assertEquals(1, TrendChart.niceStep(1));
        assertEquals(1, TrendChart.niceStep(5));
        assertEquals(2, TrendChart.niceStep(7));
        assertEquals(5, TrendChart.niceStep(24));
        assertEquals(10, TrendChart.niceStep(31));
        assertEquals(200, TrendChart.niceStep(999));
    }
}
