package fi.perhekeskus.pkcheck.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Broken, odd and hostile inputs, each built in a temporary directory by code: the corpus of the
 * robustness tests (issue 6). Each case says what it expects: an input error (exit 2), DATA findings, a
 * plain report, or either of the first two where both answers are reasonable.
 */
final class BadInputCorpus {

    /** What a case must produce. */
    enum Expect {
        /** Exit 2 with one line on standard error. */
        INPUT_ERROR,
        /** Exit 0 or 1 with a JSON report holding at least one DATA finding. */
        DATA,
        /** Exit 0 or 1 with a JSON report; the input is odd but valid. */
        REPORT,
        /** Either an input error or DATA findings. */
        ERROR_OR_DATA,
        /** An input error or any report: for file-system oddities, where only a crash or a hang is wrong. */
        ANY
    }

    /** Builds a case's files in a directory and returns the arguments after {@code check}. */
    @FunctionalInterface
    interface Setup {
        List<String> build(Path dir) throws IOException;
    }

    /**
     * One case: its name, what it expects, the text the error line must contain (the file it names), and how
     * to build it.
     */
    record Case(String name, Expect expect, String names, Setup setup) {
    }

    /** A small valid dataset: every record kind once, with a chair and a deputy. */
    static final String VALID = """
            schemaVersion: 1
            region: { id: pirkanmaa, name: Pirkanmaa }
            organisations:
              - { id: pirha, type: WELLBEING_REGION, name: Pirkanmaan hyvinvointialue }
              - { id: nokia, type: MUNICIPALITY, name: Nokian kaupunki, municipality: "536" }
            people:
              - { id: p1, name: Anna Esimerkki, title: johtaja, organisation: pirha }
              - { id: p2, name: Bertta Esimerkki, organisation: nokia }
            groups:
              - id: ohjausryhma
                name: Ohjausryhmä
                tier: PROVINCIAL
                members:
                  - { person: p1, role: CHAIR, from: 2023-01-01, until: 2025-12-31, deputy: p2 }
                  - { person: p2, represents: nokia }
            meetingPlaces:
              - { id: mp1, name: Perhekahvila, municipality: "536", coordinator: p2 }
            meetings:
              - { id: m1, group: ohjausryhma, date: 2024-03-12, attendees: [p1, p2] }
            """;

    /** The same dataset as JSON. */
    static final String VALID_JSON = """
            {"schemaVersion": 1,
             "organisations": [{"id": "pirha", "type": "WELLBEING_REGION", "name": "Pirha"}],
             "people": [{"id": "p1", "name": "Anna", "organisation": "pirha"}],
             "groups": [{"id": "ohjausryhma", "tier": "PROVINCIAL",
                         "members": [{"person": "p1", "role": "CHAIR"}]}]}
            """;

    /** Record kinds, each with the top-level list, a valid record and its fields. */
    private static final Map<String, String> RECORDS = Map.of(
            "organisations", "{ id: x, type: NGO, name: X, municipality: \"536\", municipalities: [\"536\"] }",
            "people", "{ id: x, name: X, title: T, organisation: pirha }",
            "groups", "{ id: x, name: X, tier: LOCAL, area: lansi, municipalities: [\"536\"], members: [] }",
            "members", "{ group: ohjausryhma, person: p1, represents: pirha, role: MEMBER, deputy: p2, "
                    + "from: 2024-01-01, until: 2024-12-31 }",
            "meetingPlaces", "{ id: x, name: X, municipality: \"536\", coordinator: p2 }",
            "meetings", "{ id: x, group: ohjausryhma, date: 2024-03-01, attendees: [p1] }",
            "areas", "{ id: x, name: X }",
            "municipalities", "{ code: \"999\", name: X, area: lansi }");

    private BadInputCorpus() {
    }

