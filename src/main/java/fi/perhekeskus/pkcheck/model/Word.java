package fi.perhekeskus.pkcheck.model;

/**
 * A message argument that is itself a word of the reader's language: the bundle key it is written with
 * (e.g. {@code subject.person}), translated when the report is rendered.
 */
public record Word(String key) {

    /** The name of a kind of record ("person", "organisation", ...). */
    public static Word kind(String kind) {
        return new Word("subject." + kind);
    }
}
