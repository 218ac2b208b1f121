package fi.perhekeskus.pkcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Replaces people's ids with stable pseudonyms throughout a report, so that it can be published (the
 * network-map pilot published its map anonymised). A pseudonym is derived from the id and a key: the
 * same person gets the same pseudonym in every run with the same key, and nobody can read the id back
 * without the key. Without a key the derivation is public, which hides ids from a casual reader only.
 */
public final class Pseudonymiser {

    /** The message variant that names the id of a name typed where an id belongs. */
    private static final String NAME = ".name";

    private final Set<String> people;
    private final String key;

    /**
     * @param people the ids of every person the data defines or refers to: a bare text equal to one of these is
     *               replaced; a person reference, a person's subject and a membership's person always are
     * @param key    a secret that makes pseudonyms unguessable; may be empty
     */
    public Pseudonymiser(Set<String> people, String key) {
        this.people = Set.copyOf(people);
        this.key = key == null ? "" : key;
    }

    /** The pseudonym of a person id, e.g. {@code H-3f9a2c1b}. */
    public String pseudonym(String id) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(id.getBytes(StandardCharsets.UTF_8));
            return "H-" + HexFormat.of().formatHex(digest.digest(), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The report with every person id replaced, in subjects, message arguments and details. */
    public Report apply(Report report) {
        List<Finding> findings = new ArrayList<>();
        Map<Finding, Waiver> waivers = new java.util.HashMap<>();
        for (Finding f : report.findings()) {
            // A person's name typed where their id belongs is itself personal: the report says only that the
            // reference is missing, under the pseudonym of what was typed, not whose name it is.
            boolean name = typedName(f);
            String messageKey = name ? f.messageKey().substring(0, f.messageKey().length() - NAME.length())
                    : f.messageKey();
            List<Object> args = name ? f.args().subList(0, 2) : f.args();
            SortedMap<String, Object> details = details(f.details());
            if (name) {
                details.remove("idOfName");
            }
            Finding renamed = new Finding(f.rule(), f.severity(), subject(f.subject()), messageKey,
                    args.stream().map(this::value).toList(), f.location(), details, f.group(),
                    f.tier());
            findings.add(renamed);
            report.waiver(f).ifPresent(w -> waivers.put(renamed, w));
        }
        Map<String, Report.GroupInfo> groups = new java.util.HashMap<>();
        report.groups().forEach((id, g) -> groups.put(id, new Report.GroupInfo(g.id(), g.name(), g.tier(), g.area(),
                g.municipalities(), g.chairs().stream().map(this::person).toList(),
                g.viceChairs().stream().map(this::person).toList(), g.representedTypes(),
                g.representedMunicipalities(), g.seats())));
        Report result = report.withFindings(findings, waivers).withGroups(groups);
        if (report.meeting() != null) {
            MeetingInfo meeting = new MeetingInfo(report.meeting().id(), report.meeting().group(),
                    report.meeting().date(), report.meeting().attendees().stream().map(this::person).toList());
            List<Suggestion> suggestions = report.suggestions().stream().map(s -> new Suggestion(s.rule(),
                    s.messageKey(), s.args().stream().map(this::value).toList(), s.needed(),
                    s.invites().stream().map(i -> new Suggestion.Invite(person(i.member()),
                            i.deputy() == null ? null : person(i.deputy()))).toList())).toList();
            result = result.withMeeting(meeting, suggestions);
        }
        return result;
    }

    /**
     * Whether {@code f} says that a person's name was typed where their id belongs (DATA-002 and MEET-005 in their
     * {@code .name} variants, whose first two arguments are those of the plain message).
     */
    private static boolean typedName(Finding f) {
        return f.messageKey().endsWith(NAME) && f.args().size() > 2
                && ("MEET-005".equals(f.rule()) || "person".equals(f.details().get("kind")));
    }

    private PersonRef person(PersonRef ref) {
        return (PersonRef) value(ref);
    }

    private Subject subject(Subject subject) {
        if ("person".equals(subject.type()) && subject.id() != null) {
            return new Subject(subject.type(), pseudonym(subject.id()));
        }
        if ("membership".equals(subject.type())) {
            int slash = subject.id().lastIndexOf('/');
            String person = subject.id().substring(slash + 1);
            // A membership without its person ("g1/?"; "g1/null" in reports of earlier versions) names nobody.
            if (slash >= 0 && !person.isEmpty() && !"null".equals(person)
                    && !fi.perhekeskus.pkcheck.model.Membership.UNKNOWN.equals(person)) {
                return new Subject(subject.type(), subject.id().substring(0, slash + 1) + pseudonym(person));
            }
        }
        return subject;
    }

    private SortedMap<String, Object> details(Map<String, Object> details) {
        SortedMap<String, Object> result = new TreeMap<>();
        // A "person" detail is a person's id by definition, even one the data does not know (a meeting's attendee
        // typed on the command line).
        details.forEach((k, v) -> result.put(k, "person".equals(k) && v instanceof String id ? pseudonym(id)
                : value(v)));
        return result;
    }

    private Object value(Object value) {
        if (value instanceof PersonRef ref) {
            // A reference is a person's by definition, whether the data defines the person or not.
            return new PersonRef(ref.id() == null ? null : pseudonym(ref.id()));
        }
        if (value instanceof String text && people.contains(text)) {
            return pseudonym(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::value).toList();
        }
        return value;
    }
}
