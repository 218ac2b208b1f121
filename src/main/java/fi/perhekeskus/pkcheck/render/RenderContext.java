package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.RuleDescriptor;
import java.util.List;

/**
 * How to write a report: the messages of the reader's language, whether the terminal takes colours, the
 * tool's version, and the rules that ran (one per id, in catalogue order) for formats that list them.
 */
public record RenderContext(Messages messages, boolean colour, String toolVersion, List<RuleDescriptor> rules) {

    public RenderContext {
        rules = List.copyOf(rules);
    }

    /**
     * Whether only the DATA rules ran ({@code pkcheck validate}): such a report says it checked the data alone,
     * never that the network meets its governance model.
     */
    public boolean dataOnly() {
        return !rules.isEmpty() && rules.stream().allMatch(r -> r.id().startsWith("DATA-"));
    }

    /** The key of the sentence a report without findings ends with. */
    public String cleanKey() {
        return dataOnly() ? "text.cleanData" : "text.clean";
    }
}
