package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.render.Language;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The pages' own texts in one language ({@code pkcheck/web/messages_<lang>.properties}), apart from the report
 * bundles. Placeholders are filled only when arguments are given, so texts without them may use apostrophes.
 */
final class WebText {

    static final String BUNDLE = "pkcheck.web.messages";

    private final Language lang;
    private final ResourceBundle bundle;

    WebText(Language lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Language lang() {
        return lang;
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, lang.locale()).format(args);
    }

    /** {@code key} with the singular or the plural form by {@code n}: {@code key.one} or {@code key.many}. */
    String count(String key, long n) {
        return get(key + (n == 1 ? ".one" : ".many"), n);
    }

    /** Every text by its key with dots made underscores, for templates ({@code {{t.nav_check}}}). */
    Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        for (String key : bundle.keySet()) {
            all.put(key.replace('.', '_'), bundle.getString(key));
        }
        return all;
    }
}
