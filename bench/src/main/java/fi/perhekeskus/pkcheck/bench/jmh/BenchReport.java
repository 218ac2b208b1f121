package fi.perhekeskus.pkcheck.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Prints bench/run.sh's figures as Markdown: the whole-process table from {@code process.tsv}, and the JMH
 * results ({@code jmh-check-*.json}, {@code jmh-rules.json}) of a results directory.
 */
public final class BenchReport {

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/results");
        StringBuilder out = new StringBuilder();
        process(dir.resolve("process.tsv"), out);
        check(dir, out);
        rules(dir.resolve("jmh-rules.json"), out);
        System.out.print(out);
    }

    /** One row of process.tsv. */
    private record Run(String kind, String dataset, long memberships, int runs, double wall, double rss,
                       String status) {
    }

    private static void process(Path file, StringBuilder out) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, Map<String, Run>> byDataset = new LinkedHashMap<>();
        int runs = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 7 || f[0].equals("kind")) {
                continue;
            }
            Run r = new Run(f[0], f[1], parseLong(f[2]), Integer.parseInt(f[3]), parseDouble(f[4]), parseDouble(f[5]),
                    f[6]);
            runs = Math.max(runs, r.runs());
            byDataset.computeIfAbsent(r.dataset(), k -> new LinkedHashMap<>()).put(r.kind(), r);
        }
        out.append("## Whole process (a cold JVM per run; median of ").append(runs).append(")\n\n");
        out.append("| dataset | memberships | `java -jar target/pkcheck.jar check --format json` | peak RSS | "
                + "`./pkcheck check --format json` | parse only (Jackson) | its peak RSS | check ÷ parse | "
                + "check with `-Xmx2g` |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map.Entry<String, Map<String, Run>> e : byDataset.entrySet()) {
            Map<String, Run> k = e.getValue();
            Run check = k.get("check");
            Run launcher = k.get("launcher");
            Run parse = k.get("parse");
            Run small = k.get("check-xmx2g");
            long n = Stream.of(check, parse, launcher).filter(r -> r != null && r.memberships() > 0)
                    .mapToLong(Run::memberships).findFirst().orElse(0);
            out.append("| ").append(e.getKey()).append(" | ").append(String.format(Locale.ROOT, "%,d", n))
                    .append(" | ").append(wall(check)).append(" | ").append(rss(check))
                    .append(" | ").append(wall(launcher))
                    .append(" | ").append(wall(parse)).append(" | ").append(rss(parse))
                    .append(" | ").append(ok(check) && ok(parse) ? String.format(Locale.ROOT, "%.2f×",
                            check.wall() / parse.wall()) : "")
                    .append(" | ").append(small == null ? "" : ok(small) ? wall(small) + ", " + rss(small)
                            : small.status())
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static boolean ok(Run r) {
        return r != null && "ok".equals(r.status()) && !Double.isNaN(r.wall());
    }

    private static String wall(Run r) {
        return r == null ? "" : ok(r) ? String.format(Locale.ROOT, "%.2f s", r.wall()) : r.status();
    }

    private static String rss(Run r) {
        return r == null || Double.isNaN(r.rss()) ? "" : String.format(Locale.ROOT, "%,.0f MB", r.rss());
    }

    private static void check(Path dir, StringBuilder out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().matches("jmh-check.*\\.json")).sorted().forEach(files::add);
        }
        Map<Integer, Map<String, double[]>> bySize = new TreeMap<>();
        for (Path file : files) {
            for (JsonNode r : results(file)) {
                String method = r.path("benchmark").asText().replaceAll(".*\\.", "");
                int size = r.path("params").path("size").asInt();
                JsonNode m = r.path("primaryMetric");
                bySize.computeIfAbsent(size, k -> new LinkedHashMap<>())
                        .put(method, new double[] {m.path("score").asDouble(), m.path("scoreError").asDouble()});
            }
        }
        if (bySize.isEmpty()) {
            return;
        }
        out.append("## Check time in one JVM (JMH single-shot, ms per whole check of the same facts)\n\n");
        out.append("| memberships | plain Java (8 rules) | Drools, the same 8 rules | Drools, all rules "
                + "| Drools 8 ÷ plain | Drools all ÷ plain |\n|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<Integer, Map<String, double[]>> e : bySize.entrySet()) {
            double[] plain = e.getValue().get("plain");
            double[] subset = e.getValue().get("droolsSubset");
            double[] all = e.getValue().get("droolsAll");
            out.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s |%n", e.getKey(), ms(plain), ms(subset),
                    ms(all), ratio(subset, plain), ratio(all, plain)));
        }
        Map<String, double[]> big = bySize.get(1_000_000);
        Map<String, double[]> mid = bySize.get(100_000);
        if (big != null && mid != null) {
            out.append(String.format(Locale.ROOT, "%nGrowth from 100k to 1M memberships: plain %s, Drools 8 rules %s,"
                            + " Drools all rules %s (target: at most 11×).%n", ratio(big.get("plain"), mid.get("plain")),
                    ratio(big.get("droolsSubset"), mid.get("droolsSubset")),
                    ratio(big.get("droolsAll"), mid.get("droolsAll"))));
        }
        out.append('\n');
    }

    private static void rules(Path file, StringBuilder out) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, double[]> byRule = new LinkedHashMap<>();
        int size = 0;
        for (JsonNode r : results(file)) {
            JsonNode m = r.path("primaryMetric");
            byRule.put(r.path("params").path("rule").asText(),
                    new double[] {m.path("score").asDouble(), m.path("scoreError").asDouble()});
            size = r.path("params").path("size").asInt();
        }
        double[] none = byRule.remove("none");
        double base = none == null ? 0 : none[0];
        List<Map.Entry<String, double[]>> sorted = new ArrayList<>(byRule.entrySet());
        sorted.sort((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]));
        out.append(String.format(Locale.ROOT, "## Time per rule at %,d memberships (each rule id alone in its own"
                + " KieBase: insert every fact + fire, minus inserting with no rule = %s)%n%n", size, ms(none)));
        out.append("| rule | alone | minus insert-only |\n|---|---:|---:|\n");
        for (Map.Entry<String, double[]> e : sorted) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %.1f ms |%n", e.getKey(), ms(e.getValue()),
                    e.getValue()[0] - base));
        }
        if (!sorted.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nSlowest rule: **%s** (%.1f ms above inserting the facts).%n",
                    sorted.get(0).getKey(), sorted.get(0).getValue()[0] - base));
        }
        out.append('\n');
    }

    private static JsonNode results(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return new ObjectMapper().createArrayNode();
        }
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String ms(double[] v) {
        if (v == null) {
            return "";
        }
        return Double.isNaN(v[1]) ? String.format(Locale.ROOT, "%.1f ms", v[0])
                : String.format(Locale.ROOT, "%.1f ± %.1f ms", v[0], v[1]);
    }

    private static String ratio(double[] a, double[] b) {
        return a == null || b == null || b[0] == 0 ? "" : String.format(Locale.ROOT, "%.1f×", a[0] / b[0]);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
