package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;

/**
 * How a group is tied to the groups of the tier directly above it, read off the network graph (NET-002).
 * There is one for every group that has a group above it; {@code people} is empty when no seat-holder of
 * the group also sits in one of them.
 *
 * @param above       the tier directly above the group's tier
 * @param groupsAbove the groups of that tier that lie above the group, sorted
 * @param people      the group's seat-holders who also hold a seat in one of them, sorted
 */
public record TierLink(String group, Tier above, List<String> groupsAbove, List<String> people) {

    public TierLink {
        groupsAbove = List.copyOf(groupsAbove);
        people = List.copyOf(people);
    }

    /** Whether no seat-holder carries information to the tier above. */
    public boolean cutOff() {
        return people.isEmpty();
    }
}
