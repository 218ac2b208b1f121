package fi.perhekeskus.pkcheck.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor for a whole process: a minimal Java program that only parses the same dataset with Jackson
 * (every *.yaml, *.yml and *.json file of the paths, into trees) and prints how many memberships it holds.
 * bench/run.sh runs it with only Jackson on the class path, beside {@code pkcheck check}.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        long memberships = 0;
        for (String arg : args) {
            List<Path> files = new ArrayList<>();
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(ya?ml|json)$")).sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
            for (Path file : files) {
                JsonNode root = (file.toString().endsWith(".json") ? json : yaml).readTree(file.toFile());
                if (root == null) {
                    continue;
                }
                for (JsonNode group : root.path("groups")) {
                    memberships += group.path("members").size();
                }
            }
        }
        System.out.println(memberships);
    }
}
