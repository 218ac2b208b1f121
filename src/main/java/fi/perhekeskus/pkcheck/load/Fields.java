package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one record of the data, reporting every problem as a DATA-003 {@link DataProblem}
 * and returning null for a value it could not use, so the rest of the record is still checked.
 */
final class Fields {

    private final Node node;
    private final String subjectType;
    private final String subjectId;
    /** The part of the subject id after a slash ({@code group/person}), joined only when a problem names it. */
    private final String subjectIdTail;
    private final List<DataProblem> problems;

    Fields(Node node, String subjectType, String subjectId, Set<String> allowed, List<DataProblem> problems) {
        this(node, subjectType, subjectId, null, allowed, problems);
    }

    /** Fields whose subject id is {@code subjectId/subjectIdTail} (a membership's {@code group/person}). */
    Fields(Node node, String subjectType, String subjectId, String subjectIdTail, Set<String> allowed,
           List<DataProblem> problems) {
        this.node = node;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectIdTail = subjectIdTail;
        this.problems = problems;
        for (int i = 0, n = node.fieldCount(); i < n; i++) {
            String key = node.key(i);
            if (!allowed.contains(key)) {
                String suggestion = Suggest.closest(key, allowed);
                if (suggestion == null) {
                    problem("DATA-003.unknownField", node.value(i).location(), key,
                            String.join(", ", new TreeSet<>(allowed)));
                } else {
                    problem("DATA-003.unknownFieldSuggest", node.value(i).location(), key, suggestion);
                }
            }
        }
        List<Node> duplicates = node.duplicateKeys();
        for (int i = 0; i < duplicates.size(); i++) { // no iterator for the million records that have none
            problem("DATA-003.duplicateKey", duplicates.get(i).location(), duplicates.get(i).text());
        }
    }

    /** A scalar as text (numbers and booleans as written); null and reported when it is not a scalar. */
    String text(String field, boolean required) {
        Node value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem("DATA-003.missing", node.location(), field);
            }
            return null;
        }
        if (!value.isScalar()) {
            problem("DATA-003.wrongType.text", value.location(), field);
            return null;
        }
        return value.text();
    }

    /** A list of scalars; a single scalar is reported, not guessed at. */
    List<String> textList(String field) {
        Node value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problem("DATA-003.wrongType.list", value.location(), field);
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Node item : value.items()) {
            if (item.isScalar()) {
                result.add(item.text());
            } else {
                problem("DATA-003.wrongType.text", item.location(), field);
            }
        }
        return result;
    }

    boolean has(String field) {
        Node value = node.get(field);
        return value != null && !value.isNull();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        for (E constant : constants(type)) {
            if (constant.name().equals(text)) {
                return constant; // spreadsheets' words were turned into these codes as the sheet was read
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String suggestion = ValueWords.suggest(type, text);
        if (suggestion == null) {
            problem("DATA-003.badEnum", node.get(field).location(), field, text, String.join(", ", names));
        } else {
            problem("DATA-003.badEnumSuggest", node.get(field).location(), field, text, suggestion);
        }
        return null;
    }

    LocalDate date(String field, boolean required) {
        return date(field, required, null);
    }

    /** A date, read through {@code dates} so that each is one instance (null: parsed each time). */
    LocalDate date(String field, boolean required, DateCache dates) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        LocalDate date = dates == null ? DateText.parse(text) : dates.parse(text);
        if (date == null) {
            problem("DATA-003.badDateForm", node.get(field).location(), field, text);
        }
        return date;
    }

    /** A municipality code: three digits; anything else is reported and dropped. */
    String municipalityCode(String field, boolean required) {
        String text = text(field, required);
        return text == null ? null : checkCode(field, text, node.get(field).location());
    }

    List<String> municipalityCodes(String field) {
        List<String> codes = new ArrayList<>();
        Node list = node.get(field);
        for (String code : textList(field)) {
            String checked = checkCode(field, code, list.location());
            if (checked != null) {
                codes.add(checked);
            }
        }
        return codes;
    }

    private String checkCode(String field, String code, Location at) {
        if (isCode(code)) {
            return code;
        }
        problem("DATA-003.badCode", at, field, code);
        return null;
    }

    /** An enum's constants, kept: {@link Class#getEnumConstants()} copies them on every call. */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> E[] constants(Class<E> type) {
        return (E[]) CONSTANTS.get(type);
    }

    /** Three ASCII digits (a regular expression here would be compiled for each of a million codes). */
    static boolean isCode(String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    void problem(String key, Location at, Object... args) {
        String id = subjectIdTail == null ? subjectId : subjectId + "/" + subjectIdTail;
        problems.add(problem(key, subjectType, id, at, Map.of(), args));
    }

    static DataProblem problem(String key, String subjectType, String subjectId, Location at,
                               Map<String, Object> details, Object... args) {
        String rule = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        return new DataProblem(rule, subjectType, subjectId, key, List.of(args), at,
                new LinkedHashMap<>(details));
    }
}