    static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        syntax(all);
        encodings(all);
        structure(all);
        sizes(all);
        notData(all);
        wrongTypes(all);
        oddValues(all);
        filesystem(all);
        workbooks(all);
        otherInputs(all);
        return all;
    }

    private static void syntax(List<Case> all) {
        yaml(all, "truncated YAML", Expect.INPUT_ERROR, VALID.substring(0, VALID.indexOf("members:") + 30)
                + "{ person: ");
        yaml(all, "unclosed flow mapping", Expect.INPUT_ERROR, "schemaVersion: 1\npeople:\n  - { id: p1, name: A\n");
        yaml(all, "unclosed quote", Expect.INPUT_ERROR, "schemaVersion: 1\npeople:\n  - id: \"p1\n    name: A\n");
        yaml(all, "bad indentation", Expect.INPUT_ERROR, "schemaVersion: 1\npeople:\n  - id: p1\n name: A\n");
        yaml(all, "tab indentation", Expect.INPUT_ERROR, "schemaVersion: 1\npeople:\n\t- id: p1\n");
        yaml(all, "tabs inside values", Expect.ANY, VALID.replace("name: Pirkanmaa }", "name:\tPirkanmaa\t}"));
        yaml(all, "two documents", Expect.INPUT_ERROR, VALID + "---\nschemaVersion: 1\n");
        yaml(all, "YAML directive and tags", Expect.REPORT,
                "%YAML 1.1\n---\nschemaVersion: !!int 1\npeople: !!seq\n  - !!map { id: !!str p1 }\n"
                        + "  - !custom { id: p2 }\n  - !!python/object:os.system { id: p3 }\n");
        yaml(all, "complex key", Expect.ERROR_OR_DATA, "schemaVersion: 1\n? [a, b]\n: c\n");
        yaml(all, "non-string keys", Expect.DATA, "schemaVersion: 1\n1: one\ntrue: yes\nnull: nothing\n"
                + "people:\n  - { 2: x, id: p1 }\n");
        json(all, "truncated JSON", Expect.INPUT_ERROR, VALID_JSON.substring(0, VALID_JSON.length() / 2));
        json(all, "JSON trailing comma", Expect.INPUT_ERROR, "{\"schemaVersion\": 1, \"people\": [],}");
        json(all, "JSON with comments", Expect.INPUT_ERROR, "// a comment\n{\"schemaVersion\": 1}");
        json(all, "two JSON documents", Expect.INPUT_ERROR, VALID_JSON + VALID_JSON);
        json(all, "JSON NaN and leading zeros", Expect.INPUT_ERROR, "{\"schemaVersion\": NaN, \"x\": 007}");
        json(all, "JSON single quotes", Expect.INPUT_ERROR, "{'schemaVersion': 1}");
        json(all, "YAML in a .json file", Expect.INPUT_ERROR, VALID);
    }

    private static void encodings(List<Case> all) {
        bytes(all, "Latin-1", Expect.INPUT_ERROR, "data.yaml", VALID.getBytes(StandardCharsets.ISO_8859_1));
        bytes(all, "Windows-1252 quotes", Expect.INPUT_ERROR, "data.yaml",
                (VALID + "# \u201Clainaus\u201D\n").getBytes(Charset.forName("windows-1252")));
        bytes(all, "UTF-16LE with BOM", Expect.INPUT_ERROR, "data.yaml", withBom(VALID, StandardCharsets.UTF_16LE,
                new byte[] {(byte) 0xFF, (byte) 0xFE}));
        bytes(all, "UTF-16BE with BOM", Expect.INPUT_ERROR, "data.yaml", VALID.getBytes(StandardCharsets.UTF_16));
        bytes(all, "UTF-16LE without BOM", Expect.INPUT_ERROR, "data.yaml", VALID.getBytes(StandardCharsets.UTF_16LE));
        bytes(all, "UTF-16 JSON", Expect.INPUT_ERROR, "data.json", VALID_JSON.getBytes(StandardCharsets.UTF_16));
        bytes(all, "UTF-32", Expect.INPUT_ERROR, "data.yaml", VALID.getBytes(Charset.forName("UTF-32")));
        bytes(all, "UTF-8 BOM", Expect.REPORT, "data.yaml", withBom(VALID, StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        bytes(all, "UTF-8 BOM in JSON", Expect.REPORT, "data.json", withBom(VALID_JSON, StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        bytes(all, "two BOMs", Expect.ANY, "data.yaml", withBom("\uFEFF" + VALID, StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        yaml(all, "CRLF line ends", Expect.REPORT, VALID.replace("\n", "\r\n"));
        yaml(all, "CR line ends", Expect.REPORT, VALID.replace("\n", "\r"));
        json(all, "CRLF JSON", Expect.REPORT, VALID_JSON.replace("\n", "\r\n"));
        yaml(all, "NUL byte", Expect.INPUT_ERROR, VALID.replace("Anna Esimerkki", "Anna\u0000Esimerkki"));
        yaml(all, "control characters in a quoted value", Expect.REPORT,
                VALID.replace("Anna Esimerkki", "\"Anna\\u0007\\u001b[31m\\u202EEsimerkki\""));
        bytes(all, "overlong UTF-8", Expect.INPUT_ERROR, "data.yaml", concat(VALID.getBytes(StandardCharsets.UTF_8),
                new byte[] {'#', ' ', (byte) 0xC0, (byte) 0xAF, '\n'}));
        bytes(all, "lone surrogate in CESU-8", Expect.INPUT_ERROR, "data.yaml",
                concat(VALID.getBytes(StandardCharsets.UTF_8), new byte[] {'#', (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80, '\n'}));
        yaml(all, "line and paragraph separators", Expect.REPORT,
                VALID.replace("Anna Esimerkki", "\"Anna\u2028Esimerkki\u2029\u0085\""));
    }

    private static void structure(List<Case> all) {
        yaml(all, "duplicate top-level key", Expect.DATA, VALID + "people: []\n");
        yaml(all, "duplicate key in a record", Expect.DATA,
                VALID.replace("{ id: p1, name: Anna Esimerkki,", "{ id: p1, id: p9, name: Anna Esimerkki,"));
        json(all, "duplicate JSON key", Expect.DATA, "{\"schemaVersion\": 1, \"schemaVersion\": 1, \"people\": "
                + "[{\"id\": \"p1\", \"id\": \"p2\"}]}");
        yaml(all, "anchors and aliases", Expect.ERROR_OR_DATA, VALID.replace("{ id: pirha,", "&org { id: pirha,")
                + "areas:\n  - *org\n");
        yaml(all, "alias of a scalar", Expect.ERROR_OR_DATA,
                VALID.replace("id: p1,", "id: &me p1,").replace("deputy: p2", "deputy: *me"));
        yaml(all, "merge key", Expect.ERROR_OR_DATA, "schemaVersion: 1\nbase: &b { type: NGO }\n"
                + "organisations:\n  - { <<: *b, id: x, name: X }\n");
        yaml(all, "undefined alias", Expect.INPUT_ERROR, "schemaVersion: 1\npeople:\n  - *nobody\n");
        StringBuilder bomb = new StringBuilder("schemaVersion: 1\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\","
                + "\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String prev = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections
                    .nCopies(9, prev))).append("]\n");
        }
        bomb.append("people: *i\n");
        yaml(all, "billion laughs", Expect.INPUT_ERROR, bomb.toString());
        yaml(all, "deep nesting YAML flow 10000", Expect.INPUT_ERROR,
                "schemaVersion: 1\npeople: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        yaml(all, "deep nesting YAML flow mappings 10000", Expect.INPUT_ERROR,
                "schemaVersion: 1\npeople: " + "{a: ".repeat(10_000) + "x" + "}".repeat(10_000) + "\n");
        StringBuilder block = new StringBuilder("schemaVersion: 1\npeople:\n");
        for (int i = 0; i < 2_000; i++) {
            block.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
        }
        yaml(all, "deep nesting YAML block 2000", Expect.INPUT_ERROR, block.toString());
        json(all, "deep nesting JSON 10000", Expect.INPUT_ERROR,
                "{\"schemaVersion\": 1, \"people\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        json(all, "deep nesting JSON 100000", Expect.INPUT_ERROR,
                "{\"people\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        yaml(all, "nesting within the limit", Expect.DATA,
                "schemaVersion: 1\npeople: " + "[".repeat(50) + "]".repeat(50) + "\n");
    }

    private static void sizes(List<Case> all) {
        yaml(all, "huge scalar 30 MB", Expect.INPUT_ERROR, VALID.replace("Anna Esimerkki", "A".repeat(30_000_000)));
        yaml(all, "long scalar 1 MB", Expect.INPUT_ERROR, VALID.replace("Anna Esimerkki", "A".repeat(1_000_000)));
        yaml(all, "long scalar 100 KB", Expect.REPORT, VALID.replace("Anna Esimerkki", "A".repeat(100_000)));
        yaml(all, "long folded scalar 1 MB", Expect.INPUT_ERROR, VALID.replace("Anna Esimerkki",
                "\"" + "word ".repeat(200_000) + "\""));
        json(all, "long JSON value 1 MB", Expect.INPUT_ERROR, "{\"schemaVersion\": 1, \"region\": {\"id\": \""
                + "x".repeat(1_000_000) + "\"}}");
        json(all, "minified JSON", Expect.REPORT, VALID_JSON.replaceAll("\\s+", ""));
        json(all, "huge JSON string 30 MB", Expect.INPUT_ERROR,
                "{\"schemaVersion\": 1, \"region\": {\"id\": \"" + "x".repeat(30_000_000) + "\"}}");
        StringBuilder line = new StringBuilder("schemaVersion: 1\npeople: [");
        for (int i = 0; i < 100_000; i++) {
            line.append(i == 0 ? "" : ", ").append("{id: p").append(i).append(", organisation: pirha}");
        }
        yaml(all, "very long line 100000 records", Expect.DATA, line.append("]\n").toString());
        yaml(all, "long key", Expect.INPUT_ERROR, VALID + "k".repeat(200_000) + ": 1\n");
        yaml(all, "huge number", Expect.ERROR_OR_DATA, "schemaVersion: " + "9".repeat(5_000) + "\n");
        json(all, "huge JSON number", Expect.ERROR_OR_DATA, "{\"schemaVersion\": 1, \"people\": [{\"id\": "
                + "1".repeat(5_000) + "}]}");
        yaml(all, "many empty lines", Expect.REPORT, "\n".repeat(1_000_000) + VALID);
    }

    private static void notData(List<Case> all) {
        yaml(all, "empty file", Expect.INPUT_ERROR, "");
        json(all, "empty JSON file", Expect.INPUT_ERROR, "");
        yaml(all, "whitespace only", Expect.INPUT_ERROR, "   \n\t\n  \r\n");
        yaml(all, "comments only", Expect.INPUT_ERROR, "# nothing here\n# at all\n");
        yaml(all, "document marker only", Expect.INPUT_ERROR, "---\n...\n");
        yaml(all, "null document", Expect.INPUT_ERROR, "~\n");
        byte[] random = new byte[4096];
        new Random(6).nextBytes(random);
        bytes(all, "random bytes", Expect.INPUT_ERROR, "data.yaml", random);
        bytes(all, "PNG renamed .yaml", Expect.INPUT_ERROR, "data.yaml", png());
        bytes(all, "zip renamed .yaml", Expect.INPUT_ERROR, "data.yaml", zip(Map.of("data.yaml", VALID)));
        bytes(all, "zip renamed .json", Expect.INPUT_ERROR, "data.json", zip(Map.of("data.json", VALID_JSON)));
        bytes(all, "gzip renamed .yaml", Expect.INPUT_ERROR, "data.yaml", gzip(VALID));
        yaml(all, "HTML page", Expect.INPUT_ERROR, "<!DOCTYPE html>\n<html><body><p>Not found</p></body></html>\n");
        yaml(all, "XML with an entity", Expect.INPUT_ERROR, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e "
                + "SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");
        yaml(all, "top level a list", Expect.INPUT_ERROR, "- schemaVersion: 1\n- people: []\n");
        yaml(all, "top level a scalar", Expect.INPUT_ERROR, "just some text\n");
        json(all, "top level a JSON number", Expect.INPUT_ERROR, "42");
        json(all, "top level a JSON list", Expect.INPUT_ERROR, "[{\"schemaVersion\": 1}]");
        json(all, "top level a JSON string", Expect.INPUT_ERROR, "\"schemaVersion\"");
        yaml(all, "no schemaVersion", Expect.INPUT_ERROR, VALID.replace("schemaVersion: 1\n", ""));
        yaml(all, "schemaVersion 2", Expect.INPUT_ERROR, VALID.replace("schemaVersion: 1", "schemaVersion: 2"));
        yaml(all, "schemaVersion a list", Expect.ERROR_OR_DATA, VALID.replace("schemaVersion: 1",
                "schemaVersion: [1]") + "");
        yaml(all, "schemaVersion a map", Expect.ERROR_OR_DATA, VALID.replace("schemaVersion: 1",
                "schemaVersion: { v: 1 }"));
        yaml(all, "schemaVersion 1.0", Expect.ERROR_OR_DATA, VALID.replace("schemaVersion: 1", "schemaVersion: 1.0"));
    }

    private static void wrongTypes(List<Case> all) {
        Map<String, String> shapes = Map.of("list", "[a, b]", "map", "{ a: b }", "number", "12345",
                "boolean", "true", "null", "~");
        for (var record : RECORDS.entrySet()) {
            List<String> fields = fieldsOf(record.getValue());
            for (var shape : shapes.entrySet()) {
                StringBuilder rec = new StringBuilder("{ ");
                for (String field : fields) {
                    rec.append(field).append(": ").append(shape.getValue()).append(", ");
                }
                rec.setLength(rec.length() - 2);
                rec.append(" }");
                // An area is only an id and a name, and a number or a boolean is fine as either.
                boolean scalarArea = record.getKey().equals("areas")
                        && (shape.getKey().equals("number") || shape.getKey().equals("boolean"));
                yaml(all, record.getKey() + " with every field a " + shape.getKey(),
                        scalarArea ? Expect.REPORT : Expect.DATA,
                        "schemaVersion: 1\n" + record.getKey() + ":\n  - " + rec + "\n");
            }
            for (var shape : shapes.entrySet()) {
                if (shape.getKey().equals("null")) {
                    continue;
                }
                yaml(all, record.getKey() + " list given as a " + shape.getKey(), Expect.DATA,
                        "schemaVersion: 1\n" + record.getKey() + ": " + shape.getValue() + "\n");
                yaml(all, record.getKey() + " item given as a " + shape.getKey(), Expect.DATA,
                        "schemaVersion: 1\n" + record.getKey() + ":\n  - " + shape.getValue() + "\n");
            }
        }
        yaml(all, "region a list", Expect.DATA, VALID.replace("region: { id: pirkanmaa, name: Pirkanmaa }",
                "region: [pirkanmaa]"));
        yaml(all, "region fields maps", Expect.DATA, VALID.replace("region: { id: pirkanmaa, name: Pirkanmaa }",
                "region: { id: { a: 1 }, name: [x] }"));
        yaml(all, "group members a map", Expect.DATA, VALID.replace("members:\n", "members:\n      x:\n"));
        yaml(all, "model a list", Expect.ERROR_OR_DATA, VALID + "model: [pirkanmaa]\n");
    }

    private static List<String> fieldsOf(String record) {
        List<String> fields = new ArrayList<>();
        for (String part : record.replaceAll("\\[[^]]*]", "L").replace("{", "").replace("}", "").split(",")) {
            String field = part.trim();
            if (field.contains(":")) {
                fields.add(field.substring(0, field.indexOf(':')).trim());
            }
        }
        return fields;
    }

    private static void oddValues(List<Case> all) {
        for (var id : List.of("with space", "ünïcödé-ääkköset", "a/b/../c", "../../etc/passwd", "😀", "",
                "x".repeat(100_000), "tab\there", "<script>alert(1)</script>", "=HYPERLINK(\"x\")")) {
            String quoted = "\"" + id.replace("\"", "\\\"").replace("\t", "\\t") + "\"";
            yaml(all, "odd id " + (id.length() > 20 ? "very long" : id), Expect.REPORT,
                    VALID.replace("id: p1,", "id: " + quoted + ",").replace("person: p1", "person: " + quoted));
        }
        for (var date : List.of("31.2.2024", "1.3.24", "2024/03/01", "2024-02-30", "2024-13-01", "24-03-01", "2024-3-1",
                "20240301", "2024-03-01T10:00:00Z", "maaliskuu 2024", "+2024-03-01", "9999999999-01-01")) {
            yaml(all, "date " + date, Expect.DATA, VALID.replace("from: 2023-01-01", "from: " + date)
                    .replace("date: 2024-03-12", "date: " + date));
        }
        yaml(all, "person deputising themselves", Expect.REPORT, VALID.replace("deputy: p2", "deputy: p1"));
        yaml(all, "deputy of a deputy", Expect.REPORT, VALID.replace("{ person: p2, represents: nokia }",
                "{ person: p2, represents: nokia, deputy: p1 }"));
        yaml(all, "deputy cycle of three", Expect.REPORT, VALID.replace("deputy: p2", "deputy: p3")
                .replace("  - { id: p2,", "  - { id: p3, organisation: pirha }\n  - { id: p2,")
                .replace("{ person: p2, represents: nokia }", "{ person: p2, represents: nokia, deputy: p1 }\n"
                        + "      - { person: p3, deputy: p2 }"));
        yaml(all, "unknown deputy", Expect.DATA, VALID.replace("deputy: p2", "deputy: nobody"));
        yaml(all, "until before from", Expect.DATA, VALID.replace("until: 2025-12-31", "until: 2020-12-31"));
        yaml(all, "unknown enum values", Expect.DATA, VALID.replace("tier: PROVINCIAL", "tier: provincial")
                .replace("role: CHAIR", "role: Puheenjohtaja").replace("type: WELLBEING_REGION", "type: 7"));
        yaml(all, "municipality code as a number", Expect.DATA, VALID.replace("municipality: \"536\"",
                "municipality: 536.0"));
        for (String model : List.of("../../../../etc/passwd", "/etc/hostname.yaml", "../../../../proc/self/environ",
                "/dev/zero", "missing.yaml", "~/model.yaml", "C:\\\\Windows\\\\model.yaml")) {
            all.add(new Case("model path from the data " + model, Expect.INPUT_ERROR, "data.yaml", dir -> {
                Files.writeString(dir.resolve("data.yaml"), VALID + "model: \"" + model + "\"\n");
                return List.of(dir.resolve("data.yaml").toString(), "--date", "2024-03-01", "--format", "json");
            }));
        }
    }

    private static void filesystem(List<Case> all) {
        all.add(new Case("missing path", Expect.INPUT_ERROR, "nothing-here", dir -> args(dir.resolve("nothing-here"))));
        all.add(new Case("empty directory", Expect.INPUT_ERROR, "empty", dir -> {
            Files.createDirectories(dir.resolve("empty"));
            return args(dir.resolve("empty"));
        }));
        all.add(new Case("directory of non-data files", Expect.INPUT_ERROR, "docs", dir -> {
            Files.createDirectories(dir.resolve("docs"));
            Files.writeString(dir.resolve("docs/readme.txt"), "hello");
            return args(dir.resolve("docs"));
        }));
        all.add(new Case("a file given as a directory", Expect.INPUT_ERROR, "data.yaml", dir -> {
            Files.writeString(dir.resolve("data.yaml"), VALID);
            return args(Path.of(dir.resolve("data.yaml") + "/other.yaml"));
        }));
        all.add(new Case("a directory named like a data file", Expect.REPORT, "set", dir -> {
            Files.createDirectories(dir.resolve("set/looks-like.yaml"));
            Files.writeString(dir.resolve("set/data.yaml"), VALID);
            return args(dir.resolve("set"));
        }));
        all.add(new Case("symlink loop in a directory", Expect.ANY, "set", dir -> {
            Path set = Files.createDirectories(dir.resolve("set/sub"));
            Files.writeString(dir.resolve("set/data.yaml"), VALID);
            Files.createSymbolicLink(set.resolve("loop"), dir.resolve("set"));
            Files.createSymbolicLink(set.resolve("self.yaml"), set.resolve("self.yaml"));
            return args(dir.resolve("set"));
        }));
        all.add(new Case("dangling symlink", Expect.ANY, "set", dir -> {
            Files.createDirectories(dir.resolve("set"));
            Files.writeString(dir.resolve("set/data.yaml"), VALID);
            Files.createSymbolicLink(dir.resolve("set/gone.yaml"), dir.resolve("nowhere.yaml"));
            return args(dir.resolve("set"));
        }));
        all.add(new Case("a valid file beside a broken one", Expect.INPUT_ERROR, "broken.yaml", dir -> {
            Files.createDirectories(dir.resolve("set"));
            Files.writeString(dir.resolve("set/a.yaml"), VALID);
            Files.writeString(dir.resolve("set/broken.yaml"), "people: [\n");
            return args(dir.resolve("set"));
        }));
        all.add(new Case("a FIFO named like a data file", Expect.ANY, "set", dir -> {
            Files.createDirectories(dir.resolve("set"));
            Files.writeString(dir.resolve("set/data.yaml"), VALID);
            try {
                new ProcessBuilder("mkfifo", dir.resolve("set/pipe.yaml").toString()).start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return args(dir.resolve("set"));
        }));
    }

    /** Case for an unreadable file; the test skips it where permissions do not stop reading (root). */
    static Case unreadable() {
        return new Case("unreadable file in a directory", Expect.INPUT_ERROR, "secret.yaml", dir -> {
            Files.createDirectories(dir.resolve("set"));
            Files.writeString(dir.resolve("set/a.yaml"), VALID);
            Path secret = dir.resolve("set/secret.yaml");
            Files.writeString(secret, "people: []\n");
            Files.setPosixFilePermissions(secret, java.util.Set.of());
            return args(dir.resolve("set"));
        });
    }

    private static void workbooks(List<Case> all) {
        byte[] good = workbook();
        bytes(all, "xlsx valid", Expect.REPORT, "network.xlsx", good);
        bytes(all, "xlsx truncated", Expect.INPUT_ERROR, "network.xlsx", Arrays.copyOf(good, good.length / 2));
        bytes(all, "xlsx empty", Expect.INPUT_ERROR, "network.xlsx", new byte[0]);
        bytes(all, "xlsx random bytes", Expect.INPUT_ERROR, "network.xlsx", Arrays.copyOf(png(), 500));
        bytes(all, "xlsx an old xls header", Expect.INPUT_ERROR, "network.xlsx",
                concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                        (byte) 0xE1}, new byte[512]));
        bytes(all, "xlsx a zip of something else", Expect.INPUT_ERROR, "network.xlsx", zip(Map.of("a.txt", "x")));
        bytes(all, "xlsx without its workbook part", Expect.INPUT_ERROR, "network.xlsx",
                rezip(good, (name, text) -> name.equals("xl/workbook.xml") ? null : text));
        bytes(all, "xlsx with broken sheet XML", Expect.INPUT_ERROR, "network.xlsx",
                rezip(good, (name, text) -> name.startsWith("xl/worksheets/") ? text.substring(0, text.length() / 2)
                        : text));
        bytes(all, "xlsx with an external entity", Expect.INPUT_ERROR, "network.xlsx",
                rezip(good, (name, text) -> name.equals("xl/sharedStrings.xml")
                        ? text.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><sst")
                                .replaceFirst("<t>([^<]*)</t>", "<t>&xxe;</t>") : text));
        bytes(all, "xlsx with an entity expansion bomb", Expect.INPUT_ERROR, "network.xlsx",
                rezip(good, (name, text) -> name.equals("xl/sharedStrings.xml")
                        ? text.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                + "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
                                + "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><sst")
                                .replaceFirst("<t>([^<]*)</t>", "<t>&c;</t>") : text));
        bytes(all, "xlsx zip bomb", Expect.INPUT_ERROR, "network.xlsx",
                rezip(good, (name, text) -> name.startsWith("xl/worksheets/")
                        ? text.replace("<sheetData>", "<sheetData>" + " ".repeat(50_000_000)) : text));
        bytes(all, "csv in Latin-1", Expect.INPUT_ERROR, "people.csv",
                "id;name;organisation\np1;Änni;pirha\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes(all, "csv in UTF-16", Expect.INPUT_ERROR, "people.csv",
                "id;name\np1;A\n".getBytes(StandardCharsets.UTF_16));
        all.add(new Case("csv with an unclosed quote", Expect.ERROR_OR_DATA, "people.csv", dir -> {
            Files.writeString(dir.resolve("data.yaml"), VALID);
            Files.writeString(dir.resolve("people.csv"), "id;name\np9;\"Unclosed\n");
            return args(dir);
        }));
        all.add(new Case("csv not named after a sheet", Expect.REPORT, "data.yaml", dir -> {
            Files.writeString(dir.resolve("data.yaml"), VALID);
            Files.writeString(dir.resolve("whatever.csv"), "\u0000\u0001");
            return args(dir);
        }));
    }

    private static void otherInputs(List<Case> all) {
        extraFile(all, "waivers truncated", Expect.INPUT_ERROR, "--waivers", "waivers.yaml", "waivers:\n  - { rule: ");
        extraFile(all, "waivers a list", Expect.INPUT_ERROR, "--waivers", "waivers.yaml", "- rule: REP-001\n");
        extraFile(all, "waivers wrong types", Expect.ERROR_OR_DATA, "--waivers", "waivers.yaml",
                "waivers:\n  - { rule: [x], subject: 1, reason: {a: b}, until: 1.3.2024 }\n");
        extraFile(all, "waivers alias bomb", Expect.INPUT_ERROR, "--waivers", "waivers.yaml",
                "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "waivers: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
        extraFile(all, "baseline not JSON", Expect.INPUT_ERROR, "--baseline", "old.json", "<html>");
        extraFile(all, "baseline Latin-1", Expect.INPUT_ERROR, "--baseline", "old.json", "{\"findings\": [\"\u00e4");
        extraFile(all, "baseline wrong types", Expect.ERROR_OR_DATA, "--baseline", "old.json",
                "{\"findings\": {\"rule\": 1}}");
        extraFile(all, "baseline deep nesting", Expect.INPUT_ERROR, "--baseline", "old.json",
                "{\"findings\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}");
        extraFile(all, "model file broken", Expect.INPUT_ERROR, "--model", "model.yaml", "id: x\ntiers: [\n");
        extraFile(all, "model file a bomb", Expect.INPUT_ERROR, "--model", "model.yaml",
                "id: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
    }

    // --- builders ---

    private static void yaml(List<Case> all, String name, Expect expect, String text) {
        bytes(all, name, expect, "data.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void json(List<Case> all, String name, Expect expect, String text) {
        bytes(all, name, expect, "data.json", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(List<Case> all, String name, Expect expect, String file, byte[] content) {
        all.add(new Case(name, expect, file, dir -> {
            Path path = dir.resolve(file);
            Files.write(path, content);
            return args(path);
        }));
    }

    /** A valid dataset plus one other input file given with {@code option}. */
    private static void extraFile(List<Case> all, String name, Expect expect, String option, String file,
                                  String content) {
        all.add(new Case(name, expect, file, dir -> {
            Files.writeString(dir.resolve("data.yaml"), VALID);
            Files.writeString(dir.resolve(file), content, name.contains("Latin-1") ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(dir.resolve("data.yaml").toString(), option,
                    dir.resolve(file).toString(), "--date", "2024-03-01", "--format", "json"));
            if (!option.equals("--model")) {
                args.addAll(List.of("--model", "pirkanmaa"));
            }
            return args;
        }));
    }

    private static List<String> args(Path path) {
        return List.of(path.toString(), "--model", "pirkanmaa", "--date", "2024-03-01", "--format", "json");
    }

    private static byte[] withBom(String text, Charset charset, byte[] bom) {
        return concat(bom, text.getBytes(charset));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static byte[] png() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] rest = new byte[2048];
        new Random(7).nextBytes(rest);
        return concat(header, rest);
    }

    private static byte[] zip(Map<String, String> entries) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
                for (var e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (OutputStream out = new java.util.zip.GZIPOutputStream(buffer)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rewrites the parts of a zip: {@code edit} returns a part's new text, or null to leave it out. */
    private static byte[] rezip(byte[] original, java.util.function.BinaryOperator<String> edit) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(original));
                 ZipOutputStream out = new ZipOutputStream(buffer)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String edited = edit.apply(e.getName(), text);
                    if (edited != null) {
                        out.putNextEntry(new ZipEntry(e.getName()));
                        out.write(edited.getBytes(StandardCharsets.UTF_8));
                        out.closeEntry();
                    }
                }
            }
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A small valid workbook in the English sheet vocabulary. */
    private static byte[] workbook() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            rows(wb.createSheet("dataset"), List.of("schemaVersion", "1"), List.of("model", "pirkanmaa"));
            rows(wb.createSheet("organisations"), List.of("id", "type", "name"),
                    List.of("pirha", "WELLBEING_REGION", "Pirha"));
            rows(wb.createSheet("people"), List.of("id", "name", "organisation"), List.of("p1", "Anna", "pirha"));
            rows(wb.createSheet("groups"), List.of("id", "tier"), List.of("ohjausryhma", "PROVINCIAL"));
            rows(wb.createSheet("members"), List.of("group", "person", "role"),
                    List.of("ohjausryhma", "p1", "CHAIR"));
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            wb.write(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SafeVarargs
    private static void rows(Sheet sheet, List<String>... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].size(); c++) {
                row.createCell(c).setCellValue(rows[r].get(c));
            }
        }
    }
}
