package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import fi.perhekeskus.pkcheck.load.ValueWords;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.report.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A data finding about a workbook or CSV file names its sheets, columns and allowed words as a spreadsheet in the
 * reader's language heads them: a Finnish coordinator whose Jäsenet sheet has the column Rooli reads "Rooli" and
 * "puheenjohtaja, varapuheenjohtaja, …", not the data format's {@code role} and {@code CHAIR, VICE_CHAIR, …}. YAML
 * and JSON files, and English readers, keep the keys and codes, which are what those files say.
 */
final class SheetHeadings {

    /** The data findings with a field of the data format among their arguments, and where it is. */
    private static final Map<String, Integer> FIELD_AT = Map.of("DATA-003.missing", 0, "DATA-003.badEnum", 0,
            "DATA-003.badEnumSuggest", 0, "DATA-003.badCode", 0, "DATA-003.badDateForm", 0,
            "DATA-003.wrongType.text", 0, "DATA-003.wrongType.list", 0, "DATA-004", 1);

    private static final String NO_HEADER = "DATA-003.noHeader";

    /** The data findings with a list of sheet or column keys ("members, people") among their arguments, and where. */
    private static final Map<String, Integer> KEYS_AT = Map.of(NO_HEADER, 1, "DATA-003.unknownSheet", 1,
            "DATA-003.unknownSheetSuggest", 1);

    private SheetHeadings() {
    }

    /** The arguments of {@code finding}'s message as a reader of {@code language} sees them. */
    static Object[] args(Finding finding, Language language) {
        Object[] args = finding.args().toArray();
        String key = finding.messageKey();
        if (!(FIELD_AT.containsKey(key) || KEYS_AT.containsKey(key)) || language == Language.en || args.length == 0
                || !inSpreadsheet(finding.location())) {
            return args;
        }
        ValueWords.Lang lang = ValueWords.Lang.valueOf(language.name());
        if (KEYS_AT.containsKey(key)) {
            String sheet = SheetVocabulary.sheet(String.valueOf(args[0]));
            if (NO_HEADER.equals(key) && sheet != null) {
                args[0] = SheetVocabulary.heading(sheet, lang);
            }
            int list = KEYS_AT.get(key);
            if (args.length > list) {
                args[list] = Arrays.stream(String.valueOf(args[list]).split(", "))
                        .map(name -> SheetVocabulary.heading(name, lang)).collect(Collectors.joining(", "));
            }
            return args;
        }
        int at = FIELD_AT.get(key);
        if (at >= args.length) {
            return args;
        }
        String field = String.valueOf(args[at]);
        args[at] = SheetVocabulary.heading(field, lang);
        Class<? extends Enum<?>> words = SheetVocabulary.WORD_COLUMNS.get(field);
        if (words != null && key.equals("DATA-003.badEnum") && args.length > 2) {
            List<String> allowed = new ArrayList<>();
            for (Enum<?> value : words.getEnumConstants()) {
                allowed.add(ValueWords.display(value, lang));
            }
            args[2] = String.join(", ", allowed);
        }
        return args;
    }

    /** Whether {@code location} is a workbook's cell or row, or a line of a CSV file. */
    static boolean inSpreadsheet(Location location) {
        return location != null && (location.sheet() != null
                || location.file().toLowerCase(Locale.ROOT).endsWith(".csv"));
    }
}
