package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.load.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The messages a user rule package ships beside its DRL: {@code messages.properties} (English, the fallback),
 * {@code messages_fi.properties} and {@code messages_sv.properties}, UTF-8, in each {@code --rules DIR}. A key is
 * looked up in the chosen language's file, then in the English one; a key no file has is not theirs.
 */
public final class RuleMessages {

    /** The languages a package may translate to, beside English (the file without a suffix). */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    /** No user messages. */
    public static final RuleMessages NONE = new RuleMessages(Map.of());

    private final Map<String, Map<String, String>> byLanguage;

    private RuleMessages(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * The messages of every directory; a later directory's key replaces an earlier one's.
     *
     * @throws InputException naming the file when one cannot be read or is not UTF-8
     */
    public static RuleMessages load(List<Path> dirs) {
        Map<String, Map<String, String>> all = new HashMap<>();
        for (Path dir : dirs) {
            for (String lang : LANGUAGES) {
                Path file = dir.resolve(lang.equals("en") ? "messages.properties" : "messages_" + lang + ".properties");
                if (Files.isRegularFile(file)) {
                    all.computeIfAbsent(lang, k -> new HashMap<>()).putAll(read(file));
                }
            }
            Path english = dir.resolve("messages_en.properties");
            if (Files.isRegularFile(english)) {
                all.computeIfAbsent("en", k -> new HashMap<>()).putAll(read(english));
            }
        }
        return all.isEmpty() ? NONE : new RuleMessages(Map.copyOf(all));
    }

    /** The text of a key in {@code language} ("fi", "sv", "en"), falling back to English; null when none. */
    public String get(String language, String key) {
        String own = byLanguage.getOrDefault(language, Map.of()).get(key);
        return own != null ? own : byLanguage.getOrDefault("en", Map.of()).get(key);
    }

    /** {@link #get} for one language, as a lookup from key to text (null when the package has no such key). */
    public UnaryOperator<String> in(String language) {
        return key -> get(language, key);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            properties.load(in);
        } catch (CharacterCodingException e) {
            throw InputException.keyed(file.toString(), "error.rule.messagesNotUtf8");
        } catch (IOException | IllegalArgumentException e) {
            throw InputException.keyed(file.toString(), "error.rule.messagesUnreadable",
                    e instanceof IOException ? InputException.reasonTerm(e) : e.getMessage());
        }
        Map<String, String> result = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> result.put(k, properties.getProperty(k)));
        return result;
    }
}
