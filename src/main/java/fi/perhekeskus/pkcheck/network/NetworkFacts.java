package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.OrganisationReach;
import fi.perhekeskus.pkcheck.facts.PersonLoad;
import fi.perhekeskus.pkcheck.facts.TierLink;
import fi.perhekeskus.pkcheck.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the NET rules reason over, read off the same {@link NetworkGraph} that {@code pkcheck network}
 * draws and analyses: so a group the map shows cut off from the tier above is exactly a NET-002 finding, and
 * a person's load on the map is NET-001's count. Built with people under their own ids (a check reports
 * people by id and pseudonymises later, if asked).
 */
public final class NetworkFacts {

    private NetworkFacts() {
    }

    /** The network facts of {@code facts}. */
    public static List<Object> of(Facts facts) {
        Map<String, Person> people = new HashMap<>();
        for (Object fact : facts.all()) {
            if (fact instanceof Person p) {
                people.put(p.id(), p);
            }
        }
        return of(NetworkBuilder.build(facts, PersonNaming.ids()), people);
    }

    /** A {@link PersonLoad} per seat-holder (with the record of {@code people} under its id), a {@link TierLink}
     * per group with groups above it, an {@link OrganisationReach} per organisation. */
    public static List<Object> of(NetworkGraph graph, Map<String, Person> people) {
        List<Object> result = new ArrayList<>();
        graph.held().forEach((person, groups) -> result.add(
                new PersonLoad(person, people.get(person), List.copyOf(groups))));
        for (GroupFact g : graph.groups().values()) {
            List<GroupFact> uppers = graph.groupsAbove(g);
            if (!uppers.isEmpty()) {
                result.add(new TierLink(g.id(), uppers.get(0).tier(), uppers.stream().map(GroupFact::id).toList(),
                        List.copyOf(graph.linksAbove(g, uppers))));
            }
        }
        graph.organisations().forEach(o -> result.add(
                new OrganisationReach(o, List.copyOf(graph.represented().getOrDefault(o, Set.of())))));
        return result;
    }
}
