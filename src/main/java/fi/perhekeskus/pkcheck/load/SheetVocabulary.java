package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names spreadsheets may give their sheets and columns, in English and Finnish, mapped to the data
 * format's keys. Matching ignores case, accents, spaces and punctuation, so "Jäsenet", "jasenet" and
 * "JÄSENET" are one sheet and "Meeting places" is {@code meetingPlaces}.
 */
public final class SheetVocabulary {

    /** The key/value sheet with schemaVersion, model and region. */
    public static final String DATASET = "dataset";

    /** A sheet of help for people, never read as data. */
    public static final String INSTRUCTIONS = "instructions";

    /** The data sheets in the order templates and conversions write them; each is a top-level list. */
    public static final List<String> SHEETS = List.of("organisations", "people", "groups", "members",
            "municipalities", "areas", "meetingPlaces", "meetings");

    /** The columns of each data sheet in the order templates and conversions write them. */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "organisations", List.of("id", "type", "name", "municipality", "municipalities"),
            "people", List.of("id", "name", "title", "organisation"),
            "groups", List.of("id", "name", "tier", "area", "municipalities"),
            "members", List.of("group", "person", "represents", "role", "deputy", "from", "until"),
            "municipalities", List.of("code", "name", "area"),
            "areas", List.of("id", "name"),
            "meetingPlaces", List.of("id", "name", "municipality", "coordinator"),
            "meetings", List.of("id", "group", "date", "attendees"));

    /** The record kind of each data sheet (the key of {@link DatasetLoader#FIELDS}). */
    public static final Map<String, String> KIND = Map.of("organisations", "organisation", "people", "person",
            "groups", "group", "members", "member", "municipalities", "municipality", "areas", "area",
            "meetingPlaces", "meetingPlace", "meetings", "meeting");

    /** Columns that hold dates. */
    public static final Set<String> DATE_COLUMNS = Set.of("from", "until", "date");

    /** Columns whose cell holds a list, written "536, 790" or "536; 790". */
    public static final Set<String> LIST_COLUMNS = Set.of("municipalities", "attendees");

    /** Columns holding municipality codes, which a spreadsheet may have turned into numbers (20 for "020"). */
    public static final Set<String> CODE_COLUMNS = Set.of("code", "municipality", "municipalities");

    /**
     * Columns whose values may be typed as Finnish, Swedish or English words ({@link ValueWords}), any case: each
     * is read as its code, so the loader sees what YAML would say, and conversions write the word of their
     * language. A value that is no word is left as written, and the loader reports it with the nearest word.
     */
    public static final Map<String, Class<? extends Enum<?>>> WORD_COLUMNS = Map.of("role", Role.class,
            "type", OrganisationType.class, "tier", Tier.class);

    /** The keys of the dataset sheet; {@code regionName} becomes region.name. */
    public static final List<String> DATASET_KEYS = List.of("schemaVersion", "model", "region", "regionName");

    private static final Map<String, String> SHEET_NAMES = names(Map.ofEntries(
            Map.entry(DATASET, List.of("dataset", "aineisto", "tiedot", "datamängd", "uppgifter")),
            Map.entry(INSTRUCTIONS, List.of("instructions", "ohjeet", "ohje", "instructionsohjeet", "anvisningar")),
            Map.entry("organisations", List.of("organisations", "organizations", "organisaatiot", "organisationer")),
            Map.entry("people", List.of("people", "persons", "henkilot", "personer")),
            Map.entry("groups", List.of("groups", "ryhmat", "grupper")),
            Map.entry("members", List.of("members", "memberships", "jasenet", "jasenyydet", "medlemmar")),
            Map.entry("municipalities", List.of("municipalities", "kunnat", "kommuner")),
            Map.entry("areas", List.of("areas", "alueet", "omraden")),
            Map.entry("meetingPlaces", List.of("meetingplaces", "kohtaamispaikat", "motesplatser")),
            Map.entry("meetings", List.of("meetings", "kokoukset", "moten"))));

    /** Each column's words, the usual one first: where two columns of a sheet name one field, the earlier word wins. */
    private static final Map<String, List<String>> COLUMN_WORDS = Map.ofEntries(
            Map.entry("id", List.of("id", "tunnus", "beteckning")),
            Map.entry("name", List.of("name", "nimi", "namn")),
            Map.entry("type", List.of("type", "tyyppi", "typ")),
            Map.entry("code", List.of("code", "koodi", "kuntakoodi", "kuntanumero", "kod", "kommunkod")),
            Map.entry("municipality", List.of("municipality", "kunta", "kommun")),
            Map.entry("municipalities", List.of("municipalities", "kunnat", "kommuner")),
            Map.entry("title", List.of("title", "nimike", "tehtavanimike", "ammattinimike", "titel", "yrkestitel")),
            Map.entry("organisation", List.of("organisation", "organization", "organisaatio")),
            Map.entry("tier", List.of("tier", "taso", "niva")),
            Map.entry("area", List.of("area", "alue", "omrade")),
            Map.entry("coordinator", List.of("coordinator", "koordinaattori", "koordinator")),
            Map.entry("date", List.of("date", "paivamaara", "pvm", "datum")),
            Map.entry("attendees", List.of("attendees", "osallistujat", "deltagare")),
            Map.entry("group", List.of("group", "ryhma", "grupp")),
            Map.entry("person", List.of("person", "henkilo", "jasen", "medlem", "member")),
            Map.entry("represents", List.of("represents", "edustaa", "edustettava", "representerar")),
            Map.entry("role", List.of("role", "rooli", "roll")),
            Map.entry("deputy", List.of("deputy", "varajasen", "varahenkilo", "varaedustaja", "ersattare", "suppleant")),
            // the start and end of a term as member lists head them: "Alkaa", "Alkupäivä", "Voimassa asti", "Slutdatum"
            Map.entry("from", List.of("from", "start", "startdate", "alkaen", "alku", "alkaa", "alkupaiva", "alkupvm",
                    "voimassaalkaen", "fran", "borjar", "startdatum")),
            Map.entry("until", List.of("until", "end", "enddate", "asti", "loppu", "paattyy", "loppupaiva", "loppupvm",
                    "voimassaasti", "till", "slutar", "slutdatum")),
            Map.entry("schemaVersion", List.of("schemaversion", "skeemaversio", "versio", "aineistomuodonversio",
                    "formatversion", "version")),
            Map.entry("model", List.of("model", "malli", "modell")),
            Map.entry("region", List.of("region", "hyvinvointialue", "valfardsomrade")),
            Map.entry("regionName", List.of("regionname", "hyvinvointialueennimi", "valfardsomradetsnamn")));

    private static final Map<String, String> COLUMN_NAMES = names(COLUMN_WORDS);

    /** A sheet's or column's heading in Finnish and in Swedish (in English, the key itself). */
    private record Heading(String fi, String sv) {
    }

    /**
     * The headings of sheets and columns a workbook or CSV file written in Finnish or Swedish gets: each reads
     * back as its key. The key/value sheet's own header is {@code key} and {@code value}.
     */
    private static final Map<String, Heading> HEADINGS = Map.ofEntries(
            Map.entry(DATASET, new Heading("Aineisto", "Datamängd")),
            Map.entry(INSTRUCTIONS, new Heading("Ohjeet", "Anvisningar")),
            Map.entry("organisations", new Heading("Organisaatiot", "Organisationer")),
            Map.entry("people", new Heading("Henkilöt", "Personer")),
            Map.entry("groups", new Heading("Ryhmät", "Grupper")),
            Map.entry("members", new Heading("Jäsenet", "Medlemmar")),
            Map.entry("municipalities", new Heading("Kunnat", "Kommuner")),
            Map.entry("areas", new Heading("Alueet", "Områden")),
            Map.entry("meetingPlaces", new Heading("Kohtaamispaikat", "Mötesplatser")),
            Map.entry("meetings", new Heading("Kokoukset", "Möten")),
            Map.entry("id", new Heading("Tunnus", "Beteckning")),
            Map.entry("name", new Heading("Nimi", "Namn")),
            Map.entry("type", new Heading("Tyyppi", "Typ")),
            Map.entry("code", new Heading("Kuntakoodi", "Kommunkod")),
            Map.entry("municipality", new Heading("Kunta", "Kommun")),
            Map.entry("title", new Heading("Nimike", "Titel")),
            Map.entry("organisation", new Heading("Organisaatio", "Organisation")),
            Map.entry("tier", new Heading("Taso", "Nivå")),
            Map.entry("area", new Heading("Alue", "Område")),
            Map.entry("coordinator", new Heading("Koordinaattori", "Koordinator")),
            Map.entry("date", new Heading("Päivämäärä", "Datum")),
            Map.entry("attendees", new Heading("Osallistujat", "Deltagare")),
            Map.entry("group", new Heading("Ryhmä", "Grupp")),
            Map.entry("person", new Heading("Henkilö", "Person")),
            Map.entry("represents", new Heading("Edustaa", "Representerar")),
            Map.entry("role", new Heading("Rooli", "Roll")),
            Map.entry("deputy", new Heading("Varajäsen", "Ersättare")),
            Map.entry("from", new Heading("Alkaen", "Från")),
            Map.entry("until", new Heading("Asti", "Till")),
            Map.entry("schemaVersion", new Heading("Aineistomuodon versio", "Formatversion")),
            Map.entry("model", new Heading("Malli", "Modell")),
            Map.entry("region", new Heading("Hyvinvointialue", "Välfärdsområde")),
            Map.entry("regionName", new Heading("Hyvinvointialueen nimi", "Välfärdsområdets namn")),
            Map.entry("key", new Heading("Tieto", "Uppgift")),
            Map.entry("value", new Heading("Arvo", "Värde")));

    private SheetVocabulary() {
    }

    /**
     * The heading of the sheet or column {@code key} in a workbook or CSV file written in {@code lang}:
     * "Jäsenet" for {@code members} in Finnish; in English, and for a column of the user's own, the key itself.
     */
    public static String heading(String key, ValueWords.Lang lang) {
        Heading heading = HEADINGS.get(key);
        if (heading == null) {
            return key;
        }
        return switch (lang) {
            case fi -> heading.fi();
            case sv -> heading.sv();
            case en -> key;
        };
    }

    /** The data format key a sheet name stands for, or null when it is no known sheet. */
    public static String sheet(String written) {
        return SHEET_NAMES.get(normalise(written));
    }

    /**
     * The data sheet (its key) whose name in any language {@code written} is a likely typo of ("Jäsnet" for
     * {@code members}), else null. Stricter than a column's did-you-mean: one edit, two in a name of twelve letters
     * or more, so that a sheet of one's own ("Notes", "Personal", "Henkilöstö") is taken for none.
     */
    public static String closestSheet(String written) {
        String word = normalise(written);
        int allowed = word.length() >= 12 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, String> name : SHEET_NAMES.entrySet()) {
            if (INSTRUCTIONS.equals(name.getValue())) {
                continue;
            }
            int d = Suggest.distance(word, name.getKey());
            if (d < bestDistance || d == bestDistance && name.getValue().compareTo(best) < 0) {
                best = name.getValue();
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /**
     * How usual the word {@code written} is for its column: 0 for the field's own key, then its place among the
     * column's words ("Henkilö" before "Jäsen"); {@link Integer#MAX_VALUE} for no known column.
     */
    static int columnRank(String written) {
        String word = normalise(written);
        String key = COLUMN_NAMES.get(word);
        if (key == null) {
            return Integer.MAX_VALUE;
        }
        if (word.equals(normalise(key))) {
            return 0;
        }
        List<String> words = COLUMN_WORDS.get(key);
        for (int i = 0; i < words.size(); i++) {
            if (normalise(words.get(i)).equals(word)) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The sheet a CSV file's name (without extension) stands for: the whole name ({@code jäsenet}), or the part
     * after a dash as LibreOffice and Excel name the sheets of a book they export ({@code pohja-jäsenet}).
     */
    public static String csvSheet(String base) {
        String whole = sheet(base);
        for (int dash = base.indexOf('-'); whole == null && dash >= 0; dash = base.indexOf('-', dash + 1)) {
            whole = sheet(base.substring(dash + 1));
        }
        return whole;
    }

    /** The words (normalised) of the columns {@code fields}, in any language, for "did you mean" on a header. */
    static java.util.Collection<String> columnWords(Set<String> fields) {
        return COLUMN_NAMES.entrySet().stream().filter(e -> fields.contains(e.getValue())).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** A column of the first name(s), which with {@link #LAST_NAME} makes a person's name. */
    public static final String FIRST_NAME = "name.first";
    /** A column of the family name. */
    public static final String LAST_NAME = "name.last";

    /** The words of the columns a member list splits a name into: Etunimi and Sukunimi, Förnamn and Efternamn. */
    private static final Map<String, String> NAME_PARTS = names(Map.of(
            FIRST_NAME, List.of("etunimi", "etunimet", "kutsumanimi", "fornamn", "firstname", "givenname",
                    "forename"),
            LAST_NAME, List.of("sukunimi", "efternamn", "lastname", "surname", "familyname")));

    /**
     * {@link #FIRST_NAME} or {@link #LAST_NAME} for a column that holds part of a person's name ("Etunimi"),
     * else null.
     */
    public static String namePart(String written) {
        return NAME_PARTS.get(normalise(written));
    }

    /** The data format field a column header stands for, or null when it is no known column. */
    public static String column(String written) {
        return COLUMN_NAMES.get(normalise(written));
    }

    /** Lower case, without accents, spaces or punctuation: the form names are compared in. */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static Map<String, String> names(Map<String, List<String>> aliases) {
        Map<String, String> byName = new LinkedHashMap<>();
        aliases.forEach((key, names) -> {
            byName.put(normalise(key), key);
            names.forEach(n -> byName.put(normalise(n), key));
        });
        return Map.copyOf(byName);
    }
}
