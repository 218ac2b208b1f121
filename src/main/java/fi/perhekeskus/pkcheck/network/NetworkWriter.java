package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.Writer;

/** One output format of {@code pkcheck network}: the analysis, an export of the graph, or the map. */
public interface NetworkWriter {

    /** The {@code --format} name. */
    String name();

    void write(NetworkGraph graph, NetworkReport report, Messages messages, Writer out) throws IOException;
}
