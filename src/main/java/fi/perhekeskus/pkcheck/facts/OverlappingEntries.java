package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Word;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Settles a person's entries in one group whose terms overlap: one of them is kept and checked, the others are
 * DATA-001. The kept entry is the one in term on the check date, whichever comes first in the data; where
 * none or more than one is in term, the first. Entries whose terms do not overlap are the seat's history and
 * are all kept.
 */
final class OverlappingEntries {

    private OverlappingEntries() {
    }

    /**
     * The entries of {@code members} that are kept, in their order; a DATA-001 problem for each other one.
     *
     * <p>Called for every group of the network (a million entries at national scale), nearly all of whose people
     * have one entry: so each person's last entry so far is found in a small open-addressed table of indexes (no
     * map entry, no boxed index per entry), the earlier entries of a person are a chain of indexes made only where
     * a person repeats, and the list itself is returned where nothing is dropped.
     */
    static List<Membership> settle(List<Membership> members, LocalDate checkDate, List<DataProblem> problems) {
        int n = members.size();
        // Index + 1 of the last entry of a person so far, 0 for an empty slot; at most half full.
        int[] lastOf = new int[Integer.highestOneBit(Math.max(2, n) * 2 - 1) * 2];
        int mask = lastOf.length - 1;
        int[] previous = null;
        boolean[] dropped = null;
        for (int i = 0; i < n; i++) {
            Membership m = members.get(i);
            if (m.person() == null) {
                continue;
            }
            int h = m.person().hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (lastOf[slot] != 0 && !members.get(lastOf[slot] - 1).person().equals(m.person())) {
                slot = (slot + 1) & mask;
            }
            int last = lastOf[slot] - 1;
            lastOf[slot] = i + 1;
            if (last < 0) {
                continue;
            }
            if (previous == null) {
                // Every entry before the first repeat is its person's first.
                previous = new int[n];
                Arrays.fill(previous, -1);
                dropped = new boolean[n];
            }
            previous[i] = last;
            for (int j : earlier(previous, last)) {
                Membership other = members.get(j);
                if (!dropped[j] && overlap(m, other)) {
                    boolean laterWins = m.inTermOn(checkDate) && !other.inTermOn(checkDate);
                    int loser = laterWins ? j : i;
                    dropped[loser] = true;
                    problems.add(duplicate(members.get(loser), laterWins ? m : other));
                    if (loser == i) {
                        break;
                    }
                }
            }
        }
        if (dropped == null) {
            return members;
        }
        List<Membership> kept = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!dropped[i]) {
                kept.add(members.get(i));
            }
        }
        return kept;
    }

    /** The indexes of the chain that ends at {@code last}, first first. */
    private static int[] earlier(int[] previous, int last) {
        int count = 0;
        for (int j = last; j >= 0; j = previous[j]) {
            count++;
        }
        int[] result = new int[count];
        for (int j = last; j >= 0; j = previous[j]) {
            result[--count] = j;
        }
        return result;
    }

    static boolean overlap(Membership a, Membership b) {
        boolean aEndsBeforeB = a.until() != null && b.from() != null && a.until().isBefore(b.from());
        boolean bEndsBeforeA = b.until() != null && a.from() != null && b.until().isBefore(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /** DATA-001 on {@code dropped}: its id is already used by {@code kept}, at kept's place. */
    private static DataProblem duplicate(Membership dropped, Membership kept) {
        String keptAt = String.valueOf(kept.location());
        return new DataProblem("DATA-001", "membership", dropped.id(), "DATA-001",
                List.of(Word.kind("membership"), dropped.id(), keptAt), dropped.location(), Map.of("firstAt", keptAt));
    }
}
