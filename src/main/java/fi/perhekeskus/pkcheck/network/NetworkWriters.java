package fi.perhekeskus.pkcheck.network;

import java.util.List;
import java.util.Optional;

/** The formats of {@code pkcheck network}, by name. */
public final class NetworkWriters {

    private NetworkWriters() {
    }

    /** Every format, the default first. */
    public static List<NetworkWriter> all() {
        return List.of(new NetworkText(), new NetworkJson(), new GraphmlWriter(), new DotWriter(), new MermaidWriter(),
                new NetworkHtml());
    }

    public static List<String> names() {
        return all().stream().map(NetworkWriter::name).toList();
    }

    public static Optional<NetworkWriter> byName(String name) {
        return all().stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
