package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The HTML report's words in the reader's language: counted nouns ("1 error", "3 errors"), dates, and the
 * status of a set of findings — red for errors, amber for warnings only, green otherwise — always as words
 * beside the colour, so that colour is never the only signal.
 */
final class HtmlWords {

    /** How many findings of each severity a set holds; waived ones are counted apart and colour nothing. */
    record Tally(long errors, long warnings, long infos, long waived) {

        static Tally of(Collection<Finding> findings, Report report) {
            long e = 0;
            long w = 0;
            long i = 0;
            long waived = 0;
            for (Finding f : findings) {
                if (report.waiver(f).isPresent()) {
                    waived++;
                } else if (f.severity() == Severity.ERROR) {
                    e++;
                } else if (f.severity() == Severity.WARNING) {
                    w++;
                } else {
                    i++;
                }
            }
            return new Tally(e, w, i, waived);
        }

        String colour() {
            return errors > 0 ? "red" : warnings > 0 ? "amber" : "green";
        }
    }

    private static final String RED = "\u2715";
    private static final String AMBER = "!";
    private static final String GREEN = "\u2713";
    private static final String GREY = "\u2013";
    private static final String INFO = "i";

    private final Messages m;
    private final DateTimeFormatter dates;

    HtmlWords(Messages messages) {
        this.m = messages;
        this.dates = DateTimeFormatter.ofPattern(messages.get("html.dateFormat"), messages.language().locale());
    }

    Messages messages() {
        return m;
    }

    String get(String key, Object... args) {
        return m.get(key, args);
    }

    /** "1 error" or "3 errors": {@code html.count.<noun>} in the plural form this language needs for {@code n}. */
    String count(String noun, long n) {
        return m.get("html.count." + noun, n);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** The first letter in upper case ("provincial tier" as a column header). */
    String capitalised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }

    /** "2 errors, 1 warning", "In order", with waived and info counts after the colour-deciding ones. */
    HtmlView.Status status(Tally t) {
        String counts = counts(t);
        String text = t.errors() + t.warnings() > 0 ? counts
                : counts.isEmpty() ? m.get("html.status.ok") : m.get("html.status.ok") + ", " + counts;
        return new HtmlView.Status(t.colour(), symbol(t.colour()), text);
    }

    /** "2 errors, 1 warning, 1 info": the non-zero counts only, waived ones last. */
    String counts(Tally t) {
        List<String> parts = new ArrayList<>();
        if (t.errors() > 0) {
            parts.add(count("error", t.errors()));
        }
        if (t.warnings() > 0) {
            parts.add(count("warning", t.warnings()));
        }
        if (t.infos() > 0) {
            parts.add(count("info", t.infos()));
        }
        if (t.waived() > 0) {
            parts.add(count("waived", t.waived()));
        }
        return String.join(", ", parts);
    }

    /** The grey status of a cell with no group and no finding. */
    HtmlView.Status grey(String text) {
        return new HtmlView.Status("grey", GREY, text);
    }

    /** The status of one finding: its severity's colour and word. */
    HtmlView.Status severity(Severity severity) {
        String cls = severity == Severity.ERROR ? "red" : severity == Severity.WARNING ? "amber" : "info";
        return new HtmlView.Status(cls, symbol(cls),
                m.get("html.severity." + severity.name()));
    }

    static String symbol(String colour) {
        return switch (colour) {
            case "red" -> RED;
            case "amber" -> AMBER;
            case "green" -> GREEN;
            case "info" -> INFO;
            default -> GREY;
        };
    }
}
