package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.report.Pseudonymiser;
import java.util.Map;
import java.util.function.Function;

/**
 * How people appear on the map: by default as pseudonyms (the pilot published its map anonymised), with
 * {@code --names} by their names. {@code key} replaces the person's id everywhere, {@code label} is shown.
 */
public record PersonNaming(Function<String, String> key, Function<String, String> label, boolean anonymised) {

    /** Pseudonyms for both key and label. */
    public static PersonNaming pseudonyms(Pseudonymiser pseudonymiser) {
        return new PersonNaming(pseudonymiser::pseudonym, pseudonymiser::pseudonym, true);
    }

    /** The person's own id as both key and label: how the rules see people. */
    public static PersonNaming ids() {
        return new PersonNaming(Function.identity(), Function.identity(), false);
    }

    /** The person's own id as key, the name as label (the id where the data has no name). */
    public static PersonNaming names(Map<String, String> names) {
        return new PersonNaming(Function.identity(), id -> names.getOrDefault(id, id), false);
    }
}
