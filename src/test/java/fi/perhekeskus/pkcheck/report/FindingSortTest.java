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
}
