package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The map as a Mermaid flowchart, for a Markdown page: groups in one subgraph per tier, nodes classed by
 * organisation type, deputies as dotted links. MapNode ids are made of letters, digits and underscores only
 * (numbered, so two ids never collide); labels are quoted with Mermaid's entity codes for the characters
 * that would end or break them.
 */
final class MermaidWriter implements NetworkWriter {

    @Override
    public String name() {
        return "mermaid";
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, Messages m, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        List<MapNode> nodes = graph.map().vertexSet().stream().sorted().toList();
        Map<String, String> ids = new TreeMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            ids.put(nodes.get(i).id(), "n" + i + "_" + nodes.get(i).id().replaceAll("[^A-Za-z0-9]", "_"));
        }
        out.println("flowchart LR");
        out.println("  %% " + label(m.get("network.map.title", report.region(), report.date())));
        for (Tier tier : Tier.values()) {
            List<MapNode> groups = nodes.stream().filter(n -> n.kind() == NodeKind.GROUP && n.tier() == tier).toList();
            if (groups.isEmpty()) {
                continue;
            }
            out.println("  subgraph tier_" + tier.name() + "[\"" + label(m.text(tier)) + "\"]");
            groups.forEach(n -> out.println("    " + node(ids, n)));
            out.println("  end");
        }
        nodes.stream().filter(n -> n.kind() != NodeKind.GROUP || n.tier() == null)
                .forEach(n -> out.println("  " + node(ids, n)));
        for (Link link : graph.map().edgeSet().stream().sorted().toList()) {
            out.println("  " + ids.get(link.source()) + (link.kind() == LinkKind.DEPUTY ? " -.- " : " --- ")
                    + ids.get(link.target()));
        }
        out.println("  classDef group fill:" + Palette.GROUP + ",color:#ffffff");
        for (OrganisationType type : OrganisationType.values()) {
            out.println("  classDef " + type.name() + " fill:" + Palette.colour(type));
        }
        Map<String, List<String>> byClass = new TreeMap<>();
        for (MapNode n : nodes) {
            String css = n.kind() == NodeKind.GROUP ? "group" : n.orgType() == null ? null : n.orgType().name();
            if (css != null) {
                byClass.computeIfAbsent(css, k -> new ArrayList<>()).add(ids.get(n.id()));
            }
        }
        byClass.forEach((css, members) -> out.println("  class " + String.join(",", members) + " " + css));
        out.flush();
    }

    private static String node(Map<String, String> ids, MapNode n) {
        String text = "\"" + label(n.label()) + "\"";
        String id = ids.get(n.id());
        return switch (n.kind()) {
            case GROUP -> id + "[" + text + "]";
            case ORGANISATION -> id + "{{" + text + "}}";
            case PERSON -> id + "([" + text + "])";
        };
    }

    /**
     * A label safe inside Mermaid's double quotes: the characters that would end the label, start an entity
     * or be read as markup are written as numeric entity codes ({@code #34;}), line breaks as spaces.
     */
    static String label(String text) {
        String value = text == null ? "" : text;
        return value.chars().mapToObj(c -> switch (c) {
            case '"', '#', '&', '<', '>', '`', ';' -> "#" + c + ";";
            case '\n', '\r', '\t' -> " ";
            default -> String.valueOf((char) c);
        }).collect(Collectors.joining());
    }
}
