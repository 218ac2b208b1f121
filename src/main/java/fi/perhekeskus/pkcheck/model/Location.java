package fi.perhekeskus.pkcheck.model;

import java.util.Comparator;

/** Where a record starts in its source file: the file as the user named it, and a 1-based line and column. */
public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
