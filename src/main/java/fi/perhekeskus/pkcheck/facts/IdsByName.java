package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.Person;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The id of the one person or organisation that has a given name: a coordinator who keeps the member list by
 * hand often writes "Outi Toivonen" or "Nokian kaupunki" where the id ({@code p001}, {@code nokia}) belongs. Such
 * a reference is still DATA-002, and its message names the id to write instead. Names are matched ignoring case
 * and runs of spaces; a name that two records share suggests neither.
 *
 * <p>The tables are made on the first reference that is missing, so that data without one costs nothing.
 */
final class IdsByName {

    private final Dataset data;
    private Map<String, String> people;
    private Map<String, String> organisations;

    IdsByName(Dataset data) {
        this.data = data;
    }

    /** The id of the one person whose name {@code text} is, or null. */
    String person(String text) {
        if (people == null) {
            people = index(data.people(), Person::name, Person::id);
        }
        return lookUp(people, text);
    }

    /** The id of the one organisation whose name {@code text} is, or null. */
    String organisation(String text) {
        if (organisations == null) {
            organisations = index(data.organisations(), Organisation::name, Organisation::id);
        }
        return lookUp(organisations, text);
    }

    /** Each name's id; a name of two ids is left out. */
    private static <T> Map<String, String> index(List<T> records, Function<T, String> name, Function<T, String> id) {
        Map<String, String> ids = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (T record : records) {
            String key = key(name.apply(record));
            String value = id.apply(record);
            if (key != null && value != null && !shared.contains(key)) {
                String before = ids.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    ids.remove(key);
                    shared.add(key);
                }
            }
        }
        return ids;
    }

    private static String lookUp(Map<String, String> ids, String text) {
        String key = key(text);
        String id = key == null ? null : ids.get(key);
        return id == null || id.equals(text) ? null : id;
    }

    /** A name as it is compared: in lower case, its runs of white space one space, trimmed; null when blank. */
    static String key(String name) {
        if (name == null) {
            return null;
        }
        String key = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? null : key;
    }
}
