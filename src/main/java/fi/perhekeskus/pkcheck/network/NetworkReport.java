package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.List;

/**
 * What the network analysis found, every list sorted, every number rounded: the answer to the pilot's two
 * questions (which group would best support the network, which actors to bring closer) and the measures
 * behind it. Written as text and JSON.
 */
public record NetworkReport(String region, LocalDate date, Counts counts, List<SupportGroup> support,
                            List<Standing> organisations, List<Standing> people, List<GroupStanding> groups,
                            List<Broker> brokers, List<WeakLink> weakLinks, Components components,
                            List<AreaGaps> areas) {

    /** How big the network is on the date. */
    public record Counts(int people, int organisations, int groups, int seats, int deputies) {
    }

    /** The best-connected group of the whole network ({@code area} null) or of one area. */
    public record SupportGroup(String area, String group) {
    }

    /**
     * An organisation's or person's place in its tie graph.
     *
     * @param degree      how many others it shares a group with
     * @param strength    the sum of its tie weights: shared groups counted once per other
     * @param betweenness normalised betweenness centrality (0–1): how often it lies between two others
     */
    public record Standing(String key, String label, OrganisationType orgType, int degree, int strength,
                           double betweenness) {
    }

    /**
     * How well a group is connected to the rest, through the people who sit in it and elsewhere.
     *
     * @param linkedGroups how many other groups share a seat-holder with it
     * @param sharedPeople how many of its seat-holders sit in other groups too
     * @param linksAbove   seat-holders shared with the groups above it; null when nothing is above it
     * @param closeness    normalised harmonic closeness in the group graph (0–1)
     */
    public record GroupStanding(String id, String name, Tier tier, List<String> areas, int people,
                                int linkedGroups, int sharedPeople, Integer linksAbove, double betweenness,
                                double closeness) {
    }

    /** A person who carries information between tiers: seats at two or more of them. */
    public record Broker(String key, String label, List<Tier> tiers, List<String> groups, double betweenness) {
    }

    /**
     * A group tied to the tier above by one person only ({@code person} set), or by nobody (cut off, NET-002).
     */
    public record WeakLink(String group, String name, Tier tier, Tier above, String person, String personLabel) {
    }

    /** Connected components of the organisation ties, and the organisations outside them. */
    public record Components(List<List<String>> connected, List<String> isolated, List<String> unseated) {
    }

    /**
     * One area's "bring closer" candidates: organisation types present in the area that share no group of
     * the area, and organisations of one municipality that share no group at all.
     */
    public record AreaGaps(String area, String name, List<TypePair> typePairs, List<OrganisationPair> pairs) {
    }

    /** Two organisation types that meet in no group of an area. */
    public record TypePair(OrganisationType first, OrganisationType second) {
    }

    /**
     * Two organisations of the same municipality with no shared group.
     *
     * @param distance steps between them in the organisation ties, or null when nothing connects them
     */
    public record OrganisationPair(String first, String firstName, String second, String secondName,
                                   List<String> municipalities, Integer distance) {
    }
}
