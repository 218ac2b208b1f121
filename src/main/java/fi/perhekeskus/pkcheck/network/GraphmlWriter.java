package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The map as GraphML for Gephi, yEd and Cytoscape desktop, written with the JDK's StAX writer (which
 * escapes every value). MapNode attributes kind, label, tier, area, organisation type, degree and betweenness
 * let those tools colour and size by them; edge attributes say seat, deputy or representation and the role.
 */
final class GraphmlWriter implements NetworkWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** key id, for, attribute name, type */
    private static final List<String[]> KEYS = List.of(
            new String[] {"kind", "node", "kind", "string"},
            new String[] {"label", "node", "label", "string"},
            new String[] {"tier", "node", "tier", "string"},
            new String[] {"area", "node", "area", "string"},
            new String[] {"orgType", "node", "organisation_type", "string"},
            new String[] {"degree", "node", "degree", "int"},
            new String[] {"betweenness", "node", "betweenness", "double"},
            new String[] {"edgeKind", "edge", "kind", "string"},
            new String[] {"role", "edge", "role", "string"});

    @Override
    public String name() {
        return "graphml";
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, Messages messages, Writer out) throws IOException {
        Metrics metrics = Metrics.of(report);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (String[] key : KEYS) {
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key[0]);
                xml.writeAttribute("for", key[1]);
                xml.writeAttribute("attr.name", key[2]);
                xml.writeAttribute("attr.type", key[3]);
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "network");
            xml.writeAttribute("edgedefault", "undirected");
            for (MapNode node : graph.map().vertexSet().stream().sorted().toList()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "kind", node.kind().word());
                data(xml, "label", node.label());
                data(xml, "tier", node.tier() == null ? null : node.tier().name());
                data(xml, "area", node.areas().isEmpty() ? null : String.join(" ", node.areas()));
                data(xml, "orgType", node.orgType() == null ? null : node.orgType().name());
                Integer degree = metrics.degree().get(node.id());
                data(xml, "degree", degree == null ? null : String.valueOf(degree));
                Double betweenness = metrics.betweenness().get(node.id());
                data(xml, "betweenness", betweenness == null ? null : String.valueOf(betweenness));
                xml.writeEndElement();
            }
            int n = 0;
            for (Link link : graph.map().edgeSet().stream().sorted().toList()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + n++);
                xml.writeAttribute("source", link.source());
                xml.writeAttribute("target", link.target());
                data(xml, "edgeKind", link.kind().word());
                data(xml, "role", link.role() == null ? null : link.role().name());
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        // XML 1.0 cannot carry most control characters even escaped; a label never needs them.
        xml.writeCharacters(value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " "));
        xml.writeEndElement();
    }
}
