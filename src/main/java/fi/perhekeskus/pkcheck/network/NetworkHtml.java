package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.render.PageResources;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The interactive network map: one self-contained HTML page with Cytoscape.js (from its WebJar) inlined,
 * the graph as a JSON data block escaped for a script element, and a Content-Security-Policy that admits
 * only the page's own style and scripts by their hashes. The page's words come from the message bundle
 * through a mustache template that escapes them.
 */
final class NetworkHtml implements NetworkWriter {

    static final String LIBRARY = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final String ROOT = "pkcheck/network/";
    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String name() {
        return "html";
    }

    @Override
    public boolean showsFindings() {
        return true;
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, Messages m, Writer out) throws IOException {
        write(graph, report, GroupFindings.NONE, m, out);
    }

    @Override
    public void write(NetworkGraph graph, NetworkReport report, GroupFindings findings, Messages m, Writer out)
            throws IOException {
        MapWords words = new MapWords(m.language());
        Mustache template = new DefaultMustacheFactory(ROOT).compile("map.mustache");
        StringBuilder css = new StringBuilder(PageResources.text(ROOT + "map.css"));
        for (OrganisationType type : OrganisationType.values()) {
            css.append(".swatch-").append(type.name()).append(" { background: ").append(Palette.colour(type))
                    .append("; }\n");
        }
        css.append(".swatch-group { background: ").append(Palette.GROUP).append("; }\n");
        // A "</script" inside the library would end its element early; "<\/" means the same to JavaScript.
        String library = SCRIPT_END.matcher(PageResources.text(LIBRARY)).replaceAll("<\\\\/$1");
        String script = PageResources.text(ROOT + "map.js");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", m.language().name());
        page.put("csp", "default-src 'none'; style-src '" + PageResources.cspHash(css.toString()) + "'; script-src '"
                + PageResources.cspHash(library) + "' '" + PageResources.cspHash(script) + "'; img-src data:; base-uri 'none'; form-action 'none'");
        page.put("title", m.get("network.map.title", report.region(), words.date(report.date())));
        page.put("subtitle", words.get("subtitle", report.counts().people(), report.counts().organisations(),
                report.counts().groups()));
        page.put("css", css.toString());
        page.put("areaLabel", m.get("network.map.area"));
        page.put("tierLabel", m.get("network.map.tier"));
        page.put("all", m.get("network.map.all"));
        page.put("peopleLabel", words.get("people"));
        page.put("groupLabel", m.get("network.map.group"));
        page.put("findingsLabel", words.get("legend.findings"));
        page.put("findingsTitle", words.get("legend.errors"));
        page.put("hint", words.get("hint"));
        page.put("close", words.get("close"));
        page.put("footer", m.get(graph.anonymised() ? "network.map.footer.anonymised" : "network.map.footer.named"));
        page.put("areas", graph.areaNames().entrySet().stream()
                .map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList());
        List<Map<String, String>> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            if (graph.groups().values().stream().anyMatch(g -> g.tier() == tier)) {
                tiers.add(Map.of("id", tier.name(), "name", m.text(tier)));
            }
        }
        page.put("tiers", tiers);
        List<Map<String, String>> types = new ArrayList<>();
        for (OrganisationType type : OrganisationType.values()) {
            if (graph.nodes(NodeKind.ORGANISATION).stream().anyMatch(n -> n.orgType() == type)) {
                types.add(Map.of("id", type.name(), "name", m.get("html.orgType." + type.name())));
            }
        }
        page.put("types", types);
        page.put("data", scriptJson(mapper.writeValueAsString(new MapData(graph, report, m, findings).build())));
        page.put("library", library);
        page.put("script", script);
        template.execute(out, page);
        out.flush();
    }

    /**
     * JSON made safe inside a script element: {@code <}, {@code >} and {@code &} only occur inside JSON
     * strings, where their escapes mean the same, so nothing can close the element or open a comment; the
     * line separators U+2028 and U+2029 are escaped for older JavaScript parsers.
     */
    static String scriptJson(String json) {
        StringBuilder s = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                case '&' -> s.append("\\u0026");
                case '\u2028' -> s.append("\\u2028");
                case '\u2029' -> s.append("\\u2029");
                default -> s.append(c);
            }
        }
        return s.toString();
    }


}
