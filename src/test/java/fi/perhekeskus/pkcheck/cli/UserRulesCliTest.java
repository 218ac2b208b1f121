package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User rules that go wrong: a consequence that throws, a rule that loops; each is one line and exit 2. */
class UserRulesCliTest {

    private static final String HEADER = """
            package myregion.rules;
            import fi.perhekeskus.pkcheck.facts.GroupFact;
            import fi.perhekeskus.pkcheck.model.Tier;
            """;

    @TempDir
    Path temp;

    private Path rule(String name, String drl) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules-" + name));
        Files.writeString(dir.resolve(name + ".drl"), HEADER + drl);
        return dir;
    }

    private static Cli.Result check(Path rules, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check",
                TestPaths.resource("compliant/pirkanmaa").toString(), "--rules", rules.toString(), "--date",
                "2024-03-01", "--format=json"));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleAndItsFile() throws IOException {
        Path dir = rule("broken", """
                rule "Divides by nothing"
                    @id("X-001") @severity("INFO")
                when
                    $g : GroupFact( tier == Tier.LOCAL )
                then
                    Integer.parseInt($g.id());
                end
                """);
        Cli.Result result = check(dir);
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("broken.drl: rule \"Divides by nothing\" (X-001) failed: "
                + "NumberFormatException"), result.err());
        assertFalse(result.err().contains("internal error"), result.err());
    }

    @Test
    void aRuleThatLoopsIsStoppedAtTheFiringLimit() throws IOException {
        Path dir = rule("loop", """
                rule "Counts for ever"
                    @id("X-002") @severity("INFO")
                when
                    $n : Long()
                then
                    delete($n);
                    insert(Long.valueOf($n + 1));
                end
                rule "Starts counting"
                    @id("X-003") @severity("INFO")
                when
                    GroupFact( tier == Tier.PROVINCIAL )
                then
                    insert(Long.valueOf(0));
                end
                """);
        Cli.Result result = check(dir, "--max-firings", "5000");
        assertEquals(2, result.exit());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains("loop.drl: rule \"Counts for ever\" (X-002) fired more than 5,000 times"),
                result.err());
        assertTrue(result.err().contains("--max-firings"), result.err());
    }

    /** A rule file's errors, and a rule's failure at run time, read in the chosen language around the rule's name. */
    @Test
    void ruleErrorsSpeakTheChosenLanguage() throws IOException {
        Path broken = rule("compile", """
                rule "Names an unknown fact"
                    @id("X-003") @severity("INFO")
                when
                    Nothing( )
                then
                end
                """);
        Cli.Result fi = check(broken, "--lang", "fi");
        assertEquals(2, fi.exit());
        assertTrue(fi.err().matches("(?s)[^\n]*compile\\.drl:[1-9][0-9]*: sääntötiedostoa ei voi kääntää \\(Droolsin "
                + "ilmoitus: .*Nothing.*\\)\\s*"), fi.err());
        Cli.Result sv = check(broken, "--lang", "sv");
        assertTrue(sv.err().contains(": regelfilen kan inte kompileras (Drools meddelar: "), sv.err());
        Path noId = rule("noid", """
                rule "Has no id"
                when
                    GroupFact( )
                then
                end
                """);
        assertTrue(check(noId, "--lang", "fi").err().contains("noid.drl: säännöltä \"Has no id\" puuttuu @id"),
                check(noId, "--lang", "fi").err());
        Cli.Result loop = check(rule("kierre", """
                rule "Counts for ever"
                    @id("X-004") @severity("INFO")
                when
                    $n : Long( )
                then
                    insert(Long.valueOf($n + 1));
                end
                rule "Starts"
                    @id("X-004") @severity("INFO")
                when
                then
                    insert(Long.valueOf(0));
                end
                """), "--max-firings", "50000", "--lang", "sv");
        assertEquals(2, loop.exit());
        assertTrue(loop.err().contains("kierre.drl: regeln \"Counts for ever\" (X-004) utlöstes mer än 50\u00a0000 "
                + "gånger och stoppades"), loop.err());
        Cli.Result notDir = check(temp.resolve("puuttuu"), "--lang", "fi");
        assertTrue(notDir.err().contains("puuttuu: --rules-valitsimelle annetaan hakemisto"), notDir.err());
    }

    @Test
    void aUserRuleWhoseIdStartsWithMeetRunsInCheck() throws IOException {
        Path dir = rule("meet", """
                rule "Every provincial group is noted"
                    @id("MEET-901") @severity("INFO")
                when
                    $g : GroupFact( tier == Tier.PROVINCIAL )
                then
                    insert(fi.perhekeskus.pkcheck.engine.Emit.finding(kcontext).subject("group", $g.id()).build());
                end
                """);
        Cli.Result result = check(dir, "--fail-on", "never");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("\"MEET-901\""), result.out());
    }

    @Test
    void aUserRuleStillSeesTheRequirementFactsOfRulesThatReadThemThroughTheContext() throws IOException {
        // The built-in STRUCT-004 reads its requirement through the context global, so only this rule names
        // Requirement( rule == "STRUCT-004" ): the fact must still reach the session for it.
        Path dir = rule("requirement", """
                import fi.perhekeskus.pkcheck.model.Requirement;
                rule "The tier's municipality limit is noted"
                    @id("MEET-902") @severity("INFO")
                when
                    $r : Requirement( rule == "STRUCT-004", $t : tier )
                then
                    insert(fi.perhekeskus.pkcheck.engine.Emit.finding(kcontext).subject("tier", $t.name())
                        .args($r.count("max")).build());
                end
                """);
        Cli.Result result = check(dir, "--fail-on", "never");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("\"MEET-902\""), result.out());
    }
}
