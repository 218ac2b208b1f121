package fi.perhekeskus.pkcheck.history;

import java.io.IOException;
import java.io.Writer;

/** Writes the history in one format, as {@code pkcheck history --format} names it. */
public interface HistoryWriter {

    /**
     * What a writer is given: the trend, the reader's words, the tool's version, the region asked for, and the
     * regions the history holds checks of (to name when the one asked for has none).
     */
    record Context(HistoryWords words, String toolVersion, String region, java.util.List<String> recordedRegions) {

        public Context {
            recordedRegions = java.util.List.copyOf(recordedRegions);
        }

        public Context(HistoryWords words, String toolVersion, String region) {
            this(words, toolVersion, region, java.util.List.of());
        }

        /**
         * What to say when there is no check to show: that the region asked for has none, naming the regions
         * that have, or that the history holds none yet.
         */
        public String nothingToShow() {
            return region != null && !recordedRegions.isEmpty()
                    ? words.get("history.noRegion", region, String.join(", ", recordedRegions))
                    : words.get("history.empty");
        }
    }

    void write(Trend trend, Context context, Writer out) throws IOException;

    /** The writer of {@code format}: text, json, csv or html (pdf is the html laid out on pages). */
    static java.util.Optional<HistoryWriter> byName(String format) {
        return switch (format) {
            case "text" -> java.util.Optional.of(new HistoryText());
            case "json" -> java.util.Optional.of(new HistoryJson());
            case "csv" -> java.util.Optional.of(new HistoryCsv());
            case "html" -> java.util.Optional.of(new HistoryHtml());
            default -> java.util.Optional.empty();
        };
    }
}
