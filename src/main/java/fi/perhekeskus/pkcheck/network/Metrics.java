package fi.perhekeskus.pkcheck.network;

import java.util.Map;
import java.util.TreeMap;

/** Each node's degree and betweenness from the analysis, by node id, for the exports and the map. */
record Metrics(Map<String, Integer> degree, Map<String, Double> betweenness) {

    static Metrics of(NetworkReport report) {
        Map<String, Integer> degree = new TreeMap<>();
        Map<String, Double> betweenness = new TreeMap<>();
        report.organisations().forEach(s -> {
            degree.put(MapNode.id(NodeKind.ORGANISATION, s.key()), s.degree());
            betweenness.put(MapNode.id(NodeKind.ORGANISATION, s.key()), s.betweenness());
        });
        report.people().forEach(s -> {
            degree.put(MapNode.id(NodeKind.PERSON, s.key()), s.degree());
            betweenness.put(MapNode.id(NodeKind.PERSON, s.key()), s.betweenness());
        });
        report.groups().forEach(g -> {
            degree.put(MapNode.id(NodeKind.GROUP, g.id()), g.linkedGroups());
            betweenness.put(MapNode.id(NodeKind.GROUP, g.id()), g.betweenness());
        });
        return new Metrics(degree, betweenness);
    }
}
