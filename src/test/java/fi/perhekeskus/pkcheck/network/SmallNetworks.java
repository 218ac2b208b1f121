package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.facts.FactBuilder;
import fi.perhekeskus.pkcheck.load.DatasetLoader;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Tiny datasets whose measures can be worked out by hand, built into networks the way the command does. */
final class SmallNetworks {

    static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    private SmallNetworks() {
    }

    /** The network of a dataset given as YAML (organisations and people are added by the caller). */
    static NetworkGraph build(Path dir, String yaml) {
        try {
            Path file = dir.resolve("data.yaml");
            Files.writeString(file, "schemaVersion: 1\nmodel: pirkanmaa\nregion: { id: pirkanmaa, name: Pirkanmaa }\n"
                    + "areas:\n  - { id: lansi, name: Lansi }\n"
                    + "municipalities:\n  - { code: \"536\", name: Nokia, area: lansi }\n"
                    + "  - { code: \"980\", name: Ylojarvi, area: lansi }\n" + yaml, StandardCharsets.UTF_8);
            Dataset data = new DatasetLoader().load(List.of(file));
            var model = fi.perhekeskus.pkcheck.model.TestModels.loader().resolve("pirkanmaa", null, null);
            return NetworkBuilder.build(FactBuilder.build(data, model, DATE), PersonNaming.names(Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Organisations o1..o9 (NGOs of Nokia) and people a..i working for them. */
    static String people() {
        StringBuilder s = new StringBuilder("organisations:\n  - { id: nokia, type: MUNICIPALITY, name: Nokia, municipality: \"536\" }\n");
        for (int i = 1; i <= 9; i++) {
            s.append("  - { id: o").append(i).append(", type: NGO, name: \"Org <").append(i)
                    .append("> & \\\"co\\\"\", municipalities: [\"536\"] }\n");
        }
        s.append("people:\n");
        for (char c = 'a'; c <= 'i'; c++) {
            s.append("  - { id: ").append(c).append(", name: Person ").append(c).append(", organisation: o")
                    .append(c - 'a' + 1).append(" }\n");
        }
        return s.toString();
    }

    /** A local group of Nokia with the given members (person ids). */
    static String local(String id, String... members) {
        StringBuilder s = new StringBuilder("  - id: ").append(id).append("\n    name: Group ").append(id)
                .append("\n    tier: LOCAL\n    municipalities: [\"536\"]\n    members:\n");
        for (String m : members) {
            s.append("      - { person: ").append(m).append(" }\n");
        }
        return s.toString();
    }
}
