package fi.perhekeskus.pkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.perhekeskus.pkcheck.cli.MeetingRequest;
import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.render.JsonRenderer;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.render.RenderContext;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speed work is fenced: every rule case and every sample network gives the same JSON report, byte for byte,
 * with the pruning switch ({@value Checker#PRUNE}: rules left out of the KieBase, network facts and facts held
 * back by {@code FactGate}) on and off.
 */
class PruningEquivalenceTest {

    @TempDir
    Path temp;

    private static String both(Callable<Pipeline.Result> run, boolean prune) throws Exception {
        String before = System.getProperty(Checker.PRUNE);
        System.setProperty(Checker.PRUNE, Boolean.toString(prune));
        try {
            Pipeline.Result result = run.call();
            StringWriter out = new StringWriter();
            new JsonRenderer().render(result.report(), new RenderContext(new Messages(Language.en), false, "test",
                    result.rules()), out);
            return out.toString();
        } finally {
            if (before == null) {
                System.clearProperty(Checker.PRUNE);
            } else {
                System.setProperty(Checker.PRUNE, before);
            }
        }
    }

    private static void same(Callable<Pipeline.Result> run) throws Exception {
        String pruned = both(run, true);
        String plain = both(run, false);
        assertFalse(pruned.isEmpty());
        assertEquals(plain, pruned);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleCase() {
        return RuleCaseTest.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path dir = Files.createDirectories(temp.resolve(c.name().replace('/', '_')));
            Path data = c.writeData(dir);
            Pipeline.Inputs in = new Pipeline.Inputs(List.of(data), c.modelOption(), List.of(), c.writeWaivers(dir),
                    null);
            same(() -> c.isMeeting()
                    ? Pipeline.meeting(in, c.meeting() != null ? MeetingRequest.of(c.meeting())
                            : MeetingRequest.adHoc(c.group(), c.attendees(), c.date()), c.date())
                    : Pipeline.check(in, c.date()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySample() {
        return Stream.of("pirkanmaa", "kanta-hame", "pohjois-karjala").map(region -> DynamicTest.dynamicTest(region,
                () -> same(() -> Pipeline.check(Pipeline.Inputs.of(List.of(Path.of("sample-data", region)), null,
                        List.of()), LocalDate.of(2024, 3, 1)))));
    }
}
