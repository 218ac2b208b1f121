package fi.perhekeskus.pkcheck.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.HarmonicCentrality;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * Centrality scores of a tie graph with JGraphT, rounded so that reports are byte-stable. The tie graphs'
 * weights count shared groups (more is closer), while JGraphT reads weights as distances, so the scores
 * are taken on the unweighted view.
 */
final class Centrality {

    private Centrality() {
    }

    /** Betweenness normalised to 0–1 by the number of pairs of other vertices, (n-1)(n-2)/2. */
    static <E> Map<String, Double> betweenness(Graph<String, E> ties) {
        Graph<String, E> plain = new AsUnweightedGraph<>(ties);
        Map<String, Double> raw = new BetweennessCentrality<>(plain, false).getScores();
        int n = ties.vertexSet().size();
        double pairs = n < 3 ? 1 : (n - 1) * (n - 2) / 2.0;
        Map<String, Double> result = new TreeMap<>();
        raw.forEach((v, score) -> result.put(v, round(score / pairs)));
        return result;
    }

    /** Raw betweenness: the number of shortest paths between other pairs through a vertex (for tests). */
    static <E> Map<String, Double> rawBetweenness(Graph<String, E> ties) {
        Map<String, Double> result = new TreeMap<>();
        new BetweennessCentrality<>(new AsUnweightedGraph<>(ties), false).getScores()
                .forEach((v, score) -> result.put(v, round(score)));
        return result;
    }

    /** Harmonic closeness normalised to 0–1; it stays meaningful when the graph falls apart. */
    static <E> Map<String, Double> closeness(Graph<String, E> ties) {
        Map<String, Double> result = new TreeMap<>();
        new HarmonicCentrality<>(new AsUnweightedGraph<>(ties), false, true).getScores()
                .forEach((v, score) -> result.put(v, round(score)));
        return result;
    }

    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
