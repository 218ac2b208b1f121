package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Person;
import java.util.List;

/**
 * The groups a person holds a seat in on the check date, read off the network graph (NET-001). Deputy
 * places do not count.
 *
 * @param holder the record of {@code person}, or null where the data declares no such person (as
 *               {@link Member#holder()}: the rule reads it instead of joining every {@link Person})
 * @param groups the group ids, sorted
 */
public record PersonLoad(String person, Person holder, List<String> groups) {

    public PersonLoad {
        groups = List.copyOf(groups);
    }

    /** How many groups. */
    public int count() {
        return groups.size();
    }
}
