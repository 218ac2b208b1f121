package fi.perhekeskus.pkcheck.render;

import com.ibm.icu.text.MessageFormat;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.OrganisationRef;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The message bundles of one language ({@code pkcheck/messages/messages_<lang>.properties}), and the
 * late rendering of a finding's key and arguments into text. Enum arguments (organisation types, tiers,
 * roles) are translated; people are shown as the {@code personName} function says.
 */
public final class Messages {

    /** The bundle base name. */
    public static final String BUNDLE = "pkcheck.messages.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final Function<String, String> personName;
    private final DateTimeFormatter dates;
    /** People's names and their organisations' names by person id, for whom a suggestion asks to invite. */
    private final Map<String, String> names;
    private final Map<String, String> organisations;
    /** Keys the built-in bundles lack: the messages of user rule packages (null: no such key). */
    private final Function<String, String> extra;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    /** The grammatical case of each argument of a key, where the bundle gives them ({@link #casesOf}). */
    private final Map<String, String[]> cases = new ConcurrentHashMap<>();
    private static final String[] NO_CASES = new String[0];

    public Messages(Language language, Function<String, String> personName) {
        this(language, personName, key -> null);
    }

    /** Messages that look up keys the built-in bundles lack in {@code extra} (a user rule package's messages). */
    public Messages(Language language, Function<String, String> personName, Function<String, String> extra) {
        this(language, personName, Map.of(), Map.of(), extra);
    }

    private Messages(Language language, Function<String, String> personName, Map<String, String> names,
                     Map<String, String> organisations, Function<String, String> extra) {
        this.language = language;
        this.bundle = bundle(language);
        this.personName = personName;
        // Read-only views, not copies: at national scale these are maps of 631k people, and copying them into
        // immutable maps took ~13 % of a check's CPU (JFR, 1M memberships) while only a meeting's suggestions read them.
        this.names = Collections.unmodifiableMap(names);
        this.organisations = Collections.unmodifiableMap(organisations);
        this.extra = extra;
        this.dates = DateTimeFormatter.ofPattern(pattern("format.date"), language.locale());
    }

    /** People by id: the default naming. */
    public Messages(Language language) {
        this(language, Function.identity());
    }

