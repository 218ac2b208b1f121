package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.network.NetworkReport.AreaGaps;
import fi.perhekeskus.pkcheck.network.NetworkReport.Broker;
import fi.perhekeskus.pkcheck.network.NetworkReport.GroupStanding;
import fi.perhekeskus.pkcheck.network.NetworkReport.Standing;
import fi.perhekeskus.pkcheck.network.NetworkReport.SupportGroup;
import fi.perhekeskus.pkcheck.network.NetworkReport.WeakLink;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The analysis for a reader: first the pilot's two questions answered in plain words, then the measures
 * behind the answers. Every sentence comes from the message bundle of the reader's language.
 */
final class NetworkText implements NetworkWriter {

    /** How many organisations, people and pairs a list shows; the JSON report has them all. */
    static final int TOP = 10;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, Messages m, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        NetworkReport.Counts c = report.counts();
        out.println(m.get("network.title", report.region(), report.date(), c.people(), c.organisations(), c.groups(),
                c.seats(), c.deputies()));
        out.println();
        Map<String, GroupStanding> groups = new TreeMap<>();
        report.groups().forEach(g -> groups.put(g.id(), g));
        out.println(m.get("network.q1"));
        for (SupportGroup s : report.support()) {
            GroupStanding g = groups.get(s.group());
            if (s.area() == null) {
                out.println("  " + m.get("network.q1.overall", g.name(), m.text(g.tier()), g.linkedGroups(),
                        g.sharedPeople(), g.people(), m.decimal(g.betweenness()), m.decimal(g.closeness())));
            } else {
                out.println("  " + m.get("network.q1.area", areaName(report, s.area()), g.name(), m.text(g.tier()),
                        g.linkedGroups(), m.decimal(g.betweenness()), m.decimal(g.closeness())));
            }
        }
        out.println();
        out.println(m.get("network.q2"));
        for (AreaGaps area : report.areas()) {
            if (area.typePairs().isEmpty()) {
                out.println("  " + m.get("network.q2.typesNone", area.name()));
            } else {
                out.println("  " + m.get("network.q2.types", area.name(), area.typePairs().stream()
                        .map(p -> m.get("network.q2.typePair", m.get("html.orgType." + p.first().name()),
                                m.get("html.orgType." + p.second().name())))
                        .collect(Collectors.joining(", "))));
            }
            if (!area.pairs().isEmpty()) {
                out.println("  " + m.get("network.q2.pairs", area.name(), area.pairs().size(), area.pairs().stream()
                        .limit(TOP).map(p -> m.get("network.q2.pair", p.firstName(), p.secondName(),
                                String.join(", ", p.municipalities()), distance(m, p.distance())))
                        .collect(Collectors.joining("; "))));
            }
        }
        for (WeakLink w : report.weakLinks()) {
            out.println("  " + (w.person() == null
                    ? m.get("network.q2.cut", w.name(), m.text(w.tier()), m.text(w.above()))
                    : m.get("network.q2.weak", w.name(), m.text(w.tier()), m.text(w.above()), w.personLabel())));
        }
        NetworkReport.Components comp = report.components();
        if (!comp.unseated().isEmpty()) {
            out.println("  " + m.get("network.q2.unseated", labels(graph, comp.unseated())));
        }
        List<String> alone = comp.isolated().stream().filter(o -> !comp.unseated().contains(o)).toList();
        if (!alone.isEmpty()) {
            out.println("  " + m.get("network.q2.isolated", labels(graph, alone)));
        }
        out.println();
        out.println(m.get("network.section.groups"));
        for (GroupStanding g : report.groups()) {
            out.println("  " + m.get("network.row.group", g.name(), m.text(g.tier()), g.people(), g.linkedGroups(),
                    g.sharedPeople(), g.linksAbove() == null ? m.get("network.aboveNone") : g.linksAbove(),
                    m.decimal(g.betweenness()), m.decimal(g.closeness())));
        }
        out.println();
        standings(out, m, "network.section.organisations", report.organisations());
        standings(out, m, "network.section.people", report.people());
        out.println(m.get("network.section.brokers", report.brokers().size()));
        for (Broker b : report.brokers()) {
            out.println("  " + m.get("network.row.broker", b.label(),
                    b.tiers().stream().map(m::text).collect(Collectors.joining(", ")), String.join(", ", b.groups())));
        }
        out.println();
        out.println(m.get("network.section.components"));
        out.println("  " + m.get("network.components", comp.connected().size(), comp.connected().stream()
                .map(list -> String.valueOf(list.size())).collect(Collectors.joining(", ")),
                comp.isolated().size()));
        out.println();
        out.println(m.get(graph.anonymised() ? "network.anonymised" : "network.named"));
        out.flush();
    }

    private static void standings(PrintWriter out, Messages m, String heading, List<Standing> standings) {
        out.println(m.get(heading, Math.min(TOP, standings.size())));
        int rank = 1;
        for (Standing s : standings.subList(0, Math.min(TOP, standings.size()))) {
            out.println("  " + m.get("network.row.standing", rank++, s.label(), s.degree(), m.decimal(s.betweenness())));
        }
        out.println();
    }

    private static String distance(Messages m, Integer distance) {
        return distance == null ? m.get("network.distance.none") : m.get("network.distance", distance);
    }

    private static String areaName(NetworkReport report, String area) {
        return report.areas().stream().filter(a -> a.area().equals(area)).map(AreaGaps::name).findFirst().orElse(area);
    }

    private static String labels(NetworkGraph graph, List<String> organisations) {
        return organisations.stream().map(o -> graph.node(NodeKind.ORGANISATION, o).label())
                .collect(Collectors.joining(", "));
    }
}
