package fi.perhekeskus.pkcheck.model;

import java.util.List;
import java.util.Map;

/**
 * Something wrong with the data itself, found while loading or linking it: the DATA rules turn each
 * into a finding. {@code key} names the message, {@code args} fill it.
 */
public record DataProblem(String rule, String subjectType, String subjectId, String key, List<Object> args,
                          Location location, Map<String, Object> details) {

    public DataProblem {
        args = List.copyOf(args);
        details = Map.copyOf(details);
    }
}
