package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The family-centre network on one date (verkostokartta): the map of people, organisations and groups
 * joined by seats, and three derived views whose edge weights count shared groups or shared people.
 *
 * @param anonymised        whether people are shown as pseudonyms
 * @param map               nodes by kind, seats, deputies and representation as edges
 * @param organisationTies  organisations tied when their representatives share a group; weight = groups
 * @param personTies        people tied when they share a group; weight = groups
 * @param groupTies         groups tied when they share a seat-holder; weight = people
 * @param seats             every seat and deputy place on the date, sorted
 * @param groups            the groups as the rules see them, by id
 * @param organisationAreas each organisation's areas of its own municipalities (empty for region-wide ones)
 * @param organisationMunicipalities each organisation's municipality codes
 * @param areaNames         the region's areas, by id, sorted
 * @param above             for each tier of the model, the tier directly above it
 * @param municipalityNames municipality names by code
 */
public record NetworkGraph(String regionName, LocalDate date, boolean anonymised, Graph<Node, Link> map,
                           Graph<String, DefaultWeightedEdge> organisationTies,
                           Graph<String, DefaultWeightedEdge> personTies,
                           Graph<String, DefaultWeightedEdge> groupTies,
                           List<Seat> seats, Map<String, Node> nodes, Map<String, GroupFact> groups,
                           Map<String, Set<String>> organisationMunicipalities,
                           Map<String, String> areaNames, Map<Tier, Tier> above,
                           Map<String, String> municipalityNames) {

    /** The node of a record id of the given kind. */
    public Node node(NodeKind kind, String key) {
        return nodes.get(Node.id(kind, key));
    }

    /** The nodes of one kind, sorted by id. */
    public List<Node> nodes(NodeKind kind) {
        return nodes.values().stream().filter(n -> n.kind() == kind).sorted().toList();
    }

    /** The weight of the tie between {@code a} and {@code b} in {@code ties}, 0 when they have none. */
    public static int weight(Graph<String, DefaultWeightedEdge> ties, String a, String b) {
        DefaultWeightedEdge e = ties.getEdge(a, b);
        return e == null ? 0 : (int) ties.getEdgeWeight(e);
    }
}
