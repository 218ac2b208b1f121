package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.Writer;

/** One output format of {@code pkcheck network}: the analysis, an export of the graph, or the map. */
public interface NetworkWriter {

    /** The {@code --format} name. */
    String name();

    void write(NetworkGraph graph, NetworkReport report, Messages messages, Writer out) throws IOException;

    /** Whether the format shows a check's findings (then the command runs the check first). */
    default boolean showsFindings() {
        return false;
    }

    /** Writes the format with the check's findings per group; formats that show none ignore them. */
    default void write(NetworkGraph graph, NetworkReport report, GroupFindings findings, Messages messages, Writer out)
            throws IOException {
        write(graph, report, messages, out);
    }
}
