package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.facts.CheckContext;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.GroupMunicipality;
import fi.perhekeskus.pkcheck.facts.GroupSeats;
import fi.perhekeskus.pkcheck.facts.OrganisationReach;
import fi.perhekeskus.pkcheck.facts.PersonLoad;
import fi.perhekeskus.pkcheck.facts.TierLink;
import fi.perhekeskus.pkcheck.facts.TierSeats;
import fi.perhekeskus.pkcheck.facts.MeetingFact;
import fi.perhekeskus.pkcheck.facts.MeetingPlaceCoordinator;
import fi.perhekeskus.pkcheck.facts.MunicipalityFact;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.MeetingPlace;
import fi.perhekeskus.pkcheck.model.MeetingPlaceSpec;
import fi.perhekeskus.pkcheck.model.ModelTier;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Region;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.junit.jupiter.api.io.TempDir;

/** Extra rule directories (--rules): their rules join the built-ins; a broken file is one line naming file and line. */
class RuleBaseTest {

    private static final String HEADER = "package pkcheck.rules.extra;\n"
            + "import fi.perhekeskus.pkcheck.engine.Emit;\n"
            + "import fi.perhekeskus.pkcheck.facts.GroupFact;\n";

    @TempDir
    Path temp;

    @Test
    void builtInRulesAreSharedAndCoverTheCatalogue() {
        RuleBase rules = RuleBase.build(List.of());
        assertSame(rules, RuleBase.build(List.of()));
        assertTrue(rules.rules().stream().anyMatch(r -> r.id().equals("CHAIR-001") && r.severity() == Severity.ERROR));
        assertEquals(rules.rules().stream().sorted(RuleInfo.CATALOGUE_ORDER).toList(), rules.rules());
    }

    @Test
    void rulesThatNeedAKindOfFactTheCheckLacksAreLeftOut() {
        RuleBase rules = RuleBase.build(List.of());
        // every kind of fact a check inserts, but no meeting and no waiver
        Set<Class<?>> check = Set.of(Area.class, MunicipalityFact.class, Organisation.class, Person.class,
                GroupFact.class, GroupMunicipality.class, GroupSeats.class, Member.class, MeetingPlace.class,
                MeetingPlaceCoordinator.class, Region.class, CheckContext.class, ModelTier.class, Requirement.class,
                MeetingPlaceSpec.class, DataProblem.class,
                PersonLoad.class, TierLink.class, OrganisationReach.class, TierSeats.class);
        Set<String> left = rules.unmatchable(check);
        Set<String> families = left.stream().map(r -> r.substring(0, r.indexOf('/'))).collect(Collectors.toSet());
        assertEquals(Set.of("pkcheck.rules.meetings"), families, left.toString());
        assertTrue(left.contains("pkcheck.rules.meetings/The meeting will not be quorate"), left.toString());
        // with a meeting and a waiver every rule can match; only rules on missing data facts are left out
        Set<Class<?>> meeting = new HashSet<>(check);
        meeting.addAll(Set.of(MeetingFact.class, Waiver.class));
        assertTrue(rules.unmatchable(meeting).stream().noneMatch(r -> r.startsWith("pkcheck.rules.meetings/")));
        assertSame(rules.kieBaseFor(check), rules.kieBaseFor(new HashSet<>(check)));
        int all = rules.kieBase().getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        int kept = rules.kieBaseFor(check).getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        assertEquals(all - left.size(), kept);
    }

    @Test
    void onlyKindsOfFactThatARuleNamesAreInserted() throws IOException {
        Predicate<Class<?>> builtIn = RuleBase.matchable(RuleBase.build(List.of()).kieBase());
        assertTrue(builtIn.test(Member.class));
        assertTrue(builtIn.test(GroupFact.class));
        assertTrue(builtIn.test(CheckContext.class));
        assertFalse(builtIn.test(Person.class));
        assertFalse(builtIn.test(String.class));
        Path dir = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(dir.resolve("extra.drl"), HEADER
                + "rule \"Anything at all\"\n    @id(\"X-002\") @severity(\"INFO\")\n"
                + "when\n    Object()\nthen\nend\n");
        Predicate<Class<?>> everything = RuleBase.matchable(RuleBase.build(List.of(dir)).kieBase());
        assertTrue(everything.test(Person.class));
        assertTrue(everything.test(String.class));
    }

    @Test
    void aPackageOfOnlyLeftOutRulesIsNotAddedAtAll() {
        RuleBase rules = RuleBase.build(List.of());
        KieBase plain = rules.kieBaseFor(Checker.kinds(false, false));
        assertNull(plain.getKiePackage("pkcheck.rules.meetings"));
        assertNotNull(plain.getKiePackage("pkcheck.rules.chairs"));
        // the WAIVER rules are settled after firing (Settlement), not in the KieBase
        assertEquals(rules.rules().size() - Settlement.RULES.size() - rules.unmatchable(Checker.kinds(false, false)).size(),
                plain.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum());
        KieBase meeting = rules.kieBaseFor(Checker.kinds(true, true));
        assertNotNull(meeting.getKiePackage("pkcheck.rules.meetings"));
        assertNull(meeting.getKiePackage("pkcheck.rules.waivers"));
    }

