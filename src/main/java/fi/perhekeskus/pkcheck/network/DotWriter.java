package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The map as a Graphviz DOT graph: groups clustered by tier, nodes filled with their organisation type's
 * colour, and the same attributes as the GraphML export. Every id and label is a quoted DOT string.
 */
final class DotWriter implements NetworkWriter {

    @Override
    public String name() {
        return "dot";
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, Messages m, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        List<MapNode> nodes = graph.map().vertexSet().stream().sorted().toList();
        out.println("graph " + quote("network") + " {");
        out.println("  graph [label=" + quote(m.get("network.map.title", report.region(), report.date()))
                + ", layout=neato, overlap=false, splines=true, fontname=\"Helvetica\"];");
        out.println("  node [style=filled, fontname=\"Helvetica\", fontsize=10];");
        out.println("  edge [color=\"#9e9e9e\"];");
        for (Tier tier : Tier.values()) {
            List<MapNode> groups = nodes.stream().filter(n -> n.kind() == NodeKind.GROUP && n.tier() == tier).toList();
            if (groups.isEmpty()) {
                continue;
            }
            out.println("  subgraph " + quote("cluster_" + tier.name()) + " {");
            out.println("    label=" + quote(m.text(tier)) + ";");
            groups.forEach(n -> out.println("    " + node(n)));
            out.println("  }");
        }
        nodes.stream().filter(n -> n.kind() != NodeKind.GROUP || n.tier() == null).forEach(n -> out.println("  " + node(n)));
        for (Link link : graph.map().edgeSet().stream().sorted().toList()) {
            StringBuilder line = new StringBuilder("  ").append(quote(link.source())).append(" -- ")
                    .append(quote(link.target())).append(" [kind=").append(quote(link.kind().word()));
            if (link.role() != null) {
                line.append(", role=").append(quote(link.role().name()));
            }
            if (link.kind() == LinkKind.DEPUTY) {
                line.append(", style=dashed");
            }
            out.println(line.append("];"));
        }
        out.println("}");
        out.flush();
    }

    private static String node(MapNode n) {
        StringBuilder s = new StringBuilder(quote(n.id())).append(" [label=").append(quote(n.label()))
                .append(", shape=").append(n.kind() == NodeKind.GROUP ? "box"
                        : n.kind() == NodeKind.ORGANISATION ? "hexagon" : "ellipse")
                .append(", fillcolor=").append(quote(Palette.colour(n)))
                .append(", fontcolor=").append(quote(n.kind() == NodeKind.GROUP ? "#ffffff" : "#000000"))
                .append(", kind=").append(quote(n.kind().word()));
        if (n.tier() != null) {
            s.append(", tier=").append(quote(n.tier().name()));
        }
        if (!n.areas().isEmpty()) {
            s.append(", area=").append(quote(String.join(" ", n.areas())));
        }
        if (n.orgType() != null) {
            s.append(", org_type=").append(quote(n.orgType().name()));
        }
        return s.append("];").toString();
    }

    /**
     * A DOT quoted string: a backslash is doubled (Graphviz would read {@code \n}, {@code \l}, {@code \N} in a
     * label as escapes), a quote is escaped, and line breaks become spaces.
     */
    static String quote(String text) {
        String value = text == null ? "" : text;
        StringBuilder s = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '"' -> s.append("\\\"");
                case '\n', '\r', '\t' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
