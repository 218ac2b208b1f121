package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.render.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

/**
 * The map's own words ({@code pkcheck/network/map_<lang>.properties}): the plain-word measures, the findings
 * panel and the controls, in the page's language; and the date as that language writes it.
 */
final class MapWords {

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private final Language language;
    private final ResourceBundle bundle;

    MapWords(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("pkcheck.network.map", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
    String get(String key, Object... args) {
        String text = bundle.getString(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** 1.3.2024 in Finnish and Swedish (as Finland writes dates), 2024-03-01 in English. */
    String date(LocalDate date) {
        return language == Language.en ? date.toString() : FINNISH_DATE.format(date);
    }
}
