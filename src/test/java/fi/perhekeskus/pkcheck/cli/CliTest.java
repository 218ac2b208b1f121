package fi.perhekeskus.pkcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: exit codes, streams, options, every exit-2 path. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final String network = TestPaths.resource("golden/network").toString();

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertInputError(Cli.Result r, String... fragments) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.length() <= 300, err);
        assertFalse(err.contains("Exception"), "no stack trace: " + err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), "expected '" + fragment + "' in: " + err);
        }
    }

    @Test
    void findingsAtOrAboveFailOnExitOne() {
        Cli.Result r = Cli.run("check", network, "--date", "2024-03-01");
        assertEquals(1, r.exit());
        assertEquals("", r.err());
        assertTrue(r.out().contains("CHAIR-001"), r.out());
    }

    @Test
    void theDateMayBeWrittenAsAFinnishCoordinatorWritesIt() {
        Cli.Result iso = Cli.run("check", network, "--date", "2024-03-01", "--format", "json");
        Cli.Result finnish = Cli.run("check", network, "--date", "1.3.2024", "--format", "json");
        assertEquals(iso.out(), finnish.out());
        assertEquals(iso.exit(), finnish.exit());
        assertInputError(Cli.run("check", network, "--date", "31.2.2024", "--lang", "fi"),
                "'31.2.2024' ei ole päivämäärä; kirjoita se muodossa 1.3.2024 tai VVVV-KK-PP");
    }

    @Test
    void failOnNeverExitsZeroAndFailOnRaisesTheBar() {
        assertEquals(0, Cli.run("check", network, "--date", "2024-03-01", "--fail-on", "never").exit());
        assertEquals(1, Cli.run("check", network, "--date", "2024-03-01", "--fail-on", "info").exit());
    }

    @Test
    void cleanDataExitsZeroWithEmptyStandardError() throws IOException {
        Path data = write("clean.yaml", """
                schemaVersion: 1
                model: %s
                organisations:
                  - { id: hva, type: WELLBEING_REGION }
                people:
                  - { id: p1, organisation: hva }
                groups:
                  - { id: g1, tier: PROVINCIAL, members: [ { person: p1, role: CHAIR } ] }
                """.formatted(TestPaths.resource("cli/tiny-model.yaml")));
        Cli.Result r = Cli.run("check", data.toString(), "--date", "2024-03-01");
        assertEquals(0, r.exit(), r.out());
        assertEquals("", r.err());
        assertTrue(r.out().contains("No findings"), r.out());
    }

    @Test
    void jsonIsOneDocumentWithTheSpecFields() throws IOException {
        Cli.Result r = Cli.run("check", network, "--date", "2024-03-01", "--format", "json");
        JsonNode root = JSON.readTree(r.out());
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals("pkcheck", root.at("/tool/name").asText());
        assertEquals("2024-03-01", root.get("checkDate").asText());
        assertTrue(root.get("datasets").isArray());
        assertTrue(root.at("/summary/errors").asInt() > 0);
        for (JsonNode f : root.get("findings")) {
            assertTrue(f.hasNonNull("rule") && f.hasNonNull("severity") && f.at("/subject/type").isTextual()
                    && f.at("/subject/id").isTextual(), f.toString());
        }
    }

    @Test
    void sameInputGivesByteIdenticalJson() {
        String first = Cli.run("check", network, "--date", "2024-03-01", "--format", "json").out();
        String second = Cli.run("check", network, "--date", "2024-03-01", "--format", "json").out();
        assertEquals(first, second);
    }

    @Test
    void outputOptionWritesTheFileAndNothingToStandardOutput() throws IOException {
        Path out = temp.resolve("reports/report.json");
        Cli.Result r = Cli.run("check", network, "--date", "2024-03-01", "--format", "json", "-o", out.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(JSON.readTree(out.toFile()).has("findings"));
    }

    @Test
    void languageFromOptionAndFromEnvironment() {
        Cli.Result fi = Cli.run("check", network, "--date", "2024-03-01", "--lang", "fi");
        Cli.Result sv = Cli.run(Map.of("LANG", "sv_FI.UTF-8"), false, "check", network, "--date", "2024-03-01");
        Cli.Result en = Cli.run(Map.of("LANG", "C"), false, "check", network, "--date", "2024-03-01");
        assertTrue(en.out().contains("Summary"), en.out());
        assertFalse(fi.out().contains("Summary"), fi.out());
        assertFalse(sv.out().contains("Summary"), sv.out());
        assertFalse(fi.out().equals(sv.out()));
    }

    @Test
    void coloursOnlyOnATerminalWithoutNoColor() {
        String plain = Cli.run(Map.of(), false, "check", network, "--date", "2024-03-01").out();
        String tty = Cli.run(Map.of(), true, "check", network, "--date", "2024-03-01").out();
        String noColor = Cli.run(Map.of("NO_COLOR", "1"), true, "check", network, "--date", "2024-03-01").out();
        assertFalse(plain.contains("\u001b["));
        assertTrue(tty.contains("\u001b["));
        assertFalse(noColor.contains("\u001b["));
    }

    @Test
    void peopleAppearByIdUnlessNamesAreAsked() {
        String byId = Cli.run("check", network, "--date", "2024-03-01").out();
        String named = Cli.run("check", network, "--date", "2024-03-01", "--names").out();
        assertFalse(byId.contains("Outi Ylikuormitettu"), byId);
        assertTrue(named.contains("Outi Ylikuormitettu (p5)"), named);
    }

    @Test
    void pseudonymisedReportsHoldNoPersonIdsAndStayStable() {
        String[] args = {"check", network, "--date", "2024-03-01", "--format", "json", "--pseudonymise"};
        String first = Cli.run(args).out();
        assertEquals(first, Cli.run(args).out());
        for (String id : new String[] {"p1", "p2", "p3", "p4", "p5", "p6", "p7"}) {
            assertFalse(first.contains("\"" + id + "\"") || first.contains("/" + id + "\"")
                    || first.contains(" " + id + " "), id + " in " + first);
        }
        assertTrue(first.contains("\"type\": \"person\""), first);
        String keyed = Cli.run(Map.of("PKCHECK_PSEUDONYM_KEY", "secret"), false, args).out();
        assertFalse(first.equals(keyed));
        assertInputError(Cli.run("check", network, "--names", "--pseudonymise"), "--pseudonymise");
    }

    /** The start of a small Pirkanmaa dataset: the wellbeing region and Anna Virtanen (p1), who works there. */
    private static final String PIRHA_AND_ANNA = """
            schemaVersion: 1
            model: pirkanmaa
            organisations:
              - {id: pirha, type: WELLBEING_REGION, name: Pirha}
            people:
              - {id: p1, name: Anna Virtanen, organisation: pirha}
            """;

    /** A seat whose person the data leaves out names nobody: "g1/?" stays so, not a pseudonym of a made-up person. */
    @Test
    void aMembershipWithoutItsPersonIsNotPseudonymisedAsOne() throws IOException {
        Path data = write("ilman.yaml", PIRHA_AND_ANNA + """
                groups:
                  - id: g1
                    tier: PROVINCIAL
                    members:
                      - {person: p1, role: CHAIR}
                      - {role: MEMBER, until: 2023-12-31}
                """);
        String json = Cli.run("check", data.toString(), "--date", "2024-03-01", "--format", "json",
                "--pseudonymise").out();
        assertTrue(json.contains("\"g1/?\""), json);
        assertFalse(json.contains("null"), json);
    }

    /**
     * A person's name typed where their id belongs is personal data: a pseudonymised report says only that the
     * reference is missing, under a pseudonym, and not whose name it is; without --pseudonymise it names the id.
     */
    @Test
    void aPseudonymisedReportDoesNotTellWhoseNameWasTypedForAnId() throws IOException {
        Path data = write("nimi.yaml", PIRHA_AND_ANNA + """
                  - {id: p2, name: Bertta Berg, organisation: pirha}
                groups:
                  - id: g1
                    name: Ohjausryhmä
                    tier: PROVINCIAL
                    members:
                      - {person: Anna Virtanen, role: CHAIR}
                      - {person: p2}
                """);
        String plain = Cli.run("validate", data.toString(), "--date", "2024-03-01").out();
        assertTrue(plain.contains("\"Anna Virtanen\" is the name of p1"), plain);
        for (String format : new String[] {"text", "json"}) {
            String hidden = Cli.run("validate", data.toString(), "--date", "2024-03-01", "--format", format,
                    "--pseudonymise").out();
            assertFalse(hidden.contains("Anna") || hidden.contains("is the name of") || hidden.contains("p1")
                    || hidden.contains("idOfName"), hidden);
            assertTrue(hidden.matches("(?s).*Refers to person \\\\?\"H-[0-9a-f]{8}\\\\?\", which does not exist\\..*"),
                    hidden);
        }
        String[] meeting = {"meeting", data.toString(), "--group", "g1", "--date", "2024-03-01", "--attendees",
            "Bertta Berg", "--format", "json"};
        assertTrue(Cli.run(meeting).out().contains("Bertta Berg is neither a member nor a deputy of the group g1. "
                + "\\\"Bertta Berg\\\" is the name of p2"));
        String hidden = Cli.run(Stream.concat(Stream.of(meeting), Stream.of("--pseudonymise")).toArray(String[]::new))
                .out();
        assertTrue(hidden.matches("(?s).*\"H-[0-9a-f]{8} is neither a member nor a deputy of the group g1\\.\".*"),
                hidden);
        assertFalse(hidden.contains("Bertta") || hidden.contains("is the name of") || hidden.contains("idOfName"),
                hidden);
    }

    @Test
    void validateRunsOnlyTheDataRules() {
        Cli.Result r = Cli.run("validate", network, "--date", "2024-03-01", "--format", "json");
        assertTrue(r.out().contains("DATA-"), r.out());
        assertFalse(r.out().contains("CHAIR-"), r.out());
    }

    @Test
    void unparsableYamlNamesFileLineAndColumn() throws IOException {
        Path bad = write("bad.yaml", "schemaVersion: 1\ngroups:\n  - id: g1\n    tier: [LOCAL\n");
        assertInputError(Cli.run("check", bad.toString(), "--model", "pirkanmaa"), "bad.yaml:", "YAML");
    }

    @Test
    void unparsableJsonNamesFileLineAndColumn() throws IOException {
        Path bad = write("bad.json", "{\n  \"schemaVersion\": 1,\n  \"groups\": [ }\n");
        assertInputError(Cli.run("check", bad.toString(), "--model", "pirkanmaa"), "bad.json:3:", "JSON");
    }

    @Test
    void emptyFileIsAnInputError() throws IOException {
        Path empty = write("empty.yaml", "# nothing here\n");
        assertInputError(Cli.run("check", empty.toString(), "--model", "pirkanmaa"), "empty.yaml", "empty");
    }

    @Test
    void notUtf8IsAnInputError() throws IOException {
        Path latin1 = temp.resolve("latin1.yaml");
        Files.write(latin1, "schemaVersion: 1\npeople:\n  - { id: p1, name: J\u00e4rvinen }\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertInputError(Cli.run("check", latin1.toString(), "--model", "pirkanmaa"), "latin1.yaml:3", "UTF-8");
    }

    @Test
    void missingSchemaVersionIsAnInputError() throws IOException {
        Path data = write("noversion.yaml", "model: pirkanmaa\norganisations: []\n");
        assertInputError(Cli.run("check", data.toString()), "schemaVersion");
    }

    @Test
    void unknownModelIsAnInputError() throws IOException {
        Path data = write("m.yaml", "schemaVersion: 1\nmodel: lappi\n");
        assertInputError(Cli.run("check", data.toString()), "m.yaml:2:", "lappi");
        assertInputError(Cli.run("check", network, "--model", "lappi"), "--model", "lappi");
    }

    @Test
    void noModelAnywhereIsAnInputError() throws IOException {
        Path data = write("nomodel.yaml", "schemaVersion: 1\n");
        assertInputError(Cli.run("check", data.toString()), "model");
    }

    @Test
    void brokenModelFileNamesFileAndLine() throws IOException {
        Path model = write("model.yaml", "id: broken\ntiers:\n  - tier: PROVINCIAL\n    scope: REGION\n    chiar: {}\n");
        assertInputError(Cli.run("check", network, "--model", model.toString()), "model.yaml:5:", "chair");
    }

    @Test
    void missingPathIsAnInputError() {
        assertInputError(Cli.run("check", temp.resolve("nothing").toString()), "no such file");
    }

    @Test
    void badUsageIsAnInputError() {
        assertInputError(Cli.run("check", network, "--no-such-option"), "--no-such-option");
        assertInputError(Cli.run("check"), "give the data to check: one or more files or directories");
        assertInputError(Cli.run("check", network, "--date", "1.13.2024"), "--date");
        assertInputError(Cli.run("check", network, "--fail-on", "sometimes"), "--fail-on");
        assertInputError(Cli.run("check", network, "--format", "pdf"), "pdf");
    }

    @Test
    void ruleFileThatDoesNotCompileNamesFileAndLine() throws IOException {
        write("rules/broken.drl", "package user;\n\nrule \"broken\"\nwhen\n    NoSuchFact( )\nthen\nend\n");
        assertInputError(Cli.run("check", network, "--rules", temp.resolve("rules").toString()),
                "broken.drl:", "does not compile");
    }

    @Test
    void userRulesAddFindings() throws IOException {
        write("rules/extra.drl", """
                package user;
                import fi.perhekeskus.pkcheck.engine.Emit;
                import fi.perhekeskus.pkcheck.facts.CheckContext;
                import fi.perhekeskus.pkcheck.facts.GroupFact;
                import fi.perhekeskus.pkcheck.model.Person;
                global CheckContext context;
                rule "Every group gets a note"
                    @id("USER-001") @severity("INFO")
                when
                    $g : GroupFact()
                then
                    insert(Emit.finding(kcontext).subject("group", $g.id()).at($g.location()).build());
                end
                rule "A person is noted on the check date"
                    @id("USER-002") @severity("INFO")
                when
                    $p : Person( context.checkDate.year == 2024 )
                then
                    insert(Emit.finding(kcontext).subject("person", $p.id()).at($p.location()).build());
                end
                """);
        Cli.Result r = Cli.run("check", network, "--date", "2024-03-01", "--format", "json",
                "--rules", temp.resolve("rules").toString());
        assertTrue(r.out().contains("\"USER-001\""), r.out());
        // no built-in rule names Person, so people are inserted only because this rule does
        assertTrue(r.out().contains("\"USER-002\""), r.out());
        assertFalse(Cli.run("check", network, "--date", "2025-03-01", "--format", "json",
                "--rules", temp.resolve("rules").toString()).out().contains("\"USER-002\""));
        Cli.Result list = Cli.run("rules", "--rules", temp.resolve("rules").toString());
        assertTrue(list.out().contains("USER-001"), list.out());
    }

    @Test
    void theReportIsStreamedIntoTheOutputFileOrNotWrittenAtAll() throws IOException {
        Path out = temp.resolve("reports/nested/report.json");
        Cli.Result r = Cli.run("check", network, "--date", "2024-03-01", "--format", "json", "-o", out.toString());
        assertEquals("", r.out());
        assertEquals(Cli.run("check", network, "--date", "2024-03-01", "--format", "json").out(),
                Files.readString(out));
        Path dir = Files.createDirectories(temp.resolve("a-directory"));
        assertInputError(Cli.run("check", network, "--date", "2024-03-01", "-o", dir.toString()),
                "cannot write the report");
        assertTrue(Files.isDirectory(dir));
        Path blocked = temp.resolve("a-file");
        Files.writeString(blocked, "x");
        assertInputError(Cli.run("check", network, "--date", "2024-03-01", "-o", blocked.resolve("r.json").toString()),
                "cannot write the report");
        assertEquals("x", Files.readString(blocked));
    }

    @Test
    void rulesListsTheCatalogueAndExplainsOne() {
        Cli.Result list = Cli.run("rules");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("REP-002") && list.out().contains("ERROR"), list.out());
        Cli.Result one = Cli.run("rules", "REP-002", "--lang", "en");
        assertEquals(0, one.exit());
        assertTrue(one.out().contains("Example"), one.out());
        assertInputError(Cli.run("rules", "XYZ-999"), "XYZ-999");
    }

    @Test
    void modelsListsBuiltInsAndShowsDemandsPerTier() {
        Cli.Result list = Cli.run("models");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("pirkanmaa") && list.out().contains("kanta-hame")
                && list.out().contains("pohjois-karjala"), list.out());
        Cli.Result one = Cli.run("models", "kanta-hame", "--lang", "en");
        assertEquals(0, one.exit());
        assertTrue(one.out().contains("SIZE-001 10–15 members"), one.out());
        assertTrue(one.out().contains("ROLE-001 At least one member with the role director"), one.out());
        // a rule without a demand sentence (a region's own): its title, then its parameters as the model gives them
        fi.perhekeskus.pkcheck.render.Messages en = new fi.perhekeskus.pkcheck.render.Messages(
                fi.perhekeskus.pkcheck.render.Language.en);
        assertEquals("DATA-001 " + en.title("DATA-001") + ": min 2", ModelsCommand.requirement(
                new fi.perhekeskus.pkcheck.model.Requirement(fi.perhekeskus.pkcheck.model.Tier.LOCAL, "DATA-001",
                        java.util.Map.of("min", 2)), null, en));
        assertTrue(one.out().contains("DIRECTOR") || one.out().contains("director"), one.out());
        assertInputError(Cli.run("models", "lappi"), "lappi");
    }

    /** The section of {@code models} output for {@code tier}: its heading "... (TIER)" to the next blank line. */
    private static String tierSection(String out, String tier) {
        for (String section : out.split("\\R\\R")) {
            if (section.lines().findFirst().orElse("").endsWith("(" + tier + ")")) {
                return section;
            }
        }
        throw new AssertionError("no section for " + tier + " in:\n" + out);
    }

    @Test
    void modelsListsNoLinkToTheTierAboveAtTheTopTier() throws java.io.IOException {
        for (String lang : java.util.List.of("fi", "sv", "en")) {
            Cli.Result r = Cli.run("models", "pirkanmaa", "--lang", lang);
            assertEquals(0, r.exit(), r.err());
            assertFalse(tierSection(r.out(), "PROVINCIAL").contains("NET-002"), r.out());
            assertTrue(tierSection(r.out(), "REGIONAL").contains("\n  NET-002 "), r.out());
            assertTrue(tierSection(r.out(), "LOCAL").contains("\n  NET-002 "), r.out());
        }
        Cli.Result en = Cli.run("models", "pirkanmaa", "--lang", "en");
        assertTrue(tierSection(en.out(), "REGIONAL").contains("NET-002 "
                + new fi.perhekeskus.pkcheck.render.Messages(fi.perhekeskus.pkcheck.render.Language.en)
                .get("demand.NET-002")), en.out());
        Path file = temp.resolve("top-asks.yaml");
        Files.writeString(file, """
                id: top-asks
                tiers:
                  - { tier: REGIONAL, scope: AREA, requirements: { NET-002: true } }
                  - { tier: LOCAL, scope: AREA }
                """);
        Cli.Result asks = Cli.run("models", file.toString(), "--lang", "en");
        assertEquals(0, asks.exit(), asks.err());
        assertTrue(tierSection(asks.out(), "REGIONAL").contains("\n  NET-002 "), "an explicit demand stays: " + asks.out());
        assertTrue(tierSection(asks.out(), "LOCAL").contains("\n  NET-002 "), asks.out());
    }

    @Test
    void helpListsExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Exit codes"), r.out());
    }
}
