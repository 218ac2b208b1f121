package fi.perhekeskus.pkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.MeetingRequest;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.report.Suggestion;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every rule case under {@code rule-cases/}: a case lists every finding its dataset produces (rule, subject
 * and line) under {@code expect:}, and fails on a missing or an extra one; {@code absent:} names near misses.
 */
class RuleCaseTest {

    @TempDir
    Path temp;

    /** Every case file, in path order. */
    static List<RuleCase> cases() {
        Path root = TestPaths.resource("rule-cases");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".case.yaml"))
                    .sorted()
                    .map(p -> RuleCase.read(root, p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of a case as "RULE type id @line" strings, sorted (see {@link #key(Finding, Path)}). */
    static List<String> run(RuleCase c, Path dir) throws IOException {
        Path data = dir.resolve("data.yaml");
        return result(c, dir).report().findings().stream().map(f -> key(f, data)).sorted().toList();
    }

    /** What {@code pkcheck check} (or {@code meeting}) reports of a case, its data written into {@code dir}. */
    static Pipeline.Result result(RuleCase c, Path dir) throws IOException {
        Path data = c.writeData(dir);
        Pipeline.Inputs inputs = new Pipeline.Inputs(List.of(data), c.modelOption(), List.of(), c.writeWaivers(dir),
                null);
        return c.isMeeting()
                ? Pipeline.meeting(inputs, c.meeting() != null ? MeetingRequest.of(c.meeting())
                        : MeetingRequest.adHoc(c.group(), c.attendees(), c.date()), c.date())
                : Pipeline.check(inputs, c.date());
    }

    /** A suggestion as an {@code invite:} line: "MEET-001 2: p5, p6|p7" (a member, and after | their deputy). */
    static String invite(Suggestion s) {
        return (s.rule() + " " + s.needed() + ": " + s.invites().stream()
                .map(i -> i.member().id() + (i.deputy() == null ? "" : "|" + i.deputy().id()))
                .collect(Collectors.joining(", "))).trim();
    }

    /** "RULE type id": a finding as acceptance tests match it. */
    static String key(Finding f) {
        return f.rule() + " " + f.subject().type() + " " + f.subject().id();
    }

    /**
     * "RULE type id @line": {@link #key(Finding)} and where the finding points, as a line of the case file (the
     * data file keeps the case's lines), or {@code @file:line} in another file; nothing without a place.
     */
    static String key(Finding f, Path data) {
        // a subject named by its place (a seat with nobody in it) names the data file as "data.yaml"
        String key = key(f).replace(data.toString(), "data.yaml");
        if (f.location() == null) {
            return key;
        }
        String file = Path.of(f.location().file()).getFileName().toString();
        return key + " @" + (f.location().file().equals(data.toString()) ? "" : file + ":") + f.location().line();
    }

    @TestFactory
    Stream<DynamicTest> ruleCases() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), c.file().toUri(), () -> {
            assertFalse(c.expect().isEmpty() && c.absent().isEmpty(), c.name() + " expects nothing");
            Path dir = Files.createDirectories(temp.resolve(c.name().replace('/', '_')));
            Pipeline.Result result = result(c, dir);
            Path data = dir.resolve("data.yaml");
            List<String> found = result.report().findings().stream().map(f -> key(f, data)).sorted().toList();
            if (c.invite() != null) {
                assertEquals(c.invite(), result.report().suggestions().stream().map(RuleCaseTest::invite).toList(),
                        c.name() + ": whom to invite");
            }
            if (Boolean.getBoolean("cases.update")) {
                c.writeExpect(found);
            }
            Set<String> keys = found.stream().map(k -> k.replaceAll(" @\\S+$", "")).collect(Collectors.toSet());
            for (String absent : c.absent()) {
                assertFalse(keys.contains(absent), c.name() + ": did not expect " + absent + " among " + found);
            }
            // Exact: every finding the case produces is listed, with its place, and nothing else.
            assertEquals(c.expect().stream().sorted().toList(), found, c.name() + " (regenerate with "
                    + "-Dcases.update=true and review the diff)");
        }));
    }
}
