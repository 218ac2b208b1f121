package fi.perhekeskus.pkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Findings are values: equal in every part, equal and with one hash; a set keeps each once. */
class FindingEqualityTest {

    private static Finding finding(String id, Object detail, Tier tier) {
        return Finding.builder("REP-001", Severity.ERROR).subject("group", id).args("a", 1)
                .at(new Location("f.yaml", 3, 4)).detail("n", detail).in(id, tier).build();
    }

    @Test
    void equalFindingsHashAlike() {
        Finding a = finding("g1", 1, Tier.LOCAL);
        Finding b = finding("g1", 1, Tier.LOCAL);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.withSeverity(Severity.INFO), b.withSeverity(Severity.INFO));
        assertEquals(a.withSeverity(Severity.INFO).hashCode(), b.withSeverity(Severity.INFO).hashCode());
    }

    @Test
    void findingsThatDifferInAnyPartAreNotEqual() {
        Finding a = finding("g1", 1, Tier.LOCAL);
        assertNotEquals(a, finding("g1", 2, Tier.LOCAL), "details");
        assertNotEquals(a, finding("g1", 1, Tier.REGIONAL), "tier");
        assertNotEquals(a, finding("g2", 1, Tier.LOCAL), "subject");
        assertNotEquals(a, a.withSeverity(Severity.WARNING), "severity");
        Set<Finding> set = new LinkedHashSet<>(List.of(a, finding("g1", 2, Tier.LOCAL), finding("g1", 1, Tier.LOCAL)));
        assertEquals(List.of(a, finding("g1", 2, Tier.LOCAL)), List.copyOf(set));
    }

    @Test
    void theOrderAfterSeverityIgnoresSeverity() {
        Finding a = finding("g1", 1, Tier.LOCAL);
        assertEquals(0, Finding.AFTER_SEVERITY.compare(a, a.withSeverity(Severity.INFO)));
        assertEquals(-1, Integer.signum(Finding.AFTER_SEVERITY.compare(a, finding("g2", 1, Tier.LOCAL))));
        assertEquals(-1, Integer.signum(Finding.ORDER.compare(a, a.withSeverity(Severity.INFO))));
    }
}
