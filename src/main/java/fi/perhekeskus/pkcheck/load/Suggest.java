package fi.perhekeskus.pkcheck.load;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

/** "Did you mean ...?" for misspelt field names and enum values. */
public final class Suggest {

    private Suggest() {
    }

    /** The candidate closest to {@code word}, or null when none is close enough to be a likely typo. */
    public static String closest(String word, Collection<String> candidates) {
        return closest(word.toLowerCase(Locale.ROOT), candidates, c -> c.toLowerCase(Locale.ROOT));
    }

    /**
     * The candidate closest to {@code word}, comparing {@code word} with each candidate's {@code key} (a
     * normalised form); null when none is close enough to be a likely typo.
     */
    public static String closest(String word, Collection<String> candidates, Function<String, String> key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = word;
        for (String candidate : candidates) {
            int d = distance(w, key.apply(candidate));
            if (d < bestDistance || d == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /**
     * The edit distance of two words, counting an insertion, a deletion, a substitution or a swap of two
     * neighbouring letters ("rooil" for "rooli") as one edit (optimal string alignment).
     */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
