package fi.perhekeskus.pkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.MeetingRequest;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every rule case under {@code rule-cases/}: the findings a dataset must and must not produce. */
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

    /** The findings of a case as "RULE type id" strings. */
    static Set<String> run(RuleCase c, Path dir) throws IOException {
        Path data = c.writeData(dir);
        Pipeline.Inputs inputs = new Pipeline.Inputs(List.of(data), c.modelOption(), List.of(), c.writeWaivers(dir),
                null);
        Pipeline.Result result = c.isMeeting()
                ? Pipeline.meeting(inputs, c.meeting() != null ? MeetingRequest.of(c.meeting())
                        : MeetingRequest.adHoc(c.group(), c.attendees(), c.date()), c.date())
                : Pipeline.run(inputs, c.date(), id -> !id.startsWith("MEET-"));
        return result.report().findings().stream().map(RuleCaseTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String key(Finding f) {
        return f.rule() + " " + f.subject().type() + " " + f.subject().id();
    }

    @TestFactory
    Stream<DynamicTest> ruleCases() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), c.file().toUri(), () -> {
            assertFalse(c.expect().isEmpty() && c.absent().isEmpty(), c.name() + " expects nothing");
            Path dir = Files.createDirectories(temp.resolve(c.name().replace('/', '_')));
            Set<String> found = run(c, dir);
            for (String expected : c.expect()) {
                assertTrue(found.contains(expected), c.name() + ": expected " + expected + " among " + found);
            }
            for (String absent : c.absent()) {
                assertFalse(found.contains(absent), c.name() + ": did not expect " + absent + " among " + found);
            }
        }));
    }
}
