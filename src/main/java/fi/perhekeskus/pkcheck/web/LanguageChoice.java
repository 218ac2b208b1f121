package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.render.Language;
import java.util.List;
import java.util.Locale;

/**
 * The language of a response: the request's {@code lang} (a form field or the switch's query parameter) when
 * it names one, else the first of fi, sv and en the browser's {@code Accept-Language} prefers, else the
 * server's {@code --lang}.
 */
final class LanguageChoice {

    private static final List<String> TAGS = List.of("fi", "sv", "en");

    private LanguageChoice() {
    }

    static Language of(String lang, String acceptLanguage, Language fallback) {
        if (lang != null) {
            String wanted = lang.trim().toLowerCase(Locale.ROOT);
            if (TAGS.contains(wanted)) {
                return Language.valueOf(wanted);
            }
        }
        return fromHeader(acceptLanguage, fallback);
    }

    /** The best of fi, sv and en that {@code Accept-Language} accepts, by its weights; else {@code fallback}. */
    static Language fromHeader(String acceptLanguage, Language fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return fallback;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            List<String> matches = Locale.filterTags(ranges, TAGS);
            for (Locale.LanguageRange range : ranges) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (range.getWeight() > 0 && TAGS.contains(primary)) {
                    return Language.valueOf(primary);
                }
                if (tag.equals("*") && range.getWeight() > 0) {
                    return fallback;
                }
            }
            return matches.isEmpty() ? fallback : Language.valueOf(matches.get(0));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
