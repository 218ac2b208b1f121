package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns the sheets of a workbook or the CSV files of a dataset into the same {@link Node} tree a YAML file
 * gives: one list per sheet, one record per row, one field per cell, each with the cell's location. So the
 * binder, the DATA rules and every report treat spreadsheets exactly like YAML.
 */
final class SheetTree {

    /** One non-empty cell: its text (numbers and dates already in data-format form), its kind, its place. */
    record Cell(String text, Node.Kind kind, Location location) {
    }

    /** One row: its place (the row as a whole) and its cells by column, null where a cell is empty. */
    record Row(Location location, List<Cell> cells) {
    }

    private static final Set<String> HEADER_WORDS = Set.of("key", "avain", "field", "kentta");

    private final String file;
    private final Node root;
    private final List<DataProblem> problems = new ArrayList<>();

    SheetTree(String file, Location at) {
        this.file = file;
        this.root = Node.object(at);
    }

    Node root() {
        return root;
    }

    /** The problems only the spreadsheet form has (no header, merged cells, formula errors, unknown sheets). */
    List<DataProblem> problems() {
        return problems;
    }

    void problem(String key, Location at, Object... args) {
        problems.add(Fields.problem(key, "file", file, at, Map.of(), args));
    }

    /** Adds the sheet written as {@code written}; {@code rows} are its non-empty rows, the header first. */
    void sheet(String written, Location at, List<Row> rows) {
        String key = SheetVocabulary.sheet(written);
        if (SheetVocabulary.INSTRUCTIONS.equals(key) || rows.isEmpty()) {
            return;
        }
        if (key == null) {
            problem("DATA-003.unknownSheet", at, written, String.join(", ", SheetVocabulary.SHEETS) + ", "
                    + SheetVocabulary.DATASET);
            return;
        }
        if (SheetVocabulary.DATASET.equals(key)) {
            dataset(rows);
            return;
        }
        Set<String> allowed = DatasetLoader.FIELDS.get(SheetVocabulary.KIND.get(key));
        List<String> header = header(rows.get(0));
        if (header.stream().filter(Objects::nonNull).noneMatch(allowed::contains)) {
            problem("DATA-003.noHeader", rows.get(0).location(), written,
                    String.join(", ", allowed.stream().sorted().limit(4).toList()));
            return;
        }
        Node list = Node.array(at);
        root.put(key, list, at);
        for (Row row : rows.subList(1, rows.size())) {
            Node record = Node.object(row.location());
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                if (cell != null) {
                    String field = i < header.size() && header.get(i) != null ? header.get(i)
                            : Location.columnLetters(i + 1);
                    record.put(field, value(field, cell), cell.location());
                }
            }
            list.add(record);
        }
    }

    /** The data-format field of each header cell; an unknown header stays as written so that it is reported. */
    private static List<String> header(Row row) {
        List<String> fields = new ArrayList<>();
        for (Cell cell : row.cells()) {
            if (cell == null) {
                fields.add(null);
            } else {
                String field = SheetVocabulary.column(cell.text());
                fields.add(field != null ? field : cell.text());
            }
        }
        return fields;
    }

    /** The key/value sheet: schemaVersion, model, region and regionName (which becomes region.name). */
    private void dataset(List<Row> rows) {
        Node region = null;
        for (Row row : rows) {
            Cell key = row.cells().isEmpty() ? null : row.cells().get(0);
            Cell value = row.cells().size() > 1 ? row.cells().get(1) : null;
            if (key == null || HEADER_WORDS.contains(SheetVocabulary.normalise(key.text()))) {
                continue;
            }
            String field = SheetVocabulary.column(key.text());
            if (field == null || !SheetVocabulary.DATASET_KEYS.contains(field)) {
                field = key.text();
            }
            if (value == null) {
                continue;
            }
            if (field.equals("region") || field.equals("regionName")) {
                if (region == null) {
                    region = Node.object(key.location());
                    root.put("region", region, key.location());
                }
                region.put(field.equals("region") ? "id" : "name", value(field, value), value.location());
            } else {
                root.put(field, value(field, value), key.location());
            }
        }
    }

    /** A cell as a node: a list where the column holds lists, short codes padded back to three digits. */
    private static Node value(String field, Cell cell) {
        if (SheetVocabulary.LIST_COLUMNS.contains(field)) {
            Node list = Node.array(cell.location());
            for (String item : cell.text().split("[,;]")) {
                if (!item.isBlank()) {
                    list.add(Node.scalar(Node.Kind.STRING, code(field, item.trim()), cell.location()));
                }
            }
            return list;
        }
        if (SheetVocabulary.CODE_COLUMNS.contains(field)) {
            return Node.scalar(Node.Kind.STRING, code(field, cell.text()), cell.location());
        }
        return Node.scalar(cell.kind(), cell.text(), cell.location());
    }

    /** Excel drops leading zeros of codes typed as numbers (20 for "020"); put them back. */
    private static String code(String field, String text) {
        if (SheetVocabulary.CODE_COLUMNS.contains(field) && text.matches("[0-9]{1,2}")) {
            return "0".repeat(3 - text.length()) + text;
        }
        return text;
    }
}
