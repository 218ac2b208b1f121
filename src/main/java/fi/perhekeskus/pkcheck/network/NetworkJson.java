package fi.perhekeskus.pkcheck.network;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.Writer;

/**
 * The analysis for machines: the whole {@link NetworkReport} (every list complete, unlike the text), with
 * Jackson. Records keep their declared field order and every list is already sorted, so the same network
 * gives the same bytes.
 */
final class NetworkJson implements NetworkWriter {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, Messages messages, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("region", report.region());
        root.put("date", report.date().toString());
        root.put("anonymised", graph.anonymised());
        root.set("counts", mapper.valueToTree(report.counts()));
        root.set("support", mapper.valueToTree(report.support()));
        root.set("groups", mapper.valueToTree(report.groups()));
        root.set("organisations", mapper.valueToTree(report.organisations()));
        root.set("people", mapper.valueToTree(report.people()));
        root.set("brokers", mapper.valueToTree(report.brokers()));
        root.set("weakLinks", mapper.valueToTree(report.weakLinks()));
        root.set("components", mapper.valueToTree(report.components()));
        root.set("areas", mapper.valueToTree(report.areas()));
        mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .writeValue(out, root);
        out.write("\n");
        out.flush();
    }
}
