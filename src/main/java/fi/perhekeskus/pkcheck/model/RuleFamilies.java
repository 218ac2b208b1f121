package fi.perhekeskus.pkcheck.model;

import java.util.Comparator;
import java.util.List;

/**
 * The families of rule ids ({@code CHAIR} of {@code CHAIR-003}) and the order the rule catalogue lists them in,
 * which the rule list and the reports follow. Families of a region's own rules come after, alphabetically.
 */
public final class RuleFamilies {

    /** The catalogue's families, in its order. */
    public static final List<String> CATALOGUE =
            List.of("DATA", "STRUCT", "CHAIR", "REP", "SIZE", "ROLE", "TERM", "NET", "MEET", "WAIVER");

    /** Catalogue families in the catalogue's order, then any others alphabetically. */
    public static final Comparator<String> ORDER =
            Comparator.comparingInt(RuleFamilies::rank).thenComparing(Comparator.naturalOrder());

    private RuleFamilies() {
    }

    /** The family of a rule id: the part before its first dash, or the whole id where it has none. */
    public static String of(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }

    private static int rank(String family) {
        int rank = CATALOGUE.indexOf(family);
        return rank < 0 ? CATALOGUE.size() : rank;
    }
}
