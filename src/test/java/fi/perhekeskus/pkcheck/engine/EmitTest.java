package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers the rules call: quorum arithmetic, which location a finding points at, rule ordering. */
class EmitTest {

    @Test
    void quorumIsMoreThanTheShare() {
        assertTrue(Emit.quorate(14, 27, 0.5));
        assertFalse(Emit.quorate(13, 27, 0.5));
        assertFalse(Emit.quorate(5, 10, 0.5), "exactly half is not more than half");
        assertTrue(Emit.quorate(6, 10, 0.5));
        assertEquals(14, Emit.quorumNeeded(27, 0.5));
        assertEquals(6, Emit.quorumNeeded(10, 0.5));
        assertEquals(8, Emit.quorumNeeded(10, 0.7));
        assertEquals(1, Emit.quorumNeeded(0, 0.5));
    }

    @Test
    void aFindingAboutTwoRecordsPointsAtTheLaterOne() {
        Location first = new Location("a.yaml", 3, 1, null);
        Location second = new Location("a.yaml", 9, 1, null);
        assertSame(second, Emit.later(first, second));
        assertSame(second, Emit.later(second, first));
        assertSame(first, Emit.later(first, null));
        assertSame(first, Emit.later(null, first));
        assertSame(first, Emit.later(first, new Location("a.yaml", 3, 1, null)));
    }

    @Test
    void rulesAreOrderedByFamilyInCatalogueOrderThenById() {
        List<RuleInfo> rules = new ArrayList<>(List.of(
                new RuleInfo("MEET-001", Severity.ERROR, "m", "p"),
                new RuleInfo("X-001", Severity.INFO, "x", "p"),
                new RuleInfo("REP-002", Severity.ERROR, "r2", "p"),
                new RuleInfo("REP-001", Severity.ERROR, "r1", "p"),
                new RuleInfo("DATA-001", Severity.ERROR, "d", "p"),
                new RuleInfo("CUSTOM", Severity.INFO, "c", "p")));
        rules.sort(RuleInfo.CATALOGUE_ORDER);
        assertEquals(List.of("DATA-001", "REP-001", "REP-002", "MEET-001", "CUSTOM", "X-001"),
                rules.stream().map(RuleInfo::id).toList());
        assertEquals("REP", rules.get(1).family());
        assertEquals("CUSTOM", rules.get(4).family());
    }
}
