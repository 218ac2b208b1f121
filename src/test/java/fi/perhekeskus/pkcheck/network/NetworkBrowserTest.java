package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interactive map of the Pirkanmaa sample in Debian's headless Chromium: it renders with no console
 * message (uncaught errors, Content-Security-Policy violations and Cytoscape's warnings all land there),
 * draws its canvas, and leaves a screenshot in docs/images/ for the README.
 */
class NetworkBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]|Uncaught ");
    private static final Path WORK = Path.of("target", "network-browser");

    @Test
    void pirkanmaaMapRendersWithoutConsoleErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed");
        Dataset data = new DatasetLoader().load(List.of(Path.of("sample-data", "pirkanmaa")));
        var facts = FactBuilder.build(data, new ModelLoader().resolve("pirkanmaa", null, null), LocalDate.of(2024, 3, 1));
        Set<String> people = new java.util.TreeSet<>();
        data.people().forEach(p -> people.add(p.id()));
        NetworkGraph graph = NetworkBuilder.build(facts, PersonNaming.pseudonyms(new Pseudonymiser(people, "")));
        Files.createDirectories(WORK);
        Path page = WORK.resolve("network-pirkanmaa.html");
        try (var out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            new NetworkHtml().write(graph, NetworkAnalysis.analyse(graph), new Messages(Language.en), out);
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(html.contains("https://") || html.contains("http://cdn"), "nothing is fetched");

        Run dom = run(page, List.of("--dump-dom"));
        assertEquals(0, dom.exit, dom.stderr);
        assertEquals(List.of(), dom.console, "console messages");
        assertTrue(dom.stdout.contains("<canvas"), "Cytoscape drew its canvas");

        Path png = Path.of("docs", "images", "network-pirkanmaa.png");
        Files.createDirectories(png.getParent());
        Run shot = run(page, List.of("--hide-scrollbars", "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=5000", "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1000"));
        assertEquals(0, shot.exit, shot.stderr);
        assertEquals(List.of(), shot.console, "console messages");
        assertTrue(Files.size(png) > 10_000, "a screenshot with something on it");
    }

    private record Run(int exit, String stdout, List<String> console, String stderr) {
    }

    private static Run run(Path page, List<String> action) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(WORK, "profile-");
        Path out = Files.createTempFile(WORK, "stdout-", ".txt");
        Path err = Files.createTempFile(WORK, "stderr-", ".txt");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(action);
        command.add(page.toAbsolutePath().toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("chromium did not finish within 120 s");
            }
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    stderr.lines().filter(l -> CONSOLE.matcher(l).find()).toList(), stderr);
        } finally {
            try (Stream<Path> all = Files.walk(profile)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
