package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.render.Language;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Reads {@code --lang}: a language code in any case ({@code fi}, {@code FI}, {@code fi_FI.UTF-8}) or the
 * language's name in Finnish, Swedish or English ({@code suomi}, {@code finska}, {@code Finnish}, ...).
 */
final class LanguageOption implements CommandLine.ITypeConverter<Language> {

    private static final Map<String, Language> NAMES = Map.ofEntries(
            Map.entry("fi", Language.fi), Map.entry("fin", Language.fi), Map.entry("suomi", Language.fi),
            Map.entry("suomeksi", Language.fi), Map.entry("finska", Language.fi), Map.entry("finnish", Language.fi),
            Map.entry("sv", Language.sv), Map.entry("swe", Language.sv), Map.entry("ruotsi", Language.sv),
            Map.entry("ruotsiksi", Language.sv), Map.entry("svenska", Language.sv), Map.entry("pasvenska", Language.sv),
            Map.entry("swedish", Language.sv),
            Map.entry("en", Language.en), Map.entry("eng", Language.en), Map.entry("englanti", Language.en),
            Map.entry("englanniksi", Language.en), Map.entry("engelska", Language.en),
            Map.entry("english", Language.en));

    /** The language {@code text} names, if it names one. */
    static Optional<Language> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", " ").trim();
        String first = word.isEmpty() ? word : word.split(" ")[0];
        Language named = NAMES.get(word.replace(" ", ""));
        return Optional.ofNullable(named != null ? named : NAMES.get(first));
    }

    /**
     * The language of this run's messages, usage errors included: {@code --lang} where it is given and names
     * a language, else the environment's. A {@code --lang} that names no language ({@code --lang xx}) is answered
     * in the language the environment names, else in Finnish, the default: the reader asked for some other
     * language than the system's, and a C or POSIX locale says nothing of what they read.
     */
    static Language of(String[] args, Map<String, String> env) {
        boolean unknown = false;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            Optional<Language> language = parse(value);
            if (language.isPresent()) {
                return language.get();
            }
            unknown |= value != null;
        }
        return unknown ? named(env).orElse(Language.fi) : Language.fromEnvironment(env);
    }

    /** The language the environment's locale names (fi_FI.UTF-8, sv_FI, en_GB), if it names one of ours. */
    private static Optional<Language> named(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return parse(value.length() >= 2 ? value.substring(0, 2) : value);
            }
        }
        return Optional.empty();
    }

    @Override
    public Language convert(String value) {
        return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(value));
    }
}
