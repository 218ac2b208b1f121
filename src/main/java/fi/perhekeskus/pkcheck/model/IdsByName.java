package fi.perhekeskus.pkcheck.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The id of the one record that has a given name: a coordinator who keeps the member list by hand often writes
 * "Outi Toivonen", "Nokian kaupunki" or a group's name where the id ({@code p001}, {@code nokia},
 * {@code nokia-perhekeskus}) belongs. Such a reference is still DATA-002, and its message names the id to write
 * instead. Names are matched ignoring case and runs of spaces; a name that two records share suggests neither.
 */
public final class IdsByName {

    private final Map<String, String> ids = new HashMap<>();

    private IdsByName() {
    }

    /** The names of {@code records}, each with its id. */
    public static <T> IdsByName of(List<T> records, Function<T, String> name, Function<T, String> id) {
        IdsByName index = new IdsByName();
        Set<String> shared = new HashSet<>();
        for (T record : records) {
            String key = key(name.apply(record));
            String value = id.apply(record);
            if (key != null && value != null && !shared.contains(key)) {
                String before = index.ids.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    index.ids.remove(key);
                    shared.add(key);
                }
            }
        }
        return index;
    }

    /** The id of the one record whose name {@code text} is, or null (also where {@code text} is that id). */
    public String idOf(String text) {
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