    /** The bundle of {@code language} itself, never falling back to the JVM's default locale. */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key) || extra.apply(key) != null;
    }

    /**
     * The text of {@code key} with its arguments filled in by ICU's MessageFormat, so that a pattern can choose
     * the plural form this language needs ({@code {0, plural, one {# ryhmä} other {# ryhmää}}}). Arguments are
     * written in this language first: dates as this language writes them ({@code format.date}), numbers with
     * its decimal sign, terms, organisation types, tiers and roles in its words. A missing key is shown as is.
     */
    public String get(String key, Object... args) {
        MessageFormat format = formats.computeIfAbsent(key, this::compile);
        if (format == null) {
            return pattern(key);
        }
        Object[] values = new Object[args.length];
        String[] argCases = casesOf(key);
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof Number ? args[i]
                    : i < argCases.length && argCases[i] != null ? inflected(args[i], argCases[i]) : text(args[i]);
        }
        synchronized (format) {
            try {
                return format.format(values);
            } catch (IllegalArgumentException e) {
                // A count given as text ("3") where the pattern chooses a plural form: read it as the number.
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof String text && text.matches("-?\\d{1,18}")) {
                        values[i] = Long.parseLong(text);
                    }
                }
                try {
                    return format.format(values);
                } catch (IllegalArgumentException again) {
                    return pattern(key) + " " + java.util.Arrays.toString(values);
                }
            }
        }
    }

    /** The pattern of {@code key}, or the key itself. */
    private String pattern(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            String own = extra.apply(key);
            return own != null ? own : key;
        }
    }

    /**
     * The compiled pattern of {@code key}; null for one without placeholders or quotes, or one ICU cannot read,
     * which is shown as its own text.
     */
    private MessageFormat compile(String key) {
        String pattern = pattern(key);
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return null;
        }
        try {
            return new MessageFormat(pattern, language.locale());
        } catch (IllegalArgumentException e) {
            // A pattern ICU cannot read (an unquoted brace): better its raw text than no report.
            return null;
        }
    }

    /** {@code date} as this language writes it: 1.3.2024 in Finnish and Swedish, 2024-03-01 in English. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** A number with this language's decimal sign and at most two decimals: 0,68 in Finnish, 0.68 in English. */
    public String decimal(double value) {
        return get("format.decimal", value);
    }

    /**
     * An exit-2 message in this language: a keyed {@link InputException} rendered from the bundles, one given
     * as text as it is (English).
     */
    public String error(InputException e) {
        return e.message(new InputException.Renderer() {
            @Override
            public String text(String key, List<Object> args) {
                return has(key) ? get(key, args.toArray()) : e.getMessage();
            }

            @Override
            public String where(fi.perhekeskus.pkcheck.model.Location location) {
                return location.sheet() == null ? location.toString() : location.column() > 0
                        ? location.file() + " [" + location.sheet() + "] "
                        + fi.perhekeskus.pkcheck.model.Location.columnLetters(location.column()) + location.row()
                        : Messages.this.where(location);
            }
        });
    }

    /**
     * The message {@code key} with named arguments ({@code {min, plural, ...}}, {@code {anyOf}}): numbers stay
     * numbers for plural forms, other values are written in this language as {@link #text(Object)} writes them.
     */
    public String named(String key, Map<String, ?> args) {
        MessageFormat format = formats.computeIfAbsent(key, this::compile);
        if (format == null) {
            return pattern(key);
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        Map<String, String> argCases = namedCasesOf(key);
        args.forEach((name, value) -> values.put(name, value instanceof Number ? value
                : argCases.containsKey(name) ? inflected(value, argCases.get(name)) : text(value)));
        synchronized (format) {
            try {
                return format.format(values);
            } catch (IllegalArgumentException e) {
                return pattern(key) + " " + values;
            }
        }
    }

    /** The finding's message in this language. */
    public String message(Finding finding) {
        return get(finding.messageKey(), SheetHeadings.args(finding, language));
    }

    /**
     * These messages, naming the people a meeting's suggestions invite by name and organisation: the
     * coordinator who owns the data must phone them. Findings keep naming people as {@code personName} says.
     *
     * @param names         people's names by id (read, not copied: the caller leaves it as it is)
     * @param organisations the names of people's organisations by person id (likewise)
     */
    public Messages withContacts(Map<String, String> names, Map<String, String> organisations) {
        return new Messages(language, personName, names, organisations, extra);
    }

    /**
     * A suggestion in this language: the gap, then whom to invite ("Maija Meikäläinen (Nokian kaupunki) or
     * their deputy Matti Mallikas (Nokian kaupunki); ..."), which fills the last placeholder. Each member
     * stands beside their own deputy, so whose deputy is whose is plain.
     */
    public String suggestion(Suggestion suggestion) {
        List<String> invites = suggestion.invites().stream()
                .map(i -> i.deputy() == null ? contact(i.member())
                        : get("suggest.invite", contact(i.member()), contact(i.deputy())))
                .toList();
        List<Object> args = new java.util.ArrayList<>(suggestion.args());
        args.add(invites.isEmpty() ? get("suggest.nobody") : get("suggest.invites", String.join("; ", invites)));
        return get(suggestion.messageKey(), args.toArray());
    }

    /**
     * A person who has confirmed a meeting, as the coordinator who asked needs them: "Maija Meikäläinen (p009)"
     * where the contacts know the name ({@link #withContacts}), else as people are named.
     */
    public String attendee(PersonRef person) {
        String name = names.get(person.id());
        return name == null || name.equals(person.id()) ? text(person) : name + " (" + person.id() + ")";
    }

    /** A person to invite: name and organisation where known ({@code suggest.person}), else as people are named. */
    private String contact(PersonRef person) {
        String name = names.get(person.id());
        if (name == null || name.equals(person.id())) {
            return text(person);
        }
        String organisation = organisations.get(person.id());
        return organisation == null ? name : get("suggest.person", name, organisation);
    }

    /**
     * A finding's place as reports print it: {@code file:line}, or for a workbook row the file, the sheet and the
     * row in this language ("members.xlsx [jäsenet] rivi 12").
     */
    public String where(fi.perhekeskus.pkcheck.model.Location location) {
        if (location.sheet() != null) {
            return get("location.sheetRow", location.file(), location.sheet(), String.valueOf(location.row()));
        }
        return location.file() + ":" + location.line();
    }

    /** The one-line title of a rule. */
    public String title(String ruleId) {
        return get("title." + ruleId);
    }

    /** The grammatical case of each named argument of {@code key} ({@code <key>.cases=from:genitive}). */
    private Map<String, String> namedCasesOf(String key) {
        if (!bundle.containsKey(key + ".cases")) {
            return Map.of();
        }
        Map<String, String> byName = new java.util.HashMap<>();
        for (String item : bundle.getString(key + ".cases").split(",")) {
            String[] parts = item.trim().split(":");
            if (parts.length == 2) {
                byName.put(parts[0].trim(), parts[1].trim());
            }
        }
        return byName;
    }

    /**
     * The grammatical case each argument of {@code key} takes, where this language inflects the words it fills in:
     * {@code <key>.cases=0:genitive} in the bundle ("ei yhtään {0} edustajaa" needs "Kelan", not "Kela"). Most keys,
     * and every key in a language that does not inflect them, have none.
     */
    private String[] casesOf(String key) {
        return cases.computeIfAbsent(key, k -> {
            if (!bundle.containsKey(k + ".cases")) {
                return NO_CASES;
            }
            String[] byArg = new String[10];
            int count = 0;
            for (String item : bundle.getString(k + ".cases").split(",")) {
                String[] parts = item.trim().split(":");
                if (parts.length != 2 || !parts[0].trim().matches("\\d")) {
                    continue; // a named argument's case, for named()
                }
                int index = Integer.parseInt(parts[0].trim());
                byArg[index] = parts[1].trim();
                count = Math.max(count, index + 1);
            }
            return java.util.Arrays.copyOf(byArg, count);
        });
    }

    /**
     * An argument in a grammatical case ({@code genitive}, {@code partitive}): an organisation type, a tier or a role
     * as {@code orgType.<case>.<TYPE>}, {@code tier.<case>.<TIER>} or {@code role.<case>.<ROLE>} gives it, a list of
     * them each so; anything else, and a word without the form, as {@link #text(Object)} writes it.
     */
    String inflected(Object arg, String grammaticalCase) {
        String table = arg instanceof OrganisationType ? "orgType" : arg instanceof Tier ? "tier"
                : arg instanceof Role ? "role" : null;
        if (table != null) {
            String key = table + "." + grammaticalCase + "." + ((Enum<?>) arg).name();
            return has(key) ? get(key) : text(arg);
        }
        if (arg instanceof Collection<?> values) {
            return either(values, value -> inflected(value, grammaticalCase));
        }
        return text(arg);
    }

    /** {@code values} joined with this language's "or", each as {@code write} writes it. */
    private String either(Collection<?> values, Function<Object, String> write) {
        return values.stream().map(write).collect(Collectors.joining(" " + get("word.or") + " "));
    }

    /** An argument as text in this language. */
    public String text(Object arg) {
        if (arg instanceof OrganisationType type) {
            return get("orgType." + type.name());
        }
        if (arg instanceof Tier tier) {
            return get("tier." + tier.name());
        }
        if (arg instanceof Role role) {
            return get("role." + role.name());
        }
        if (arg instanceof Word word) {
            return get(word.key());
        }
        if (arg instanceof LocalDate date) {
            return date(date);
        }
        if (arg instanceof Double || arg instanceof Float) {
            return decimal(((Number) arg).doubleValue());
        }
        if (arg instanceof PersonRef person) {
            return personName.apply(person.id());
        }
        if (arg instanceof OrganisationRef organisation) {
            return organisation.label();
        }
        if (arg instanceof Collection<?> values) {
            return either(values, this::text);
        }
        return String.valueOf(arg);
    }
}
