package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.model.Word;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parsers' English words, each matched to our own phrase; anything else is "not valid here". */
class ParseProblemTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Unexpected end-of-input: was expecting closing quote for a string value | parse.quote",
        "while scanning a quoted scalar: found unexpected end of stream | parse.quote",
        "while scanning for the next token: found character '\\t(TAB)' that cannot start any token | parse.tab",
        "Unexpected end-of-input within/between Object entries | parse.end",
        "while parsing a flow sequence: expected ',' or ']', but got <stream end> | parse.bracket",
        "Unexpected close marker ']': expected '}' | parse.bracket",
        "mapping values are not allowed here | parse.colon",
        "a key must be a plain value, not a list | parse.key",
        "Duplicate field 'x' | parse.duplicate",
        "while parsing a block mapping: expected <block end>, but found '-' | parse.indent",
        "while scanning a simple key: could not find expected ':' | parse.indent",
        "special characters are not allowed | parse.control",
        "Illegal unquoted character (CTRL-CHAR, code 1) | parse.control",
        "Illegal unquoted character ((…)): has to be escaped using backslash | parse.control",
        "found undefined tag handle !(…) | parse.tag",
        "while scanning an anchor: expected alphabetic or numeric character | parse.anchor",
        "Unrecognized token (…): was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') "
                + "| parse.word",
        "Invalid numeric value: Leading zeroes not allowed | parse.number",
        "Unexpected character '}': expected a value | parse.character",
        "Unexpected character 'x': was expecting comma to separate Object entries | parse.character",
        "something the parsers have never said | parse.other"})
    void eachParserMessageHasItsPhrase(String message, String key) {
        assertEquals(new Word(key), ParseProblem.of(message));
    }

    @ParameterizedTest
    @CsvSource({"''", "' '"})
    void anEmptyMessageIsNotValidHere(String message) {
        assertEquals(new Word("parse.other"), ParseProblem.of(message));
        assertEquals(new Word("parse.other"), ParseProblem.of(null));
    }
}
