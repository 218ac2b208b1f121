package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Role;

/**
 * An edge of the network map between two node ids; {@code role} is set for a seat. The map is a simple
 * graph, so the two ends and the kind make a link unique.
 */
public record Link(String source, String target, LinkKind kind, Role role) implements Comparable<Link> {

    @Override
    public int compareTo(Link other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : target.compareTo(other.target);
    }
}
