package fi.perhekeskus.pkcheck.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-Java whole-process reference (issue 22): parse (pkcheck's loader), build the facts, check them with
 * {@link PlainChecker}'s hand-written rules, sort and write the findings as JSON to standard output — what a
 * {@code pkcheck check --format json} process does, without Drools. Run beside the check, in its own JVM:
 * {@code java -cp ... fi.perhekeskus.pkcheck.bench.PlainProcess DATA 2025-03-01 > out.json}.
 */
public final class PlainProcess {

    private PlainProcess() {
    }

    public static void main(String[] args) throws IOException {
        Facts facts = BenchFacts.load(Path.of(args[0]), LocalDate.parse(args[1]));
        List<Finding> findings = new ArrayList<>(new PlainChecker().check(facts));
        Finding.sort(findings);
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("severity", f.severity().name());
                g.writeStringField("subjectType", f.subject().type());
                g.writeStringField("subject", f.subject().id());
                g.writeStringField("location", String.valueOf(f.location()));
                g.writeStringField("details", String.valueOf(f.details()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        System.err.println(findings.size() + " findings");
    }
}
