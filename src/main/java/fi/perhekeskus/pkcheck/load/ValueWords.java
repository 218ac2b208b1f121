package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a coordinator may type for the enumerated values — roles, organisation types and tiers — in
 * Finnish, Swedish or English as well as the data format's codes ({@code puheenjohtaja}, {@code ordförande}
 * and {@code CHAIR} are one role). Matching ignores case, accents, spaces and punctuation, as for sheet and
 * column names. The first word of each language is the one templates show in their drop-down lists.
 * docs/data-format.md lists every word ("Accepted words").
 */
public final class ValueWords {

    /** A language of the words: Finnish, Swedish or English. */
    public enum Lang { fi, sv, en }

    /** The words of one value: Finnish, Swedish and English, the first of each the one templates show. */
    private record Words(List<String> fi, List<String> sv, List<String> en) {

        List<String> of(Lang lang) {
            return switch (lang) {
                case fi -> fi;
                case sv -> sv;
                case en -> en;
            };
        }
    }

    private static final Map<Enum<?>, Words> WORDS = new LinkedHashMap<>();

    static {
        word(Role.CHAIR, List.of("puheenjohtaja", "pj"), List.of("ordförande"), List.of("chair", "chairperson"));
        word(Role.VICE_CHAIR, List.of("varapuheenjohtaja", "vpj", "varapj"),
                List.of("vice ordförande", "viceordförande"), List.of("vice chair", "vice-chair"));
        word(Role.MEMBER, List.of("jäsen"), List.of("medlem", "ledamot"), List.of("member"));
        word(Role.COORDINATOR, List.of("koordinaattori"), List.of("koordinator"), List.of("coordinator"));
        word(Role.DIRECTOR, List.of("johtaja", "perhekeskuksen johtaja"), List.of("direktör", "chef"),
                List.of("director"));
        word(Role.SECRETARY, List.of("sihteeri"), List.of("sekreterare"), List.of("secretary"));
        word(OrganisationType.WELLBEING_REGION, List.of("hyvinvointialue", "hva"), List.of("välfärdsområde"),
                List.of("wellbeing region", "wellbeing services county"));
        word(OrganisationType.MUNICIPALITY, List.of("kunta", "kaupunki"), List.of("kommun", "stad"),
                List.of("municipality"));
        word(OrganisationType.NGO, List.of("järjestö", "yhdistys"), List.of("organisation", "förening"),
                List.of("ngo", "association"));
        word(OrganisationType.PARISH, List.of("seurakunta"), List.of("församling"), List.of("parish"));
        word(OrganisationType.DIOCESE, List.of("hiippakunta"), List.of("stift"), List.of("diocese"));
        word(OrganisationType.KELA, List.of("Kela", "kansaneläkelaitos"), List.of("FPA", "Folkpensionsanstalten"),
                List.of("Kela"));
        word(OrganisationType.OTHER, List.of("muu"), List.of("annan", "övrig"), List.of("other"));
        word(Tier.PROVINCIAL, List.of("maakunnallinen", "maakunta"), List.of("landskapsomfattande", "landskap"),
                List.of("provincial"));
        word(Tier.REGIONAL, List.of("alueellinen", "seudullinen", "alue"), List.of("regional", "område"),
                List.of("regional"));
        word(Tier.LOCAL, List.of("paikallinen"), List.of("lokal"), List.of("local"));
    }

    /** Each normalised word and code, by enum type, to its value. */
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_WORD = new HashMap<>();

    static {
        WORDS.forEach((value, words) -> {
            Map<String, Enum<?>> byWord = BY_WORD.computeIfAbsent(value.getDeclaringClass(), k -> new HashMap<>());
            byWord.put(SheetVocabulary.normalise(value.name()), value);
            for (Lang lang : Lang.values()) {
                words.of(lang).forEach(w -> byWord.put(SheetVocabulary.normalise(w), value));
            }
        });
    }

    private ValueWords() {
    }

    private static void word(Enum<?> value, List<String> fi, List<String> sv, List<String> en) {
        WORDS.put(value, new Words(fi, sv, en));
    }

    /** The value {@code written} stands for: a code or any word of it; null when it is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String written) {
        Enum<?> value = parseWord(type, written);
        return value == null ? null : type.cast(value);
    }

    /**
     * {@link #parse} for a type known only as a column's ({@link SheetVocabulary#WORD_COLUMNS}): the value
     * {@code written} stands for, or null.
     */
    public static Enum<?> parseWord(Class<? extends Enum<?>> type, String written) {
        Map<String, Enum<?>> byWord = BY_WORD.get(type);
        return byWord == null ? null : byWord.get(SheetVocabulary.normalise(written));
    }

    /** The code or word closest to a value that is none of them, for "did you mean"; null when none is close. */
    public static <E extends Enum<E>> String suggest(Class<E> type, String written) {
        List<String> candidates = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            candidates.add(constant.name());
            Words words = WORDS.get(constant);
            if (words != null) {
                for (Lang lang : Lang.values()) {
                    candidates.addAll(words.of(lang));
                }
            }
        }
        return Suggest.closest(SheetVocabulary.normalise(written), candidates, SheetVocabulary::normalise);
    }

    /** The word a template in {@code lang} shows for {@code value}; English templates show the code. */
    public static String display(Enum<?> value, Lang lang) {
        Words words = WORDS.get(value);
        return lang == Lang.en || words == null ? value.name() : words.of(lang).get(0);
    }

    /** Every word of {@code value} in {@code lang}, for the documentation. */
    public static List<String> words(Enum<?> value, Lang lang) {
        Words words = WORDS.get(value);
        return words == null ? List.of() : words.of(lang);
    }
}
