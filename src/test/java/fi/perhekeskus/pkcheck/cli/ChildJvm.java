package fi.perhekeskus.pkcheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link Main#main} in a JVM of its own with the options given, as the launcher would. */
final class ChildJvm {

    /** What one run produced, and how long it took. */
    record Run(int exit, String out, String err, long millis) {

        /** Standard error's lines, without the JVM's note about JAVA_TOOL_OPTIONS. */
        List<String> errLines() {
            return err.lines().filter(l -> !l.startsWith("Picked up ")).toList();
        }
    }

    private ChildJvm() {
    }

    /**
     * Runs {@code args} in a child JVM with {@code jvm} options and {@code env} added, standard output to
     * {@code stdout} (a file, or {@code /dev/full}); gives up after {@code timeoutSeconds}.
     */
    static Run run(Path dir, List<String> jvm, Map<String, String> env, File stdout, long timeoutSeconds,
                   String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = dir.resolve("child-err.txt");
        File out = stdout != null ? stdout : dir.resolve("child-out.txt").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out).redirectError(err.toFile());
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("no result within " + timeoutSeconds + " s: " + args[0]);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String printed = stdout != null ? "" : Files.readString(out.toPath(), StandardCharsets.UTF_8);
        return new Run(process.exitValue(), printed, Files.readString(err, StandardCharsets.UTF_8), millis);
    }
}
