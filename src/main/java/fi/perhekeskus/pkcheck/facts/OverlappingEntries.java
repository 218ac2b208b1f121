package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Word;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** The entries of {@code members} that are kept, in their order; a DATA-001 problem for each other one. */
    static List<Membership> settle(List<Membership> members, LocalDate checkDate, List<DataProblem> problems) {
        Map<String, List<Integer>> byPerson = new HashMap<>();
        List<Membership> kept = new ArrayList<>(members.size());
        boolean[] dropped = new boolean[members.size()];
        for (int i = 0; i < members.size(); i++) {
            Membership m = members.get(i);
            if (m.person() == null) {
                continue;
            }
            List<Integer> earlier = byPerson.computeIfAbsent(m.person(), k -> new ArrayList<>(1));
            for (int j : earlier) {
                Membership other = members.get(j);
                if (!dropped[j] && overlap(m, other)) {
                    boolean laterWins = m.inTermOn(checkDate) && !other.inTermOn(checkDate);
                    int loser = laterWins ? j : i;
                    Membership keeper = laterWins ? m : other;
                    dropped[loser] = true;
                    problems.add(duplicate(members.get(loser), keeper));
                    if (loser == i) {
                        break;
                    }
                }
            }
            earlier.add(i);
        }
        for (int i = 0; i < members.size(); i++) {
            if (!dropped[i]) {
                kept.add(members.get(i));
            }
        }
        return kept;
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
