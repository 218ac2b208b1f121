package fi.perhekeskus.pkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fi.perhekeskus.pkcheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Finding#sort} puts findings in {@link Finding#ORDER}, equal ones in the order they came. */
class FindingSortTest {

    @Test
    void sortsAsTheOrderDoes() {
        Random random = new Random(7);
        String[] rules = {"REP-002", "CHAIR-001", "NET-001", "TERM-001", "REP-001"};
        String[] types = {"group", "person", "membership", "municipality"};
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            findings.add(Finding.builder(rules[random.nextInt(rules.length)],
                            Severity.values()[random.nextInt(Severity.values().length)])
                    .subject(types[random.nextInt(types.length)], "g-" + random.nextInt(300))
                    .detail("n", random.nextInt(3)).build());
        }
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Finding.ORDER);
        Finding.sort(findings);
        assertEquals(expected.size(), findings.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSame(expected.get(i), findings.get(i), "at " + i);
        }
    }

    @Test
    void leavesShortListsAlone() {
        List<Finding> none = new ArrayList<>();
        Finding.sort(none);
        assertEquals(List.of(), none);
        Finding one = Finding.builder("NET-001", Severity.INFO).subject("person", "p").build();
        List<Finding> single = new ArrayList<>(List.of(one));
        Finding.sort(single);
        assertEquals(List.of(one), single);
    }

    /** The report order as a chain of key extractors: what {@link Finding#ORDER} spells out by hand. */
    private static final java.util.Comparator<Finding> CHAIN = java.util.Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::subject)
            .thenComparing(Finding::location, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparing(f -> f.details().toString())
            .thenComparing(Finding::messageKey)
            .thenComparing(f -> f.args().toString());

    private static List<Finding> mixed(Random random, int n) {
        String[] rules = {"REP-002", "CHAIR-001", "NET-001"};
        String[] types = {"group", "person"};
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Finding.Builder b = Finding.builder(rules[random.nextInt(rules.length)],
                            Severity.values()[random.nextInt(Severity.values().length)])
                    .subject(types[random.nextInt(types.length)], "g-" + random.nextInt(4))
                    .detail("n", random.nextInt(2)).args(random.nextInt(2));
            if (random.nextBoolean()) {
                b.at(new fi.perhekeskus.pkcheck.model.Location("f" + random.nextInt(2) + ".json",
                        random.nextInt(3), 1));
            }
            if (random.nextBoolean()) {
                b.variant("many");
            }
            findings.add(b.build());
        }
        return findings;
    }

    @Test
    void theOrderComparesAsTheChainOfItsKeys() {
        Random random = new Random(11);
        List<Finding> findings = mixed(random, 400);
        for (Finding a : findings) {
            Finding b = findings.get(random.nextInt(findings.size()));
            assertEquals(Integer.signum(CHAIN.compare(a, b)), Integer.signum(Finding.ORDER.compare(a, b)),
                    a + " / " + b);
            if (a.severity() == b.severity()) {
                assertEquals(Integer.signum(CHAIN.compare(a, b)),
                        Integer.signum(Finding.AFTER_SEVERITY.compare(a, b)), a + " / " + b);
            }
        }
    }

    @Test
    void knowsAListInOrder() {
        List<Finding> findings = mixed(new Random(3), 200);
        findings.sort(CHAIN);
        assertEquals(true, Finding.inOrder(findings));
        java.util.Collections.swap(findings, 0, findings.size() - 1);
        assertEquals(false, Finding.inOrder(findings));
        assertEquals(true, Finding.inOrder(List.of()));
    }

    @Test
    void leavesFindingsInOrderAsTheyAreEqualOnesToo() {
        Finding first = Finding.builder("NET-001", Severity.INFO).subject("person", "p").build();
        Finding same = Finding.builder("NET-001", Severity.INFO).subject("person", "p").build();
        Finding later = Finding.builder("NET-002", Severity.INFO).subject("person", "p").build();
        List<Finding> findings = new ArrayList<>(List.of(first, same, later));
        Finding.sort(findings);
        assertSame(first, findings.get(0));
        assertSame(same, findings.get(1));
        List<Finding> swapped = new ArrayList<>(List.of(same, first, later));
        Finding.sort(swapped);
        assertSame(same, swapped.get(0));
        assertSame(first, swapped.get(1));
    }
}
