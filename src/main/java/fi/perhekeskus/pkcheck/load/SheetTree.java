package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.NotRead;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the sheets of a workbook or the CSV files of a dataset into the same {@link Node} tree a YAML file
 * gives: one list per sheet, one record per row, one field per cell, each with the cell's location. So the
 * binder, the DATA rules and every report treat spreadsheets exactly like YAML. Readers hand over one row at
 * a time ({@link #sheet}, {@link Sheet#row}), so no sheet is held whole besides its records.
 *
 * <p>A column the tool does not know ("huomautukset") is not read: it is listed once for the file ({@link #notRead},
 * which reports for people show, and the {@code --verbose} log), never reported on each row. A header that is a likely typo of a known column
 * ("rooil") is one DATA-003 with a did-you-mean at the header cell, and its column is not read either.
 */
final class SheetTree {

    private static final Logger LOG = LoggerFactory.getLogger(SheetTree.class);

    /** One non-empty cell: its text (numbers and dates already in data-format form), its kind, its place. */
    record Cell(String text, Node.Kind kind, Location location) {
    }

    /** The rows of one sheet, handed over one at a time. */
    interface Sheet {
        /** Adds a row: its place (the row as a whole) and its non-empty cells, each placed in its column. */
        void row(Location at, List<Cell> cells);
    }

    /**
     * Characters in an id or a reference: far beyond any real id (the longest in the samples has 40), and small
     * enough that a seat's id (group and person) costs little even when a report names every seat.
     */
    static final int MAX_ID_LENGTH = 200;

    /** Columns holding ids or references to ids. */
    private static final Set<String> ID_COLUMNS = Set.of("id", "group", "person", "represents", "deputy",
            "organisation", "area", "coordinator", "attendees", "code", "municipality", "municipalities");

    private static final Set<String> HEADER_WORDS = Set.of("key", "avain", "field", "kentta", "tieto", "nyckel",
            "uppgift");

    /**
     * A sheet's header must be among its first this many non-empty rows: a title, a date or a note may stand above
     * it (a list's title seldom takes more than two rows). A row below such a row is taken for the header only if it
     * names at least two of the sheet's columns, so that a data row with one word that is also a heading ("kunta",
     * the Finnish heading of municipality and a type of organisation) is not.
     */
    static final int MAX_TITLE_ROWS = 5;

    private static final Sheet SKIPPED = (at, cells) -> { };

    private final String file;
    private final Node root;
    private final List<DataProblem> problems = new ArrayList<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    /** The columns and sheets the user wrote that are not read, for the report. */
    private final List<NotRead> notRead = new ArrayList<>();
    /** One instance of each repeated short text: an id or a date is written again on many rows. */
    private final Map<String, String> texts = new HashMap<>();

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

    /** The columns and sheets of the user's that are not read, in the order met, for the report to list. */
    List<NotRead> notRead() {
        return notRead;
    }

    /** The columns not read, as "[sheet] header", in the order met. */
    Set<String> ignoredColumns() {
        return ignored;
    }

    void problem(String key, Location at, Object... args) {
        problems.add(Fields.problem(key, "file", file, at, Map.of(), args));
    }

    /**
     * Cells {@code ref} of {@code sheet}, from {@code at} down to row {@code lastRow}, are merged: DATA-003, as a
     * merged cell holds its value in its first row only, unless the merge lies wholly in the rows above the header
     * (a title typed across the sheet's width), which are not data.
     */
    void merged(Sheet sheet, Location at, int lastRow, String ref) {
        if (sheet instanceof Data data) {
            data.merged(at, lastRow, ref);
        } else if (sheet != SKIPPED && !(sheet instanceof Unknown)) {
            problem("DATA-003.mergedCells", at, ref, at.sheet());
        }
    }

    /** Reports the sheets whose header never came, and logs the columns not read, once for the file. */
    void finish() {
        data.forEach(Data::end);
        unknown.forEach(Unknown::end);
        if (!ignored.isEmpty()) {
            LOG.info("{}: columns not read (pkcheck does not know them): {}", file, String.join(", ", ignored));
        }
    }

    /**
     * Starts the sheet written {@code written} (a sheet name, or the sheet key a CSV file's name gave); its
     * first non-empty row is its header.
     */
    Sheet sheet(String written, Location at) {
        String key = SheetVocabulary.sheet(written);
        if (SheetVocabulary.INSTRUCTIONS.equals(key)) {
            return SKIPPED;
        }
        if (key == null) {
            Unknown sheet = new Unknown(written, at);
            unknown.add(sheet);
            return sheet;
        }
        if (SheetVocabulary.DATASET.equals(key)) {
            datasetSheet = true;
            return this::datasetRow;
        }
        Data sheet = new Data(written, key, at);
        data.add(sheet);
        return sheet;
    }

    /** Merged cells {@code ref}, their first cell at {@code at}, down to row {@code lastRow}. */
    private record Merge(Location at, int lastRow, String ref) {
    }

    /** The data sheets started, each told when the file ends. */
    private final List<Data> data = new ArrayList<>();
    /** Whether the file has a dataset sheet (Aineisto). */
    private boolean datasetSheet;

    /**
     * A sheet with a name pkcheck does not know. It is DATA-003 when it looks like data pkcheck would otherwise miss:
     * one of its first rows heads a table of one data sheet ({@link #headsATable}: "Taulukko1" with Ryhmä, Henkilö,
     * Rooli), or its name is a likely typo of a sheet's that the workbook lacks ("Kokouset" without Kokoukset),
     * reported with a did-you-mean. Any other sheet — notes, phone numbers, a coordinator's own lists, a copy such as
     * "Jäsenet (2)" beside Jäsenet — is not read, and the report lists it ({@link #notRead}), as it lists a column
     * pkcheck does not know. Decided when the file ends, once every sheet's name is known.
     */
    private final class Unknown implements Sheet {
        private final String written;
        private final Location at;
        private int rows;
        private boolean table;

        Unknown(String written, Location at) {
            this.written = written;
            this.at = at;
        }

        @Override
        public void row(Location rowAt, List<Cell> cells) {
            if (cells.isEmpty() || table || rows >= MAX_TITLE_ROWS) {
                return;
            }
            rows++;
            table = headsATable(cells);
        }

        void end() {
            if (rows == 0) {
                return;
            }
            String suggestion = SheetVocabulary.closestSheet(written);
            if (suggestion != null && (table || !present(suggestion))) {
                problem("DATA-003.unknownSheetSuggest", at, written, suggestion);
            } else if (table) {
                problem("DATA-003.unknownSheet", at, written, String.join(", ", SheetVocabulary.SHEETS) + ", "
                        + SheetVocabulary.DATASET);
            } else {
                ignored.add("[" + written + "] (the whole sheet: no sheet pkcheck reads)");
                notRead.add(new NotRead(file, written, null));
            }
        }
    }

    /** Whether the file has the sheet {@code key}. */
    private boolean present(String key) {
        return SheetVocabulary.DATASET.equals(key) ? datasetSheet : data.stream().anyMatch(d -> d.key.equals(key));
    }

    /** The columns that tell one data sheet's rows apart: a table that names them (and one more) is that sheet's. */
    private static final Map<String, Set<String>> TABLE_KEYS = Map.of("members", Set.of("group", "person"),
            "municipalities", Set.of("code"));

    /**
     * Whether {@code cells} head a table of one data sheet: they name two of its columns, among them the columns
     * that tell its rows apart (the id; a membership's group and person; a municipality's code).
     */
    static boolean headsATable(List<Cell> cells) {
        Set<String> named = new HashSet<>();
        for (Cell cell : cells) {
            String field = SheetVocabulary.column(cell.text());
            if (field != null) {
                named.add(field);
            }
        }
        for (String sheetKey : SheetVocabulary.SHEETS) {
            Set<String> allowed = DatasetLoader.FIELDS.get(SheetVocabulary.KIND.get(sheetKey));
            if (named.containsAll(TABLE_KEYS.getOrDefault(sheetKey, Set.of("id")))
                    && named.stream().filter(allowed::contains).count() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The sheets with unknown names, each told when the file ends. */
    private final List<Unknown> unknown = new ArrayList<>();

    /** A data sheet: the header row, then one record per row. */
    private final class Data implements Sheet {
        private final String written;
        private final String key;
        private final Location at;
        private final Set<String> allowed;
        /** Rows met before the header that name no column: a title above it, as lists often have. */
        private int titleRows;
        /** The header's row, once found (0 before). */
        private int headerRow;
        /** Merges met before the header's row was known (a spreadsheet file gives them in any order). */
        private final List<Merge> merges = new ArrayList<>();
        private Location firstRow;
        /** The field of each column by its number; absent where the column is not read. */
        private Map<Integer, String> fields;
        private Node list;

        Data(String written, String key, Location at) {
            this.written = written;
            this.key = key;
            this.at = at;
            this.allowed = DatasetLoader.FIELDS.get(SheetVocabulary.KIND.get(key));
        }

        @Override
        public void row(Location rowAt, List<Cell> cells) {
            if (cells.isEmpty()) {
                return;
            }
            if (fields == null) {
                header(rowAt, cells);
                return;
            }
            if (list == null && titleRows > 0) {
                // Still looking for the header below a title ("Pirkanmaan perhekeskusten jäsenet 2024").
                header(rowAt, cells);
                return;
            }
            if (list == null) {
                return; // no header: reported once
            }
            Node record = Node.object(rowAt);
            boolean any = false;
            Cell first = null;
            Cell last = null;
            for (Cell cell : cells) {
                String field = fields.get(cell.location().column());
                if (SheetVocabulary.FIRST_NAME.equals(field)) {
                    first = cell;
                    any = true;
                    continue;
                }
                if (SheetVocabulary.LAST_NAME.equals(field)) {
                    last = cell;
                    any = true;
                    continue;
                }
                if (field == null) {
                    if (!fields.containsKey(cell.location().column())) {
                        ignored.add("[" + written + "] " + Location.columnLetters(cell.location().column())
                                + " (no header)");
                        fields.put(cell.location().column(), null);
                    }
                    continue;
                }
                record.put(field, value(field, cell), cell.location());
                any = true;
            }
            if (first != null || last != null) {
                name(record, first, last);
            }
            if (any) {
                list.add(record);
            }
        }

        /**
         * A name split into first and family name (Etunimi, Sukunimi), as member lists often keep it, is the
         * person's name "Maija Meikäläinen", placed at its first cell; a Nimi column of the same row wins.
         */
        private void name(Node record, Cell first, Cell last) {
            if (record.get("name") != null) {
                return;
            }
            Cell at = first != null ? first : last;
            String name = first == null ? last.text() : last == null ? first.text()
                    : first.text().trim() + " " + last.text().trim();
            if (name.length() > InputLimits.MAX_STRING_LENGTH) {
                name = at.text(); // two long halves would pass the limit each cell keeps
            }
            record.put("name", Node.scalar(Node.Kind.STRING, name.trim(), at.location()), at.location());
        }

        /** The sheet has ended: rows that never came to a header mean it has none. */
        void end() {
            if (list == null && titleRows > 0) {
                noHeader();
            }
            settleMerges(Integer.MAX_VALUE);
        }

        /** A merge: reported once the header's row is known, unless it lies wholly above it. */
        void merged(Location at, int lastRow, String ref) {
            merges.add(new Merge(at, lastRow, ref));
            if (headerRow > 0) {
                settleMerges(headerRow);
            }
        }

        private void settleMerges(int header) {
            for (Merge m : merges) {
                if (m.lastRow() >= header || header == Integer.MAX_VALUE) {
                    problem("DATA-003.mergedCells", m.at(), m.ref(), written);
                }
            }
            merges.clear();
        }

        /** Not a header at all (the header row is missing): one finding at the first row, not one per cell. */
        private void noHeader() {
            titleRows = 0;
            problem("DATA-003.noHeader", firstRow, written,
                    String.join(", ", SheetVocabulary.COLUMNS.get(key).stream().limit(4).toList()));
        }

        /**
         * Two columns that name one field ("Henkilö" and "Jäsen", "Varajäsen" and "Varahenkilö"): the more usual
         * word is read, the other column is not (logged), so that no row holds the field twice.
         */
        private void twice(List<Cell> cells, List<String> notRead, List<Cell> unknownColumns) {
            Map<String, Cell> kept = new HashMap<>();
            for (Cell cell : cells) {
                String field = fields.get(cell.location().column());
                if (field == null) {
                    continue;
                }
                Cell other = kept.putIfAbsent(field, cell);
                if (other != null) {
                    Cell loser = SheetVocabulary.columnRank(cell.text()) < SheetVocabulary.columnRank(other.text())
                            ? other : cell;
                    kept.put(field, loser == cell ? other : cell);
                    fields.put(loser.location().column(), null);
                    notRead.add("[" + written + "] " + loser.text());
                    unknownColumns.add(loser);
                }
            }
        }

        private void header(Location rowAt, List<Cell> cells) {
            fields = new HashMap<>();
            List<Cell> typos = new ArrayList<>();
            List<String> suggestions = new ArrayList<>();
            List<String> notRead = new ArrayList<>();
            List<Cell> unknownColumns = new ArrayList<>();
            for (Cell cell : cells) {
                String field = SheetVocabulary.column(cell.text());
                if (field != null && allowed.contains(field)) {
                    fields.put(cell.location().column(), field);
                    continue;
                }
                String part = field == null && allowed.contains("name") ? SheetVocabulary.namePart(cell.text()) : null;
                if (part != null) {
                    fields.put(cell.location().column(), part);
                    continue;
                }
                fields.put(cell.location().column(), null);
                String suggestion = field != null ? null : Suggest.closest(SheetVocabulary.normalise(cell.text()),
                        SheetVocabulary.columnWords(allowed), SheetVocabulary::normalise);
                if (suggestion != null) {
                    typos.add(cell);
                    suggestions.add(suggestion);
                } else {
                    notRead.add("[" + written + "] " + cell.text());
                    unknownColumns.add(cell);
                }
            }
            twice(cells, notRead, unknownColumns);
            long known = fields.values().stream().filter(f -> f != null).count();
            if (known == 0 || titleRows > 0 && known < 2) {
                if (firstRow == null) {
                    firstRow = rowAt;
                }
                if (++titleRows < MAX_TITLE_ROWS) {
                    return; // a title or a note above the header: the header may follow
                }
                noHeader();
                return;
            }
            if (titleRows > 0) {
                ignored.add("[" + written + "] " + titleRows + " row(s) above the header");
                titleRows = 0;
            }
            headerRow = rowAt.line();
            settleMerges(headerRow);
            ignored.addAll(notRead);
            unknownColumns.stream().sorted(java.util.Comparator.comparingInt(c -> c.location().column()))
                    .forEach(c -> SheetTree.this.notRead.add(new NotRead(file, written, c.text())));
            for (int i = 0; i < typos.size(); i++) {
                problem("DATA-003.unknownFieldSuggest", typos.get(i).location(), typos.get(i).text(),
                        suggestions.get(i));
            }
            list = Node.array(at);
            root.put(key, list, at);
        }
    }

    /** A row of the key/value sheet: schemaVersion, model, region and regionName (which becomes region.name). */
    private void datasetRow(Location rowAt, List<Cell> cells) {
        Cell key = cells.isEmpty() || cells.get(0).location().column() != 1 ? null : cells.get(0);
        if (key == null || HEADER_WORDS.contains(SheetVocabulary.normalise(key.text()))) {
            return;
        }
        Cell value = cells.size() > 1 && cells.get(1).location().column() == 2 ? cells.get(1) : null;
        String field = SheetVocabulary.column(key.text());
        if (field == null || !SheetVocabulary.DATASET_KEYS.contains(field)) {
            field = key.text();
        }
        if (value == null) {
            return;
        }
        if (field.equals("region") || field.equals("regionName")) {
            Node region = root.get("region");
            if (region == null) {
                region = Node.object(key.location());
                root.put("region", region, key.location());
            }
            region.put(field.equals("region") ? "id" : "name", value(field, value), value.location());
        } else {
            root.put(field, value(field, value), key.location());
        }
    }

    /** A cell as a node: a list where the column holds lists, short codes padded back to three digits. */
    private Node value(String field, Cell cell) {
        if (ID_COLUMNS.contains(field) && cell.text().length() > MAX_ID_LENGTH) {
            throw InputException.keyed(cell.location(), "error.cell.idTooLong", field,
                    String.valueOf(cell.text().length()), String.valueOf(MAX_ID_LENGTH));
        }
        if (SheetVocabulary.LIST_COLUMNS.contains(field)) {
            Node list = Node.array(cell.location());
            for (String item : cell.text().split("[,;]")) {
                if (!item.isBlank()) {
                    list.add(Node.scalar(Node.Kind.STRING, id(code(field, item.trim())), cell.location()));
                }
            }
            return list;
        }
        if (SheetVocabulary.CODE_COLUMNS.contains(field)) {
            return Node.scalar(Node.Kind.STRING, id(code(field, cell.text())), cell.location());
        }
        if (ID_COLUMNS.contains(field)) {
            return Node.scalar(cell.kind(), id(cell.text()), cell.location());
        }
        Class<? extends Enum<?>> words = SheetVocabulary.WORD_COLUMNS.get(field);
        if (words != null) {
            Enum<?> value = ValueWords.parseWord(words, cell.text());
            return Node.scalar(cell.kind(), value == null ? cell.text() : value.name(), cell.location());
        }
        if (SheetVocabulary.DATE_COLUMNS.contains(field) && cell.text().indexOf('.') > 0) {
            // A date typed as text the Finnish way (1.3.2024) reads as the data format writes it, as a date cell does;
            // ISO text and date cells (already ISO) pass without a parse.
            java.time.LocalDate day = DateText.parse(cell.text());
            if (day != null) {
                return Node.scalar(cell.kind(), id(day.toString()), cell.location());
            }
        }
        return Node.scalar(cell.kind(), cell.text().length() > 64 ? cell.text() : id(cell.text()), cell.location());
    }


    /** The one instance of an id or a short text, however many rows repeat it. */
    private String id(String text) {
        return texts.computeIfAbsent(text, t -> t);
    }

    /** Excel drops leading zeros of codes typed as numbers (20 for "020"); put them back. */
    private static String code(String field, String text) {
        if (SheetVocabulary.CODE_COLUMNS.contains(field) && text.matches("[0-9]{1,2}")) {
            return "0".repeat(3 - text.length()) + text;
        }
        return text;
    }
}
