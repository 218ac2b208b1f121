package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.NotRead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns and sheets of a spreadsheet that were not read, as a coordinator reads them: one item per sheet,
 * "Jäsenet: Puhelin, Sähköposti", or "Muistiinpanot (koko välilehti)" for a whole sheet; the file first where the
 * data has more than one. Headers and names are the user's own words, as written.
 */
public final class NotReadText {

    private NotReadText() {
    }

    /** The items, in the order the sheets and columns were met. */
    public static List<String> items(List<NotRead> notRead, Messages messages) {
        boolean files = notRead.stream().map(NotRead::file).distinct().count() > 1;
        Map<List<String>, List<String>> columns = new LinkedHashMap<>();
        for (NotRead n : notRead) {
            List<String> sheetColumns = columns.computeIfAbsent(List.of(n.file(), n.sheet()), k -> new ArrayList<>());
            if (n.column() != null) {
                sheetColumns.add(n.column());
            }
        }
        List<String> items = new ArrayList<>();
        columns.forEach((where, names) -> {
            String sheet = files ? where.get(0) + ", " + where.get(1) : where.get(1);
            items.add(names.isEmpty() ? messages.get("text.notRead.sheet", sheet)
                    : sheet + ": " + String.join(", ", names));
        });
        return items;
    }
}
