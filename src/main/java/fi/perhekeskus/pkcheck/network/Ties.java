package fi.perhekeskus.pkcheck.network;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/** The derived tie graphs of the network, built from its seats in sorted order so every measure repeats. */
final class Ties {

    private Ties() {
    }

    /**
     * A weighted tie graph over {@code vertices}: two of them are tied once for every {@code via} they share
     * (organisations per group, people per group, groups per person).
     */
    static Graph<String, DefaultWeightedEdge> of(Set<String> vertices, List<Seat> seats,
                                                 Function<Seat, String> via, Function<Seat, String> end) {
        Graph<String, DefaultWeightedEdge> ties = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        vertices.forEach(ties::addVertex);
        Map<String, Set<String>> ends = new TreeMap<>();
        for (Seat s : seats) {
            String e = end.apply(s);
            if (e != null && ties.containsVertex(e)) {
                ends.computeIfAbsent(via.apply(s), k -> new TreeSet<>()).add(e);
            }
        }
        for (Set<String> together : ends.values()) {
            List<String> list = List.copyOf(together);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    DefaultWeightedEdge edge = ties.getEdge(list.get(i), list.get(j));
                    if (edge == null) {
                        ties.setEdgeWeight(ties.addEdge(list.get(i), list.get(j)), 1);
                    } else {
                        ties.setEdgeWeight(edge, ties.getEdgeWeight(edge) + 1);
                    }
                }
            }
        }
        return ties;
    }
}
