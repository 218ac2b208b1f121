package fi.perhekeskus.pkcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.RuleInfo;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalogue whole: every rule of the spec's catalogue exists
 * with its id and default severity, has a title, explanation, example and message in every language,
 * and has rule cases that make it fire and keep it silent.
 */
class CatalogueTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-\\d{3}) \\| ([EWI])\\b", Pattern.MULTILINE);
    /** An argument of an ICU pattern: {0}, or {0, plural, ...} and the like. */
    /** Messages whose English quotes foreign words (a parser's, a driver's, the system's), replaced in fi/sv. */
    private static final List<String> FOREIGN_DETAIL = List.of("error.parse.", "history.error.",
            "error.baselineNotJson", "error.xlsx.unreadable", "error.ods.unreadable", "error.limit.other",
            "error.write", "error.serve.listen", "error.stdoutBecause");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[},]");

    /** Rules pkcheck adds to the catalogue that must stay, with their severities (others need no entry here). */
    private static final Map<String, String> EXTRA = Map.of("WAIVER-001", "WARNING", "WAIVER-002", "WARNING");

    private static Map<String, String> catalogue;
    private static Map<String, List<RuleInfo>> rules;

    @BeforeAll
    static void read() throws IOException {
        String text = Files.readString(TestPaths.resource("spec/rule-catalogue.md"));
        catalogue = new LinkedHashMap<>();
        Matcher m = ROW.matcher(text);
        while (m.find()) {
            catalogue.put(m.group(1), switch (m.group(2)) {
                case "E" -> "ERROR";
                case "W" -> "WARNING";
                default -> "INFO";
            });
        }
        rules = new LinkedHashMap<>();
        for (RuleInfo info : RuleBase.build(List.of()).rules()) {
            rules.computeIfAbsent(info.id(), k -> new ArrayList<>()).add(info);
        }
    }

    @Test
    void theCatalogueWasRead() {
        assertEquals(36, catalogue.size(), catalogue.keySet().toString());
    }

    @Test
    void everyCatalogueRuleExistsWithItsSeverity() {
        for (var entry : catalogue.entrySet()) {
            List<RuleInfo> infos = rules.get(entry.getKey());
            assertTrue(infos != null, "no DRL rule has @id(\"" + entry.getKey() + "\")");
            for (RuleInfo info : infos) {
                assertEquals(entry.getValue(), info.severity().name(), entry.getKey() + " in \"" + info.name() + "\"");
            }
        }
    }

    @Test
    void everyBuiltInRuleIsInTheCatalogueOrADocumentedExtra() throws IOException {
        // An extra rule needs no registration here: it is documented where docs/rules.md (generated from the
        // rules' own metadata, RulesDocTest) lists it with its severity.
        Set<String> extra = new TreeSet<>(rules.keySet());
        extra.removeAll(catalogue.keySet());
        assertTrue(extra.containsAll(EXTRA.keySet()), extra.toString());
        String doc = Files.readString(TestPaths.repository().resolve("docs/rules.md"));
        for (String id : extra) {
            String severity = rules.get(id).get(0).severity().name();
            assertTrue(doc.contains("| [" + id + "](#" + id.toLowerCase(java.util.Locale.ROOT) + ") | " + severity
                    + " |"), id + " is not listed in docs/rules.md with severity " + severity);
        }
    }

    @Test
    void everyRuleHasTextsInEveryLanguage() {
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            for (String id : allIds()) {
                for (String prefix : List.of("title.", "explain.", "example.")) {
                    assertTrue(m.has(prefix + id), language + ": missing " + prefix + id);
                }
                boolean message = m.has(id) || Collections.list(Messages.bundle(language).getKeys()).stream()
                        .anyMatch(k -> k.startsWith(id + "."));
                assertTrue(message, language + ": no message for " + id);
            }
        }
    }

    @Test
    void everyMessageKeyTheRulesUseExists() throws IOException {
        Pattern block = Pattern.compile("@id\\(\"([A-Z]+-\\d{3})\"\\)(.*?)\\nend", Pattern.DOTALL);
        Pattern variant = Pattern.compile("\\.variant\\(\"(\\w+)\"\\)");
        Set<String> keys = new TreeSet<>();
        for (String file : RuleBase.BUILT_IN) {
            String drl = Files.readString(TestPaths.repository().resolve("rules").resolve(file));
            Matcher m = block.matcher(drl);
            while (m.find()) {
                Matcher v = variant.matcher(m.group(2));
                if (v.find()) {
                    keys.add(m.group(1) + "." + v.group(1));
                } else if (!m.group(2).contains("Emit.problem(")) {
                    keys.add(m.group(1));
                }
            }
        }
        assertFalse(keys.isEmpty());
        for (Language language : Language.values()) {
            Messages m = new Messages(language);
            for (String key : keys) {
                assertTrue(m.has(key), language + ": missing message " + key);
            }
        }
    }

    @Test
    void bundlesHaveTheSameKeysAndPlaceholders() {
        ResourceBundle en = Messages.bundle(Language.en);
        Set<String> enKeys = new TreeSet<>(Collections.list(en.getKeys()));
        for (Language language : List.of(Language.fi, Language.sv)) {
            ResourceBundle other = Messages.bundle(language);
            assertEquals(language.locale(), other.getLocale(), "the " + language + " bundle itself must exist");
            Set<String> keys = new TreeSet<>(Collections.list(other.getKeys()));
            // A language that inflects the words it fills in has keys of its own for that (Messages#casesOf); each
            // names a key that exists, and an argument it has.
            keys.removeIf(key -> grammar(key, other));
            assertEquals(enKeys, keys, language + " keys");
            ResourceBundle sv = Messages.bundle(Language.sv);
            for (String key : enKeys) {
                if (FOREIGN_DETAIL.stream().anyMatch(key::startsWith)) {
                    // the English quotes a parser's, database driver's or operating system's own words; Finnish
                    // and Swedish leave those out for a phrase of their own (the next argument), both alike
                    assertEquals(placeholders(sv.getString(key)), placeholders(other.getString(key)),
                            language + ": placeholders of " + key + " as in Swedish");
                    int last = placeholders(en.getString(key)).stream().mapToInt(Integer::parseInt).max().orElse(-1);
                    placeholders(other.getString(key)).forEach(i -> assertTrue(Integer.parseInt(i) <= last + 1,
                            language + ": " + key + " reads an argument {" + i + "} that is not given"));
                    continue;
                }
                assertEquals(placeholders(en.getString(key)), placeholders(other.getString(key)),
                        language + ": placeholders of " + key);
            }
        }
    }

    /**
     * Finnish and Swedish say "an organisation of the type municipality" in words: a code glued to a word of the
     * language ("MUNICIPALITY-tyyppinen", "MUNICIPALITY-organisationen") reads as neither. A code may still be
     * quoted as what YAML writes (DATA-003's explanation lists LOCAL, MUNICIPALITY, CHAIR).
     */
    @Test
    void finnishAndSwedishNameTypesTiersAndRolesInWords() {
        List<String> codes = new ArrayList<>();
        Stream.of(OrganisationType.values(), Tier.values(), Role.values())
                .forEach(values -> Stream.of(values).forEach(v -> codes.add(v.name())));
        Pattern glued = Pattern.compile("\\b(" + String.join("|", codes) + ")-\\p{L}");
        for (Language language : List.of(Language.fi, Language.sv)) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : Collections.list(bundle.getKeys())) {
                Matcher m = glued.matcher(bundle.getString(key));
                boolean found = m.find();
                assertFalse(found, () -> language + ": " + key + " glues the code " + m.group(1) + " to a word");
            }
        }
    }

    /** The words a language may inflect, each with its bundle prefix: organisation types, tiers and roles. */
    private static final Map<String, List<String>> INFLECTED = Map.of(
            "orgType", names(OrganisationType.values()), "tier", names(Tier.values()), "role", names(Role.values()));

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    /**
     * Whether {@code key} is one of a language's own grammar keys, checked: a case table or a message's cases. A table
     * that has one word of its kind in a case has every word of it, so that no sentence mixes cases.
     */
    private static boolean grammar(String key, ResourceBundle bundle) {
        String[] parts = key.split("\\.");
        if (parts.length == 3 && INFLECTED.containsKey(parts[0]) && !"cases".equals(parts[2])) {
            assertTrue(bundle.containsKey(parts[0] + "." + parts[2]), key + " inflects a word that exists");
            INFLECTED.get(parts[0]).forEach(word -> assertTrue(bundle.containsKey(parts[0] + "." + parts[1] + "." + word),
                    key + ": the " + parts[1] + " of " + parts[0] + "." + word + " is missing"));
            return true;
        }
        if (key.endsWith(".cases")) {
            String message = key.substring(0, key.length() - ".cases".length());
            assertTrue(bundle.containsKey(message), key + " belongs to a message");
            for (String item : bundle.getString(key).split(",")) {
                String[] argCase = item.trim().split(":");
                // A positional argument ({0}) or a named one ({from}, for Messages.named).
                Matcher named = Pattern.compile("\\{(\\w+)[},]").matcher(bundle.getString(message));
                Set<String> arguments = new TreeSet<>();
                while (named.find()) {
                    arguments.add(named.group(1));
                }
                assertTrue(arguments.contains(argCase[0].trim()),
                        key + ": the message has the argument " + argCase[0]);
                assertTrue(INFLECTED.keySet().stream().anyMatch(table -> bundle.containsKey(table + "."
                        + argCase[1].trim() + "." + INFLECTED.get(table).get(0))), key + ": the case " + argCase[1]
                        + " has its forms");
            }
            return true;
        }
        return false;
    }

    @Test
    void everyRuleHasCasesThatFireAndNearMissesThatDoNot() {
        Set<String> fires = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (RuleCase c : RuleCaseTest.cases()) {
            c.expect().forEach(e -> fires.add(e.split(" ")[0]));
            c.absent().forEach(e -> silent.add(e.split(" ")[0]));
        }
        for (String id : allIds()) {
            assertTrue(fires.contains(id), "no rule case makes " + id + " fire");
            assertTrue(silent.contains(id), "no rule case keeps " + id + " silent on a near miss");
        }
    }

    @Test
    void builtInListsMatchTheRulesDirectory() throws IOException {
        Path dir = TestPaths.repository().resolve("rules");
        try (Stream<Path> drl = Files.list(dir); Stream<Path> models = Files.list(dir.resolve("models"))) {
            assertEquals(new TreeSet<>(RuleBase.BUILT_IN),
                    new TreeSet<>(drl.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).toList()));
            assertEquals(new TreeSet<>(ModelLoader.BUILT_IN), new TreeSet<>(models
                    .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).toList()));
        }
    }

    private static Set<String> allIds() {
        Set<String> ids = new TreeSet<>(catalogue.keySet());
        ids.addAll(rules.keySet());
        return ids;
    }

    private static Set<String> placeholders(String text) {
        Set<String> result = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }
}
