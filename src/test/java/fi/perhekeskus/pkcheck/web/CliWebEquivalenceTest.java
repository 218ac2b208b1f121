package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.cli.Console;
import fi.perhekeskus.pkcheck.cli.Main;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line and the web app give the same findings for the same data: every rule-case dataset of
 * {@code src/test/resources/rule-cases}, checked (or meeting-checked) by {@code Main.run} from a file and by
 * {@code POST /api/check} ({@code /api/meeting}) from an upload, with the case's model (a built-in id, or the
 * case model file uploaded as {@code modelfile}) and date. A run the command line refuses (exit 2) is a 400.
 */
class CliWebEquivalenceTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    @AutoClose
    static final TestServer server = new TestServer();

    @TempDir
    Path dir;

    static Stream<Path> cases() throws IOException {
        Path root = TestPaths.resource("rule-cases");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".case.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameFindings(Path file) throws Exception {
        JsonNode c = YAML.readTree(file.toFile());
        Path data = dir.resolve("data.yaml");
        Files.writeString(data, YAML.writeValueAsString(c.get("data")));
        String date = c.path("date").asText("2024-03-01");
        String model = c.path("model").asText(null);
        boolean meeting = c.has("meeting") || c.has("group");

        List<String> args = new ArrayList<>(List.of(meeting ? "meeting" : "check", data.toString(), "--format", "json",
                "--lang", "en", "--date", date));
        Multipart form = new Multipart().file(data).field("lang", "en").field("date", date);
        if (model != null && ModelLoader.BUILT_IN.contains(model)) {
            args.addAll(List.of("--model", model));
            form.field("model", model);
        } else if (model != null) {
            Path modelFile = TestPaths.resource("rule-cases/models/" + model + ".yaml");
            args.addAll(List.of("--model", modelFile.toString()));
            form.file("modelfile", model + ".yaml", Files.readAllBytes(modelFile));
        }
        if (c.has("meeting")) {
            args.addAll(List.of("--meeting", c.get("meeting").asText()));
            form.field("meeting", c.get("meeting").asText());
        } else if (c.has("group")) {
            List<String> attendees = new ArrayList<>();
            c.path("attendees").forEach(a -> attendees.add(a.asText()));
            args.addAll(List.of("--group", c.get("group").asText()));
            form.field("group", c.get("group").asText());
            if (!attendees.isEmpty()) {
                args.addAll(List.of("--attendees", String.join(",", attendees)));
                form.field("attendees", String.join(",", attendees));
            }
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new Console(new PrintWriter(out), new PrintWriter(err),
                Map.of(), false, TestServer.CLOCK));
        HttpResponse<String> response = server.post(meeting ? "/api/meeting" : "/api/check", form);
        if (exit == 2) {
            assertEquals(400, response.statusCode(), err + " / " + response.body());
            return;
        }
        assertEquals(200, response.statusCode(), response.body());
        // The command line names the file by its path, the web app by its uploaded name.
        JsonNode cli = Json.MAPPER.readTree(out.toString().replace(data.toString(), "data.yaml"));
        JsonNode web = Json.MAPPER.readTree(response.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(cli.get("summary"), web.get("summary"));
        assertEquals(findings(cli), findings(web));
    }

    /** Each finding's rule, severity, subject, message and line: all but the file's name, which differs. */
    static List<String> findings(JsonNode report) {
        List<String> list = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            list.add(f.get("rule").asText() + " " + f.get("severity").asText() + " " + f.get("subject") + " "
                    + f.get("message").asText() + " @" + f.path("location").path("line").asInt(-1));
        }
        return list;
    }
}
