package fi.perhekeskus.pkcheck.render;

/**
 * How to write a report: the messages of the reader's language, whether the terminal takes colours, and
 * the tool's version for formats that name it.
 */
public record RenderContext(Messages messages, boolean colour, String toolVersion) {
}
