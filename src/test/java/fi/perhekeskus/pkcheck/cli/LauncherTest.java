package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code pkcheck} launcher script, run by bash with a stand-in {@code java} that records its options (and a
 * real one where the JVM's own refusal is the point): the heap it sizes, from what, and within which limits.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private Path launcher;
    private Path log;
    private Path data;

    @BeforeEach
    void setUp() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        launcher = home.resolve("pkcheck");
        Files.copy(TestPaths.repository().resolve("pkcheck"), launcher);
        Files.createDirectories(home.resolve("target"));
        // A jar with a manifest and no classes: a real JVM opens it before it starts, and fails on the options first.
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, "NoSuchClass");
        try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(home.resolve("target/pkcheck.jar")),
                manifest)) {
            jar.flush();
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        log = dir.resolve("java-args.txt");
        Path fake = bin.resolve("java");
        Files.writeString(fake, "#!/usr/bin/env bash\n"
                + "for a in \"$@\"; do case \"$a\" in -Dpkcheck.startMarker=*) "
                + "[ -n \"${FAKE_NEVER_STARTS:-}\" ] || rm -f \"${a#*=}\" ;; esac; done\n"
                + "printf '%s\\n' \"$@\" > \"" + log + "\"\nprintf '%s\\n' \"$$\" > \"" + log + ".pid\"\n"
                + "exit ${FAKE_EXIT:-0}\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        data = Files.createDirectories(dir.resolve("data"));
    }

    private static void sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    private record Run(int exit, String out, String err, long pid) {
    }

    private Run launch(Map<String, String> env, boolean fakeJava, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("PKCHECK_JAVA_OPTS");
        environment.put("PKCHECK_CDS", "0");
        environment.put("PKCHECK_CGROUP_ROOT", dir.resolve("no-cgroup").toString());
        if (fakeJava) {
            environment.put("PATH", dir.resolve("bin") + ":" + environment.get("PATH"));
        }
        environment.putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err), process.pid());
    }

    private List<String> javaArgs() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    @Test
    void theServerTakesTheLaunchersPlaceSoThatTheSignalsSentToItReachTheServer() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Run run = launch(Map.of("TMPDIR", tmp.toString()), true, "serve", "--port", "0");
        assertEquals(0, run.exit(), run.err());
        assertEquals(String.valueOf(run.pid()), Files.readString(Path.of(log + ".pid")).strip(),
                "java runs as the process the launcher was: a SIGTERM to it stops the server, no child is left");
        assertTrue(javaArgs().containsAll(List.of("-XX:+UseSerialGC", "serve", "--port", "0")), javaArgs().toString());
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList(), "no start marker left behind");
        }
        launch(Map.of("TMPDIR", tmp.toString()), true, "check", data.toString());
        assertFalse(Files.readString(Path.of(log + ".pid")).strip().equals(String.valueOf(run.pid())));
    }

    @Test
    void sizesTheStartingHeapFromDataFilesOnly() throws Exception {
        sparse(data.resolve("groups.json"), 20L << 20);
        sparse(data.resolve("video.mp4"), 400L << 20);
        sparse(data.resolve("notes.txt"), 400L << 20);
        Run run = launch(Map.of(), true, "check", data.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(javaArgs().contains("-Xms320m"), javaArgs().toString());
        assertTrue(javaArgs().containsAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:+UseParallelGC")),
                "C1 alone and the throughput collector: " + javaArgs());
    }

    @Test
    void smallDataKeepsTheStartUpOptions() throws Exception {
        sparse(data.resolve("groups.yaml"), 1L << 20);
        sparse(data.resolve("film.mp4"), 400L << 20);
        launch(Map.of(), true, "check", data.toString());
        assertTrue(javaArgs().contains("-XX:TieredStopAtLevel=1"), javaArgs().toString());
        assertFalse(javaArgs().stream().anyMatch(a -> a.startsWith("-Xms")), javaArgs().toString());
    }

    @Test
    void neverStartsAboveTheLargestHeapTheUserGave() throws Exception {
        sparse(data.resolve("groups.json"), 100L << 20);
        launch(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), true, "check", data.toString());
        assertTrue(javaArgs().contains("-Xms1024m"), javaArgs().toString());
        launch(Map.of("JDK_JAVA_OPTIONS", "-XX:MaxHeapSize=512m"), true, "check", data.toString());
        assertTrue(javaArgs().contains("-Xms512m"), javaArgs().toString());
    }

    @Test
    void aTightHeapGivesAnEighthToNewObjects() throws Exception {
        sparse(data.resolve("groups.json"), 100L << 20);
        launch(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), true, "check", data.toString());
        assertTrue(javaArgs().contains("-Xmn128m"), "1 GB for 100 MB of data is tight: " + javaArgs());
        launch(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g -XX:NewRatio=3"), true, "check", data.toString());
        assertFalse(javaArgs().stream().anyMatch(a -> a.startsWith("-Xmn")), "the user's own: " + javaArgs());
        launch(Map.of("JAVA_TOOL_OPTIONS", "-Xmx4g"), true, "check", data.toString());
        assertFalse(javaArgs().stream().anyMatch(a -> a.startsWith("-Xmn")), "16 bytes per byte fit: " + javaArgs());
        assertTrue(javaArgs().contains("-Xms1600m"), javaArgs().toString());
    }

    @Test
    void aStartingHeapTheUserGaveIsTheirs() throws Exception {
        sparse(data.resolve("groups.json"), 100L << 20);
        launch(Map.of("JAVA_TOOL_OPTIONS", "-Xms64m"), true, "check", data.toString());
        assertFalse(javaArgs().stream().anyMatch(a -> a.startsWith("-Xms")), javaArgs().toString());
        launch(Map.of("PKCHECK_JAVA_OPTS", "-Xmx3g"), true, "check", data.toString());
        assertEquals(List.of("-Xmx3g", "-jar"), javaArgs().stream().filter(a -> a.startsWith("-X") || a.equals("-jar"))
                .filter(a -> !a.startsWith("-XX")).toList());
    }

    @Test
    void respectsTheContainersMemoryLimit() throws Exception {
        sparse(data.resolve("groups.json"), 100L << 20);
        Path cgroup = Files.createDirectories(dir.resolve("cgroup"));
        Files.writeString(cgroup.resolve("memory.max"), (400L << 20) + "\n");
        launch(Map.of("PKCHECK_CGROUP_ROOT", cgroup.toString()), true, "check", data.toString());
        assertTrue(javaArgs().contains("-Xms100m"), javaArgs().toString());
        Files.delete(cgroup.resolve("memory.max"));
        Files.createDirectories(cgroup.resolve("memory"));
        Files.writeString(cgroup.resolve("memory/memory.limit_in_bytes"), (800L << 20) + "\n");
        launch(Map.of("PKCHECK_CGROUP_ROOT", cgroup.toString()), true, "check", data.toString());
        assertTrue(javaArgs().contains("-Xms200m"), javaArgs().toString());
    }

    @Test
    void findingsStayExitOneWhenTheJvmStarted() throws Exception {
        Files.writeString(data.resolve("a.yaml"), "schemaVersion: 1\n");
        Run run = launch(Map.of("FAKE_EXIT", "1"), true, "check", data.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aJvmThatCannotStartIsExitTwoWithItsMessageOnStandardError() throws Exception {
        Files.writeString(data.resolve("a.yaml"), "schemaVersion: 1\n");
        Run run = launch(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g", "PKCHECK_JAVA_OPTS", "-Xms2g"), false, "check",
                data.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Initial heap size set to a larger value than the maximum heap size"), run.err());
        assertTrue(run.err().contains("pkcheck: Java could not start"), run.err());
        Run never = launch(Map.of("FAKE_EXIT", "1", "FAKE_NEVER_STARTS", "1"), true, "check", data.toString());
        assertEquals(2, never.exit(), never.err());
    }
}
