package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.engine.Checker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** How {@link Main} shortens start-up: one subcommand built when one is named, and the rules loaded early. */
class MainTest {

    private static final List<String> ALL = List.of("check", "meeting", "validate", "rules", "models", "network",
            "template", "convert", "history", "serve", "help");

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("check"), Main.commandLine(new String[] {"check", "x"}, CommandLine.defaultFactory())
                .getSubcommands().keySet());
        assertEquals(Set.of("network"), Main.commandLine(new String[] {"network"}, CommandLine.defaultFactory())
                .getSubcommands().keySet());
    }

    @Test
    void otherwiseEveryCommandIsBuilt() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"help", "check"},
                new String[] {"chekc"}, new String[] {"-V"})) {
            assertEquals(ALL, List.copyOf(Main.commandLine(args, CommandLine.defaultFactory()).getSubcommands()
                    .keySet()), String.join(" ", args));
        }
    }

    @Test
    void helpAndErrorsReadAsWithEveryCommand() {
        Cli.Result help = Cli.run("--help");
        for (String name : ALL) {
            assertTrue(help.out().contains("\n  " + name + " "), name + " missing from\n" + help.out());
        }
        Cli.Result checkHelp = Cli.run("check", "--help");
        assertEquals(0, checkHelp.exit());
        assertTrue(checkHelp.out().startsWith("Usage: pkcheck check "), checkHelp.out());
        Cli.Result viaHelp = Cli.run("help", "check");
        assertEquals(checkHelp.out(), viaHelp.out());
        Cli.Result typo = Cli.run("chekc", "sample");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("'chekc'"), typo.err());
    }

    @Test
    void rulesArePreloadedForChecksWithoutUserRules() {
        assertEquals(Optional.of(Checker.kinds(false, false)), Main.preloadKinds(new String[] {"check", "d"}));
        assertEquals(Optional.of(Checker.kinds(false, false)), Main.preloadKinds(new String[] {"validate", "d"}));
        assertEquals(Optional.of(Checker.kinds(true, false)),
                Main.preloadKinds(new String[] {"meeting", "d", "--group", "g"}));
        assertEquals(Optional.of(Checker.kinds(false, true)),
                Main.preloadKinds(new String[] {"check", "d", "--waivers", "w.yaml"}));
        assertEquals(Optional.of(Checker.kinds(false, true)),
                Main.preloadKinds(new String[] {"check", "--waivers=w.yaml", "d"}));
    }

    @Test
    void nothingIsPreloadedForUserRulesOrOtherCommands() {
        assertEquals(Optional.empty(), Main.preloadKinds(new String[] {"check", "d", "--rules", "r"}));
        assertEquals(Optional.empty(), Main.preloadKinds(new String[] {"check", "d", "--rules=r"}));
        assertEquals(Optional.empty(), Main.preloadKinds(new String[] {"rules"}));
        assertEquals(Optional.empty(), Main.preloadKinds(new String[] {"--help"}));
        assertEquals(Optional.empty(), Main.preloadKinds(new String[0]));
        assertEquals(Optional.empty(), Main.preloadKinds(new String[] {"d", "check"}));
    }
}
