package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Term;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.util.Collection;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The message bundles of one language ({@code pkcheck/messages/messages_<lang>.properties}), and the
 * late rendering of a finding's key and arguments into text. Enum arguments (organisation types, tiers,
 * roles) are translated; people are shown as the {@code personName} function says.
 */
public final class Messages {

    /** The bundle base name. */
    public static final String BUNDLE = "pkcheck.messages.messages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private final Language language;
    private final ResourceBundle bundle;
    private final Function<String, String> personName;
    /** Keys the built-in bundles lack: the messages of user rule packages (null: no such key). */
    private final Function<String, String> extra;

    public Messages(Language language, Function<String, String> personName) {
        this(language, personName, key -> null);
    }

    /** Messages that look up keys the built-in bundles lack in {@code extra} (a user rule package's messages). */
    public Messages(Language language, Function<String, String> personName, Function<String, String> extra) {
        this.language = language;
        this.bundle = bundle(language);
        this.personName = personName;
        this.extra = extra;
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

    /** The text of {@code key} with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            String own = extra.apply(key);
            pattern = own != null ? own : key;
        }
        return fill(pattern, List.of(args));
    }

    /** The finding's message in this language. */
    public String message(Finding finding) {
        return get(finding.messageKey(), finding.args().toArray());
    }

    /**
     * A suggestion in this language: the gap, then whom to invite ("p031 or their deputy p032, p040"),
     * which fills the last placeholder.
     */
    public String suggestion(Suggestion suggestion) {
        List<String> invites = suggestion.invites().stream()
                .map(i -> i.deputy() == null ? text(i.member()) : get("suggest.invite", i.member(), i.deputy()))
                .toList();
        List<Object> args = new java.util.ArrayList<>(suggestion.args());
        args.add(invites.isEmpty() ? get("suggest.nobody") : String.join(", ", invites));
        return get(suggestion.messageKey(), args.toArray());
    }

    /**
     * A finding's place as reports print it: {@code file:line}, or for a workbook row the file, the sheet and the
     * row in this language ("members.xlsx [jäsenet] rivi 12").
     */
    public String where(fi.perhekeskus.pkcheck.model.Location location) {
        if (location.sheet() != null) {
            return get("location.sheetRow", location.file(), location.sheet(), location.row());
        }
        return location.file() + ":" + location.line();
    }

    /** The one-line title of a rule. */
    public String title(String ruleId) {
        return get("title." + ruleId);
    }

    private String fill(String pattern, List<Object> args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String value = index < args.size() ? text(args.get(index)) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
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
        if (arg instanceof Term term) {
            return get(term.key());
        }
        if (arg instanceof PersonRef person) {
            return personName.apply(person.id());
        }
        if (arg instanceof Collection<?> values) {
            return values.stream().map(this::text).collect(Collectors.joining(" " + get("word.or") + " "));
        }
        return String.valueOf(arg);
    }
}
