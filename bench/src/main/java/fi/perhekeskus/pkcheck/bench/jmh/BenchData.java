package fi.perhekeskus.pkcheck.bench.jmh;

import fi.perhekeskus.pkcheck.bench.BenchFacts;
import fi.perhekeskus.pkcheck.bench.NetworkGenerator;
import fi.perhekeskus.pkcheck.facts.Facts;
import java.nio.file.Path;

/**
 * The generated dataset a benchmark runs on: {@code <root>/<model>-<size>-s<seed>/}, generated on first use
 * (bench/run.sh generates the same directories before it starts JMH, so forks only load them).
 */
final class BenchData {

    private BenchData() {
    }

    static Path directory(String root, String model, int size, long seed) {
        return Path.of(root).toAbsolutePath().resolve(model + "-" + size + "-s" + seed);
    }

    static Facts facts(String root, String model, int size, long seed) {
        Path dir = directory(root, model, size, seed);
        if (!NetworkGenerator.isGenerated(dir)) {
            NetworkGenerator.generate(NetworkGenerator.Config.of(model, size, seed), dir);
        }
        long start = System.nanoTime();
        Facts facts = BenchFacts.load(dir.resolve("data"), NetworkGenerator.DEFAULT_DATE);
        System.err.printf("loaded %s: %d facts in %d ms%n", dir, facts.all().size(),
                (System.nanoTime() - start) / 1_000_000);
        return facts;
    }
}
