package fi.perhekeskus.pkcheck.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A two-mode network: members (people or organisations) on one side, groups as hubs on the other, an edge for
 * each member that holds a seat in (or is represented in) a group. Two members who share a group are two steps
 * apart, through the group; two groups that share a member likewise. The measures of either side are taken on
 * this graph, never on a clique per group: a group of 2,000 members is 2,000 edges here, where its clique would
 * be two million.
 *
 * <p>Distances are those of the one-mode tie graphs halved, so closeness, components and "steps apart" are the
 * same as on the tie graphs. Betweenness counts shortest paths between two members of one side (the group
 * hubs carry paths but are not counted as ends); a pair that shares two groups is joined by two paths where
 * the tie graph had one edge, which is the only way these measures differ from the tie graphs'.
 *
 * <p>Cost: one breadth-first search per source, each {@code O(nodes + edges)}. While sources × (nodes + 2 ×
 * edges) stays within {@link #EXACT_BUDGET} every vertex of the side is a source and the scores are exact;
 * above it {@code EXACT_BUDGET / (nodes + 2 × edges)} sources (at least {@link #MIN_SAMPLE}) are drawn with a
 * fixed seed and the sums are scaled up (Brandes and Pich's pivot estimate), so the scores are estimates that
 * repeat exactly from run to run.
 */
final class Hubs {

    /** The work allowed for exact measures, in vertices and edge ends visited over all searches. */
    static final long EXACT_BUDGET = 100_000_000L;
    /** The fewest sources of an estimate. */
    static final int MIN_SAMPLE = 32;
    private static final long SEED = 0x706b636865636bL;

    /** Which side's measures to take. */
    enum Side { MEMBERS, GROUPS }

    private final String[] members;
    private final String[] groups;
    private final int[] offsets;
    private final int[] targets;
    private final long budget;

    /** Betweenness, normalised closeness (groups only) and whether they were estimated from a sample. */
    record Scores(Map<String, Double> betweenness, Map<String, Double> closeness, int sources, boolean sampled) {
    }

    private Hubs(String[] members, String[] groups, int[] offsets, int[] targets, long budget) {
        this.members = members;
        this.groups = groups;
        this.offsets = offsets;
        this.targets = targets;
        this.budget = budget;
    }

    /**
     * The two-mode network of {@code seats}: {@code member} of each seat (skipped when null or not one of
     * {@code memberIds}) to the seat's group (one of {@code groupIds}).
     */
    static Hubs of(Set<String> memberIds, Set<String> groupIds, List<Seat> seats, Function<Seat, String> member) {
        return of(memberIds, groupIds, seats, member, EXACT_BUDGET);
    }

    static Hubs of(Set<String> memberIds, Set<String> groupIds, List<Seat> seats, Function<Seat, String> member,
                   long budget) {
        String[] ms = memberIds.stream().sorted().toArray(String[]::new);
        String[] gs = groupIds.stream().sorted().toArray(String[]::new);
        Map<String, Integer> mIndex = index(ms, 0);
        Map<String, Integer> gIndex = index(gs, ms.length);
        int n = ms.length + gs.length;
        long[] pairs = new long[seats.size()];
        int count = 0;
        for (Seat s : seats) {
            String m = member.apply(s);
            Integer a = m == null ? null : mIndex.get(m);
            Integer b = gIndex.get(s.group());
            if (a != null && b != null) {
                pairs[count++] = (long) a * n + b;
            }
        }
        long[] sorted = Arrays.stream(pairs, 0, count).sorted().distinct().toArray();
        int[] degree = new int[n];
        for (long p : sorted) {
            degree[(int) (p / n)]++;
            degree[(int) (p % n)]++;
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] targets = new int[offsets[n]];
        for (long p : sorted) {
            int a = (int) (p / n);
            int b = (int) (p % n);
            targets[fill[a]++] = b;
            targets[fill[b]++] = a;
        }
        for (int v = 0; v < n; v++) {
            Arrays.sort(targets, offsets[v], offsets[v + 1]);
        }
        return new Hubs(ms, gs, offsets, targets, budget);
    }

    private static Map<String, Integer> index(String[] ids, int from) {
        Map<String, Integer> index = new HashMap<>(ids.length * 4 / 3 + 1);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], from + i);
        }
        return index;
    }

    private int vertices() {
        return members.length + groups.length;
    }

    private boolean isMember(int v) {
        return v < members.length;
    }

    private String id(int v) {
        return isMember(v) ? members[v] : groups[v - members.length];
    }

    private int vertex(Side side, String id) {
        String[] ids = side == Side.MEMBERS ? members : groups;
        int i = Arrays.binarySearch(ids, id);
        return i < 0 ? -1 : side == Side.MEMBERS ? i : members.length + i;
    }

    /**
     * How many others of the same side each one shares a group (a member) with: its degree in the tie graph.
     * Members with the same groups share one count.
     */
    Map<String, Integer> degree(Side side) {
        int[] stamp = new int[vertices()];
        Arrays.fill(stamp, -1);
        Map<String, Integer> result = new TreeMap<>();
        Map<List<Integer>, Integer> same = new HashMap<>();
        for (int v : side(side)) {
            int hubs = offsets[v + 1] - offsets[v];
            int d;
            if (hubs == 0) {
                d = 0;
            } else if (hubs == 1) {
                int h = targets[offsets[v]];
                d = offsets[h + 1] - offsets[h] - 1;
            } else {
                List<Integer> key = new ArrayList<>(hubs);
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    key.add(targets[i]);
                }
                Integer known = same.get(key);
                if (known == null) {
                    known = reach(v, stamp);
                    same.put(key, known);
                }
                d = known;
            }
            result.put(id(v), d);
        }
        return result;
    }

    /** Others of the side two steps from {@code v}. */
    private int reach(int v, int[] stamp) {
        int count = 0;
        stamp[v] = v;
        for (int i = offsets[v]; i < offsets[v + 1]; i++) {
            int h = targets[i];
            for (int j = offsets[h]; j < offsets[h + 1]; j++) {
                int u = targets[j];
                if (stamp[u] != v) {
                    stamp[u] = v;
                    count++;
                }
            }
        }
        return count;
    }

    /** The sum of each one's tie weights: for each of its hubs, the hub's other ends. */
    Map<String, Integer> strength(Side side) {
        Map<String, Integer> result = new TreeMap<>();
        for (int v : side(side)) {
            int sum = 0;
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                int h = targets[i];
                sum += offsets[h + 1] - offsets[h] - 1;
            }
            result.put(id(v), sum);
        }
        return result;
    }

    /** The hubs (or members) of {@code id}: its neighbours on the other side, sorted. */
    List<String> neighbours(Side side, String id) {
        int v = vertex(side, id);
        List<String> result = new ArrayList<>();
        if (v >= 0) {
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                result.add(id(targets[i]));
            }
        }
        return result;
    }

    /** Connected components of the side's tie graph, each as its sorted ids, in the order of their first id. */
    List<List<String>> components(Side side) {
        int[] component = new int[vertices()];
        Arrays.fill(component, -1);
        int[] queue = new int[vertices()];
        List<List<String>> result = new ArrayList<>();
        for (int s : side(side)) {
            if (component[s] >= 0) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            component[s] = result.size();
            while (head < tail) {
                int v = queue[head++];
                if (isMember(v) == (side == Side.MEMBERS)) {
                    ids.add(id(v));
                }
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int u = targets[i];
                    if (component[u] < 0) {
                        component[u] = result.size();
                        queue[tail++] = u;
                    }
                }
            }
            ids.sort(null);
            result.add(ids);
        }
        return result;
    }

    /**
     * Steps in the side's tie graph from {@code from} to each of {@code wanted} it reaches (one step: they share a
     * group, or a member). The search stops as soon as every one of them is reached, so near pairs cost little
     * however large the network.
     */
    Map<String, Integer> steps(Side side, String from, Set<String> wanted) {
        int s = vertex(side, from);
        Map<String, Integer> result = new HashMap<>();
        if (s < 0) {
            return result;
        }
        int[] dist = new int[vertices()];
        Arrays.fill(dist, -1);
        int[] queue = new int[vertices()];
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        dist[s] = 0;
        while (head < tail && result.size() < wanted.size()) {
            int v = queue[head++];
            if (v != s && isMember(v) == (side == Side.MEMBERS) && wanted.contains(id(v))) {
                result.put(id(v), dist[v] / 2);
            }
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                int u = targets[i];
                if (dist[u] < 0) {
                    dist[u] = dist[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        return result;
    }

    /**
     * Betweenness of each one of the side, normalised by the pairs of the others, (n−1)(n−2)/2, and harmonic
     * closeness normalised by n−1 (distances in the tie graph); exact or estimated as the class says.
     */
    Scores scores(Side side) {
        int[] all = side(side);
        int n = all.length;
        long work = (long) vertices() + targets.length;
        int k = n;
        boolean sampled = false;
        if (work > 0 && (long) n * work > budget) {
            k = (int) Math.max(MIN_SAMPLE, budget / work);
            sampled = k < n;
            k = Math.min(k, n);
        }
        int[] sources = sampled ? sample(all, k) : all;
        boolean[] source = new boolean[vertices()];
        for (int s : sources) {
            source[s] = true;
        }
        double[] between = new double[vertices()];
        double[] harmonic = new double[vertices()];
        Search search = new Search(vertices());
        boolean counted = side == Side.MEMBERS;
        for (int s : sources) {
            search.run(s, counted, between, harmonic);
        }
        double pairs = n < 3 ? 1 : (n - 1) * (double) (n - 2) / 2;
        Map<String, Double> b = new TreeMap<>();
        Map<String, Double> c = new TreeMap<>();
        for (int v : all) {
            // Each pair is counted from both its ends when every vertex is a source.
            double scale = sampled ? (double) n / k : 1;
            b.put(id(v), Centrality.round(between[v] * scale / 2 / pairs));
            int others = k - (source[v] ? 1 : 0);
            double harmonicScale = sampled ? (others == 0 ? 0 : (double) (n - 1) / others) : 1;
            c.put(id(v), Centrality.round(n < 2 ? 0 : harmonic[v] * harmonicScale / (n - 1)));
        }
        return new Scores(b, c, k, sampled);
    }

    private int[] side(Side side) {
        int from = side == Side.MEMBERS ? 0 : members.length;
        int to = side == Side.MEMBERS ? members.length : vertices();
        int[] result = new int[to - from];
        for (int i = 0; i < result.length; i++) {
            result[i] = from + i;
        }
        return result;
    }

    /** {@code k} of {@code all}, drawn with a fixed seed, in vertex order. */
    private static int[] sample(int[] all, int k) {
        int[] copy = all.clone();
        Random random = new Random(SEED);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(copy.length - i);
            int t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        int[] chosen = Arrays.copyOf(copy, k);
        Arrays.sort(chosen);
        return chosen;
    }

    /** One breadth-first search with Brandes' accumulation, its arrays reused from source to source. */
    private final class Search {
        private final int[] dist;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;

        Search(int n) {
            dist = new int[n];
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
            Arrays.fill(dist, -1);
        }

        /** Adds the dependencies of source {@code s} on each vertex, and 1/distance to the harmonic sums. */
        void run(int s, boolean members, double[] between, double[] harmonic) {
            int head = 0;
            int tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            while (head < tail) {
                int v = order[head++];
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int u = targets[i];
                    if (dist[u] < 0) {
                        dist[u] = dist[v] + 1;
                        order[tail++] = u;
                    }
                    if (dist[u] == dist[v] + 1) {
                        sigma[u] += sigma[v];
                    }
                }
            }
            for (int x = tail - 1; x >= 0; x--) {
                int w = order[x];
                boolean end = isMember(w) == members;
                double carried = (end ? 1 : 0) + delta[w];
                for (int i = offsets[w]; i < offsets[w + 1]; i++) {
                    int v = targets[i];
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * carried;
                    }
                }
                if (w != s && end) {
                    between[w] += delta[w];
                    harmonic[w] += 2.0 / dist[w];
                }
            }
            for (int x = 0; x < tail; x++) {
                int w = order[x];
                dist[w] = -1;
                sigma[w] = 0;
                delta[w] = 0;
            }
        }
    }
}
