package fi.perhekeskus.pkcheck.report;

/** What a finding is about: a kind ({@code group}, {@code membership}, ...) and the id of the record. */
public record Subject(String type, String id) implements Comparable<Subject> {

    @Override
    public int compareTo(Subject other) {
        int byType = type.compareTo(other.type);
        return byType != 0 ? byType : id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
