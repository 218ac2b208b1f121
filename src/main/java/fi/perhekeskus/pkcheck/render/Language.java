package fi.perhekeskus.pkcheck.render;

import java.util.Locale;
import java.util.Map;

/** The languages reports are written in. */
public enum Language {
    fi, sv, en;

    public Locale locale() {
        return Locale.forLanguageTag(name());
    }

    /**
     * The language the environment asks for ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, the first
     * one set), falling back to English. Reads the given map, never the JVM's default locale.
     */
    public static Language fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                String lower = value.toLowerCase(Locale.ROOT);
                if (lower.startsWith("fi")) {
                    return fi;
                }
                if (lower.startsWith("sv")) {
                    return sv;
                }
                return en;
            }
        }
        return en;
    }
}
