package fi.perhekeskus.pkcheck.facts;

import java.util.List;

/**
 * The groups in which an organisation is represented by a seat on the check date, read off the network graph
 * (NET-003). There is one for every organisation; {@code groups} is empty when none of its people holds a seat
 * for it.
 *
 * @param groups the group ids, sorted
 */
public record OrganisationReach(String organisation, List<String> groups) {

    public OrganisationReach {
        groups = List.copyOf(groups);
    }

    /** Whether the organisation is represented in no group. */
    public boolean unrepresented() {
        return groups.isEmpty();
    }
}