    @Test
    void onlyAnOptionalKindOfFactLeavesRulesOut() {
        RuleBase rules = RuleBase.build(List.of());
        // A derived kind missing from the list (no TierLink, no PersonLoad) never leaves a rule out: the kinds the
        // fact builders produce are not kept by hand, only the optional inputs (a meeting) are judged.
        Set<Class<?>> noLinks = Set.of(MunicipalityFact.class, GroupFact.class, Member.class);
        assertTrue(rules.unmatchable(noLinks).stream().noneMatch(r -> r.startsWith("pkcheck.rules.network/")));
        assertTrue(rules.unmatchable(noLinks).stream().allMatch(r -> r.startsWith("pkcheck.rules.meetings/")));
        assertTrue(rules.unmatchable(Set.of(MeetingFact.class)).isEmpty());
        Predicate<Class<?>> left = RuleBase.matchable(rules.kieBaseFor(noLinks));
        assertTrue(left.test(TierLink.class));
        assertFalse(left.test(MeetingFact.class));
        assertTrue(left.test(Member.class));
        assertTrue(left.test(PersonLoad.class));
    }

    @Test
    void aUserRuleJoinsTheBuiltIns() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules/nested"));
        Files.writeString(dir.resolve("extra.drl"), HEADER
                + "rule \"Every group is noted\"\n    @id(\"X-001\") @severity(\"INFO\")\n"
                + "when\n    $g : GroupFact()\nthen\n"
                + "    insert(Emit.finding(kcontext).subject(\"group\", $g.id()).build());\nend\n");
        Files.writeString(dir.resolve("notes.txt"), "not a rule file");
        RuleBase built = RuleBase.build(List.of(temp.resolve("rules")));
        RuleBase builtIn = RuleBase.build(List.of());
        assertNotSame(builtIn, built);
        assertEquals(builtIn.rules().size() + 1, built.rules().size());
        RuleInfo extra = built.rules().stream().filter(r -> r.id().equals("X-001")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, extra.severity());
        assertEquals("Every group is noted", extra.name());
    }

    @Test
    void aRuleFileThatDoesNotCompileIsOneLineNamingFileAndLine() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.drl"), HEADER
                + "rule \"Broken\"\n    @id(\"X-002\") @severity(\"INFO\")\nwhen\n    $g : NoSuchFact()\nthen\nend\n");
        InputException e = assertThrows(InputException.class, () -> RuleBase.build(List.of(temp)));
        String message = e.getMessage();
        assertTrue(message.startsWith(file.normalize().toString().replace('\\', '/') + ":"), message);
        assertTrue(message.contains("rule file does not compile"), message);
        assertTrue(message.matches("(?s)[^\n]*:[1-9][0-9]*: rule file does not compile: .+"), message);
        assertTrue(!message.contains("\n"), message);
        assertTrue(message.length() < file.toString().length() + 300, "the message is cut: " + message.length());
    }

    @Test
    void aRuleWithoutIdOrWithABadSeverityIsRefused() throws IOException {
        Files.writeString(temp.resolve("noid.drl"), HEADER
                + "rule \"No id\"\nwhen\n    GroupFact()\nthen\nend\n");
        InputException noId = assertThrows(InputException.class, () -> RuleBase.build(List.of(temp)));
        assertTrue(noId.getMessage().contains("needs @id"), noId.getMessage());

        Files.writeString(temp.resolve("noid.drl"), HEADER
                + "rule \"Bad severity\"\n    @id(\"X-003\") @severity(\"FATAL\")\nwhen\n    GroupFact()\nthen\nend\n");
        InputException bad = assertThrows(InputException.class, () -> RuleBase.build(List.of(temp)));
        assertTrue(bad.getMessage().contains("not FATAL"), bad.getMessage());
        assertTrue(bad.getMessage().startsWith(temp.resolve("noid.drl").toString()), bad.getMessage());
    }

    @Test
    void rulesMustBeADirectory() throws IOException {
        Path file = Files.writeString(temp.resolve("one.drl"), HEADER);
        InputException e = assertThrows(InputException.class, () -> RuleBase.build(List.of(file)));
        assertEquals(file + ": --rules needs a directory of *.drl files", e.getMessage());
        InputException missing = assertThrows(InputException.class,
                () -> RuleBase.build(List.of(temp.resolve("absent"))));
        assertTrue(missing.getMessage().endsWith("--rules needs a directory of *.drl files"));
    }

    @Test
    void theLineOfAQuotedSnippetIsFound() {
        String source = "a\nb\n  $x : Foo( bar > 1 )\n";
        assertEquals(3, RuleBase.lineOfSnippet("Unable to analyse: Near : {... bar > 1 ....}, [Rule", source));
        assertEquals(0, RuleBase.lineOfSnippet("Near : {... not there ....}", source));
        assertEquals(0, RuleBase.lineOfSnippet("no snippet", source));
        assertEquals(0, RuleBase.lineOfSnippet(null, source));
    }
}
