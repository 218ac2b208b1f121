package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Group;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules reason over, ready to insert: data facts, the model's requirement facts and the
 * data problems found so far. {@code groups} lets reports name the group a finding belongs to.
 */
public record Facts(GovernanceModel model, CheckContext context, List<Object> all, Map<String, Group> groups) {

    public Facts {
        all = List.copyOf(all);
        groups = Map.copyOf(groups);
    }

    /** These facts and some more: the meeting a pre-meeting check is about, the user's waivers. */
    public Facts with(List<?> facts) {
        if (facts.isEmpty()) {
            return this;
        }
        List<Object> more = new java.util.ArrayList<>(all);
        more.addAll(facts);
        return new Facts(model, context, more, groups);
    }
}
