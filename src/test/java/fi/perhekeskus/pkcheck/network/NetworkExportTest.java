package fi.perhekeskus.pkcheck.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The exports read back: GraphML with an XML parser, DOT with a small tokenizer, Mermaid by its syntax. */
class NetworkExportTest {

    @TempDir
    Path dir;

    private NetworkGraph graph;
    private NetworkReport report;

    @BeforeEach
    void build() {
        // Labels with <, >, & and quotes, so that escaping is tested on every export.
        graph = SmallNetworks.build(dir, SmallNetworks.people() + "groups:\n"
                + "  - id: r\n    name: \"Regional \\\"R\\\" <b>\"\n    tier: REGIONAL\n    area: lansi\n    members:\n"
                + "      - { person: a, role: CHAIR, deputy: e }\n      - { person: b }\n"
                + SmallNetworks.local("l", "a", "c"));
        report = NetworkAnalysis.analyse(graph);
    }

    private String write(NetworkWriter writer) throws Exception {
        StringWriter out = new StringWriter();
        writer.write(graph, report, new Messages(Language.en), out);
        return out.toString();
    }

    @Test
    void graphmlParsesBackWithItsAttributes() throws Exception {
        String xml = write(new GraphmlWriter());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = doc.getElementsByTagNameNS(GraphmlWriter.NS, "node");
        assertEquals(graph.map().vertexSet().size(), nodes.getLength());
        assertEquals(graph.map().edgeSet().size(), doc.getElementsByTagNameNS(GraphmlWriter.NS, "edge").getLength());
        Map<String, Map<String, String>> data = new HashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Map<String, String> values = new HashMap<>();
            NodeList ds = node.getElementsByTagNameNS(GraphmlWriter.NS, "data");
            for (int j = 0; j < ds.getLength(); j++) {
                Element d = (Element) ds.item(j);
                values.put(d.getAttribute("key"), d.getTextContent());
            }
            data.put(node.getAttribute("id"), values);
        }
        Map<String, String> regional = data.get("group:r");
        assertEquals("Regional \"R\" <b>", regional.get("label"));
        assertEquals("group", regional.get("kind"));
        assertEquals("REGIONAL", regional.get("tier"));
        assertEquals("lansi", regional.get("area"));
        assertEquals("NGO", data.get("organisation:o1").get("orgType"));
        assertEquals("person", data.get("person:a").get("kind"));
        assertTrue(xml.contains(">deputy<"), "the deputy's place is an edge of its own kind");
    }

    @Test
    void dotIsWellFormed() throws Exception {
        String dot = write(new DotWriter());
        assertTrue(dot.startsWith("graph \"network\" {\n"));
        assertTrue(dot.endsWith("}\n"));
        List<String> tokens = dotTokens(dot);
        int depth = 0;
        for (String t : tokens) {
            depth += t.equals("{") ? 1 : t.equals("}") ? -1 : 0;
            assertTrue(depth >= 0);
        }
        assertEquals(0, depth, "braces balance outside strings");
        Set<String> declared = new HashSet<>();
        Matcher nodeLine = Pattern.compile("^\\s+(\"(?:[^\"\\\\]|\\\\.)*\") \\[label=", Pattern.MULTILINE).matcher(dot);
        while (nodeLine.find()) {
            declared.add(nodeLine.group(1));
        }
        assertEquals(graph.map().vertexSet().size(), declared.size());
        Matcher edge = Pattern.compile("^\\s+(\"(?:[^\"\\\\]|\\\\.)*\") -- (\"(?:[^\"\\\\]|\\\\.)*\")", Pattern.MULTILINE)
                .matcher(dot);
        int edges = 0;
        while (edge.find()) {
            assertTrue(declared.contains(edge.group(1)) && declared.contains(edge.group(2)), edge.group());
            edges++;
        }
        assertEquals(graph.map().edgeSet().size(), edges);
        assertTrue(dot.contains("label=\"Regional \\\"R\\\" <b>\""));
        assertTrue(dot.contains("style=dashed"));
        assertEquals("\"a\\\\n\\\"b\\\"\"", DotWriter.quote("a\\n\"b\""));
    }

    /** Splits DOT into strings and punctuation; a quote inside a string must be escaped, so strings end right. */
    private static List<String> dotTokens(String dot) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (c == '"') {
                int j = i + 1;
                while (dot.charAt(j) != '"') {
                    j += dot.charAt(j) == '\\' ? 2 : 1;
                }
                tokens.add(dot.substring(i, j + 1));
                i = j;
            } else if (c == '{' || c == '}') {
                tokens.add(String.valueOf(c));
            }
        }
        return tokens;
    }

    @Test
    void mermaidHasSafeIdsAndLabels() throws Exception {
        String mermaid = write(new MermaidWriter());
        List<String> lines = mermaid.lines().toList();
        assertEquals("flowchart LR", lines.get(0));
        Pattern node = Pattern.compile("^\\s+(n\\d+_[A-Za-z0-9_]+)(\\[\"|\\{\\{\"|\\(\\[\")([^\"]*)(\"\\]|\"\\}\\}|\"\\]\\))$");
        Pattern edge = Pattern.compile("^\\s+(n\\d+_[A-Za-z0-9_]+) (---|-\\.-) (n\\d+_[A-Za-z0-9_]+)$");
        Set<String> ids = new HashSet<>();
        int edges = 0;
        int subgraphs = 0;
        for (String line : lines.subList(1, lines.size())) {
            Matcher n = node.matcher(line);
            Matcher e = edge.matcher(line);
            if (n.matches()) {
                assertTrue(ids.add(n.group(1)), "ids are unique");
                assertFalse(n.group(3).contains("<") || n.group(3).contains("\""), line);
            } else if (e.matches()) {
                assertTrue(ids.contains(e.group(1)) && ids.contains(e.group(3)), line);
                edges++;
            } else if (line.matches("^\\s+subgraph tier_[A-Z]+\\[\"[^\"]*\"\\]$")) {
                subgraphs++;
            } else if (line.trim().equals("end")) {
                subgraphs--;
            } else {
                assertTrue(line.matches("^\\s+(%% .*|classDef \\w+ [^\\s]+|class [\\w,]+ \\w+)$"), line);
            }
        }
        assertEquals(0, subgraphs);
        assertEquals(graph.map().vertexSet().size(), ids.size());
        assertEquals(graph.map().edgeSet().size(), edges);
        assertTrue(mermaid.contains("Regional #34;R#34; #60;b#62;"));
    }

    @Test
    void scriptJsonCannotCloseTheScript() {
        assertEquals("{\"a\":\"\\u003c/script\\u003e\\u0026\"}", NetworkHtml.scriptJson("{\"a\":\"</script>&\"}"));
    }

    @Test
    void sameInputSameBytes() throws Exception {
        for (NetworkWriter writer : NetworkWriters.all()) {
            String first = write(writer);
            NetworkGraph again = SmallNetworks.build(dir, SmallNetworks.people() + "groups:\n"
                    + "  - id: r\n    name: \"Regional \\\"R\\\" <b>\"\n    tier: REGIONAL\n    area: lansi\n    members:\n"
                    + "      - { person: a, role: CHAIR, deputy: e }\n      - { person: b }\n"
                    + SmallNetworks.local("l", "a", "c"));
            StringWriter out = new StringWriter();
            writer.write(again, NetworkAnalysis.analyse(again), new Messages(Language.en), out);
            assertEquals(first, out.toString(), writer.name());
        }
    }
}
