package fi.perhekeskus.pkcheck.facts;

import java.util.List;

/**
 * The groups a person holds a seat in on the check date, read off the network graph (NET-001). Deputy
 * places do not count.
 *
 * @param groups the group ids, sorted
 */
public record PersonLoad(String person, List<String> groups) {

    public PersonLoad {
        groups = List.copyOf(groups);
    }

    /** How many groups. */
    public int count() {
        return groups.size();
    }
}
