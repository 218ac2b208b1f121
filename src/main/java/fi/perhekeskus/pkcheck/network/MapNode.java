package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;

/**
 * A person, organisation or group of the network map. A person's {@code key} and {@code label} are already
 * what the reader may see (a pseudonym unless names were asked for), so no export can leak more.
 *
 * @param id      unique across kinds, e.g. {@code group:nokia-perhekeskus}
 * @param key     the record's own id (a person's shown key)
 * @param tier    a group's tier; a person's highest tier; null for organisations
 * @param areas   the family-centre areas the node lies in, sorted; empty for region-wide nodes
 * @param orgType an organisation's type; a person's organisation's type; null for groups
 */
public record MapNode(String id, NodeKind kind, String key, String label, Tier tier, List<String> areas,
                   OrganisationType orgType) implements Comparable<MapNode> {

    public MapNode {
        areas = List.copyOf(areas);
    }

    static String id(NodeKind kind, String key) {
        return kind.word() + ":" + key;
    }

    @Override
    public int compareTo(MapNode other) {
        return id.compareTo(other.id);
    }
}
