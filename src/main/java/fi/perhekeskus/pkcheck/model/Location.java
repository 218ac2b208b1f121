package fi.perhekeskus.pkcheck.model;

import java.util.Comparator;

/**
 * Where a record starts in its source file: the file as the user named it, and a 1-based line and column.
 * In a workbook, {@code sheet} names the sheet, {@code line} is the row and {@code column} the cell's column
 * (0 when the whole row is meant); for YAML, JSON and CSV the sheet is null.
 */
public record Location(String file, int line, int column, String sheet) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparing(Location::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    /** A place in a YAML, JSON or CSV file. */
    public Location(String file, int line, int column) {
        this(file, line, column, null);
    }

    /** A row (and cell, where {@code column} > 0) of a workbook's sheet. */
    public static Location cell(String file, String sheet, int row, int column) {
        return new Location(file, row, column, sheet);
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** The row of a workbook's sheet (the same as {@link #line()}); meaningful only where {@link #sheet()} is set. */
    public int row() {
        return line;
    }

    /** The spreadsheet letters of a 1-based column: 1 → A, 27 → AA. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * {@code file:line:column}, the form editors and terminals turn into links; in a workbook
     * {@code file [sheet] A12}, the way a spreadsheet user names a cell ({@code row 12} for a whole row).
     */
    @Override
    public String toString() {
        if (sheet != null) {
            return file + " [" + sheet + "] " + (column > 0 ? columnLetters(column) + line : "row " + line);
        }
        return file + ":" + line + ":" + column;
    }
}
