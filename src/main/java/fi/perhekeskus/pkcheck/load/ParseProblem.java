package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.Word;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a YAML, JSON or CSV parser's message says, as a {@link Word} of our own ({@code parse.*}): the reader of
 * a Finnish or Swedish message gets a short phrase in their language instead of the parser's English. The
 * parser's words are matched, never quoted, so nothing of the file's content reaches the message.
 */
final class ParseProblem {

    /** The parsers' words (lower case) and what they mean, first match wins. */
    private static final List<Map.Entry<String, String>> PHRASES = List.of(
            Map.entry("closing quote", "parse.quote"),
            Map.entry("quoted scalar", "parse.quote"),
            Map.entry("unexpected quote", "parse.quote"),
            Map.entry("missing closing", "parse.quote"),
            Map.entry("(tab)", "parse.tab"),
            Map.entry("\\t", "parse.tab"),
            Map.entry("end-of-input", "parse.end"),
            Map.entry("end of stream", "parse.end"),
            Map.entry("end of input", "parse.end"),
            Map.entry("flow sequence", "parse.bracket"),
            Map.entry("flow mapping", "parse.bracket"),
            Map.entry("close marker", "parse.bracket"),
            Map.entry("mapping values are not allowed", "parse.colon"),
            Map.entry("a key must be a plain value", "parse.key"),
            Map.entry("duplicate", "parse.duplicate"),
            Map.entry("indentation", "parse.indent"),
            Map.entry("block end", "parse.indent"),
            Map.entry("block mapping", "parse.indent"),
            Map.entry("simple key", "parse.indent"),
            Map.entry("expected key", "parse.indent"),
            Map.entry("special characters", "parse.control"),
            Map.entry("ctrl-char", "parse.control"),
            Map.entry("illegal unquoted character", "parse.control"),
            Map.entry(" tag", "parse.tag"),
            Map.entry("anchor", "parse.anchor"),
            Map.entry("alias", "parse.anchor"),
            Map.entry("unrecognized token", "parse.word"),
            Map.entry("numeric value", "parse.number"),
            Map.entry("leading zero", "parse.number"),
            Map.entry("unexpected character", "parse.character"),
            Map.entry("was expecting", "parse.character"),
            Map.entry("expected", "parse.character"));

    private ParseProblem() {
    }

    /** The phrase for a parser's message; {@code parse.other} ("not valid here") for one not known. */
    static Word of(String parserMessage) {
        String text = parserMessage == null ? "" : parserMessage.toLowerCase(Locale.ROOT);
        for (var phrase : PHRASES) {
            if (text.contains(phrase.getKey())) {
                return new Word(phrase.getValue());
            }
        }
        return new Word("parse.other");
    }
}
