package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.load.DateText;
import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import fi.perhekeskus.pkcheck.load.ValueWords;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays a dataset document out as spreadsheet tables: a key/value dataset sheet, then one table per list
 * with the usual columns first and any other field after them. A group's inline members become rows of
 * the members sheet that name the group, which is how the loader reads them back.
 */
final class SheetTables {

    /** One sheet: its header and its rows, a cell per column (null where empty); the sheet and header as keys. */
    record Table(String sheet, List<String> header, List<List<JsonNode>> rows) {
    }

    private SheetTables() {
    }

    /**
     * The rows of the dataset sheet: schemaVersion, model, region and regionName with their values, headed and
     * named in {@code lang} ({@link SheetVocabulary#heading}).
     */
    static List<List<String>> datasetRows(ObjectNode document, ValueWords.Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(SheetVocabulary.heading("key", lang), SheetVocabulary.heading("value", lang)));
        add(rows, "schemaVersion", document.get("schemaVersion"), lang);
        add(rows, "model", document.get("model"), lang);
        JsonNode region = document.get("region");
        if (region != null && region.isObject()) {
            add(rows, "region", region.get("id"), lang);
            add(rows, "regionName", region.get("name"), lang);
        }
        return rows;
    }

    private static void add(List<List<String>> rows, String key, JsonNode value, ValueWords.Lang lang) {
        if (value != null && !value.isNull()) {
            rows.add(List.of(SheetVocabulary.heading(key, lang), value.asText()));
        }
    }

    /** The data sheets of a document, in the usual order, each with at least its usual columns. */
    static List<Table> tables(ObjectNode document) {
        Map<String, List<ObjectNode>> records = new LinkedHashMap<>();
        for (String sheet : SheetVocabulary.SHEETS) {
            records.put(sheet, new ArrayList<>());
        }
        for (String sheet : SheetVocabulary.SHEETS) {
            JsonNode list = document.get(sheet);
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonNode item : list) {
                if (!item.isObject()) {
                    continue;
                }
                ObjectNode record = ((ObjectNode) item).deepCopy();
                if (sheet.equals("groups")) {
                    JsonNode members = record.remove("members");
                    if (members != null && members.isArray()) {
                        for (JsonNode member : members) {
                            if (member.isObject()) {
                                ObjectNode row = record.objectNode();
                                row.set("group", record.get("id"));
                                row.setAll((ObjectNode) member);
                                records.get("members").add(row);
                            }
                        }
                    }
                }
                records.get(sheet).add(record);
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<ObjectNode>> entry : records.entrySet()) {
            List<String> header = new ArrayList<>(SheetVocabulary.COLUMNS.get(entry.getKey()));
            for (ObjectNode record : entry.getValue()) {
                for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!header.contains(name)) {
                        header.add(name);
                    }
                }
            }
            List<List<JsonNode>> rows = new ArrayList<>();
            for (ObjectNode record : entry.getValue()) {
                List<JsonNode> row = new ArrayList<>();
                header.forEach(column -> row.add(record.get(column)));
                rows.add(row);
            }
            tables.add(new Table(entry.getKey(), header, rows));
        }
        return tables;
    }

    /** Dates as a Finnish coordinator types them into a spreadsheet (Excel and Calc read them as dates). */
    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT);

    /**
     * A cell's text as a coordinator writing in {@code lang} would put it: a role, type or tier as that language's
     * word ({@code puheenjohtaja}, {@code kunta}; English keeps the code), a date in Finnish as 1.3.2024 (Swedish
     * and English keep 2024-03-01, as Swedes write dates too); anything else as {@link #text(JsonNode)}. The
     * loader reads each back as the value it was.
     */
    static String text(String column, JsonNode value, ValueWords.Lang lang) {
        String text = text(value);
        if (text == null || !value.isTextual()) {
            return text;
        }
        Class<? extends Enum<?>> words = SheetVocabulary.WORD_COLUMNS.get(column);
        if (words != null) {
            Enum<?> word = ValueWords.parseWord(words, text);
            return word == null ? text : ValueWords.display(word, lang);
        }
        if (lang == ValueWords.Lang.fi && SheetVocabulary.DATE_COLUMNS.contains(column)) {
            LocalDate day = DateText.parse(text);
            return day == null ? text : FINNISH_DATE.format(day);
        }
        return text;
    }


    /** A cell's text: lists joined with ", ", nested mappings as JSON, null as empty. */
    static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            return String.join(", ", items);
        }
        return value.isObject() ? value.toString() : value.asText();
    }
}
