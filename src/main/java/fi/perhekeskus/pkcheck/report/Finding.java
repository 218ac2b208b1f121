package fi.perhekeskus.pkcheck.report;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.RuleFamilies;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One gap found: which rule, how serious, about what, and where. The message is a bundle key with
 * arguments, rendered in the reader's language only when a report is written.
 *
 * @param group the group the finding belongs to, for grouping reports; null outside any group
 * @param tier  the tier of that group, which decides the model's severity; null outside any tier
 */
public record Finding(String rule, Severity severity, Subject subject, String messageKey, List<Object> args,
                      Location location, SortedMap<String, Object> details, String group, Tier tier) {

    /** What {@link #AFTER_SEVERITY} compares after rule and subject, so that equal-looking findings never tie. */
    private static final Comparator<Finding> AFTER_SUBJECT = Comparator
            .comparing(Finding::location, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(f -> f.details().toString())
            .thenComparing(Finding::messageKey)
            .thenComparing(f -> f.args().toString());

    /**
     * {@link #ORDER} after severity: rule, subject, then the rest so that equal-looking findings never tie. Rule and
     * subject are compared by hand: they tell nearly every pair apart, and settling a national check's findings
     * compares them millions of times, where a chain of key extractors cost several calls each.
     */
    public static final Comparator<Finding> AFTER_SEVERITY = (a, b) -> {
        int byRule = a.rule.compareTo(b.rule);
        if (byRule != 0) {
            return byRule;
        }
        int bySubject = a.subject.compareTo(b.subject);
        return bySubject != 0 ? bySubject : AFTER_SUBJECT.compare(a, b);
    };

    /** The report order: severity, rule, subject, then the rest so that equal-looking findings never tie. */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int bySeverity = a.severity.compareTo(b.severity);
        return bySeverity != 0 ? bySeverity : AFTER_SEVERITY.compare(a, b);
    };

    /**
     * Sorts {@code findings} in {@link #ORDER}, as {@code findings.sort(ORDER)} would. A hundred thousand
     * findings spread over a heap of gigabytes cost a cache miss or more per comparison, reading each
     * finding's severity, rule and subject; so they are first ranked by severity, rule and subject type in one
     * number, next to a fresh copy of the subject's id, and only findings equal on all of these are compared
     * as findings.
     */
    public static void sort(List<Finding> findings) {
        // A report is made of findings Settlement has sorted, and made again with its waivers and its baseline.
        if (inOrder(findings)) {
            return;
        }
        Map<String, Integer> rules = ranks(findings, Finding::rule);
        Map<String, Integer> types = ranks(findings, f -> f.subject().type());
        Ranked[] ranked = new Ranked[findings.size()];
        int i = 0;
        for (Finding f : findings) {
            long rank = ((long) f.severity().ordinal() * rules.size() + rules.get(f.rule())) * types.size()
                    + types.get(f.subject().type());
            ranked[i++] = new Ranked(rank, new String(f.subject().id().toCharArray()), f);
        }
        Arrays.sort(ranked);
        ListIterator<Finding> it = findings.listIterator();
        for (Ranked r : ranked) {
            it.next();
            it.set(r.finding);
        }
    }

    /** Whether {@code findings} are in {@link #ORDER} already. */
    static boolean inOrder(List<Finding> findings) {
        Finding previous = null;
        for (Finding f : findings) {
            if (previous != null && ORDER.compare(previous, f) > 0) {
                return false;
            }
            previous = f;
        }
        return true;
    }

    /** Each distinct value of {@code key} among {@code findings}, by its place in sorted order. */
    private static Map<String, Integer> ranks(List<Finding> findings, Function<Finding, String> key) {
        List<String> values = findings.stream().map(key).distinct().sorted().toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ranks.put(values.get(i), i);
        }
        return ranks;
    }

    /** A finding with what {@link #sort} compares it by first. */
    private record Ranked(long rank, String id, Finding finding) implements Comparable<Ranked> {

        @Override
        public int compareTo(Ranked other) {
            int byRank = Long.compare(rank, other.rank);
            if (byRank != 0) {
                return byRank;
            }
            int byId = id.compareTo(other.id);
            return byId != 0 ? byId : ORDER.compare(finding, other.finding);
        }
    }

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(subject, "subject");
        args = List.copyOf(args);
        details = new TreeMap<>(details);
    }

    /**
     * A hash of what tells findings apart in practice (rule, subject, message key, location), consistent with
     * {@link #equals}: the record's own hash would also walk the arguments and every detail, for each of the
     * hundred thousand findings a national check collects into a set.
     */
    @Override
    public int hashCode() {
        return ((rule.hashCode() * 31 + subject.hashCode()) * 31 + Objects.hashCode(messageKey)) * 31
                + Objects.hashCode(location);
    }

    /** This finding at another severity (the model's choice for its tier). */
    public Finding withSeverity(Severity other) {
        return new Finding(rule, other, subject, messageKey, args, location, details, group, tier);
    }

    /** The rule family: the part of the id before the dash ("REP" of "REP-002"). */
    public String family() {
        return RuleFamilies.of(rule);
    }

    public static Builder builder(String rule, Severity severity) {
        return new Builder(rule, severity);
    }

    /** Builds a finding step by step; what DRL consequences use. */
    public static final class Builder {

        private final String rule;
        private final Severity severity;
        private Subject subject;
        private String messageKey;
        private final List<Object> args = new ArrayList<>();
        private Location location;
        private final SortedMap<String, Object> details = new TreeMap<>();
        private String group;
        private Tier tier;

        private Builder(String rule, Severity severity) {
            this.rule = rule;
            this.severity = severity;
            this.messageKey = rule;
        }

        public Builder subject(String type, String id) {
            this.subject = new Subject(type, id == null ? "" : id);
            return this;
        }

        /** A message variant: the key {@code <rule>.<variant>}. */
        public Builder variant(String variant) {
            this.messageKey = rule + "." + variant;
            return this;
        }

        public Builder key(String key) {
            this.messageKey = key;
            return this;
        }

        public Builder args(Object... values) {
            for (Object value : values) {
                args.add(value == null ? "" : value);
            }
            return this;
        }

        public Builder args(List<?> values) {
            return args(values.toArray());
        }

        public Builder at(Location where) {
            this.location = where;
            return this;
        }

        public Builder detail(String key, Object value) {
            if (value != null) {
                details.put(key, value);
            }
            return this;
        }

        public Builder details(Map<String, Object> values) {
            values.forEach(this::detail);
            return this;
        }

        /** The group the finding belongs to, and its tier. */
        public Builder in(String groupId, Tier groupTier) {
            this.group = groupId;
            this.tier = groupTier;
            return this;
        }

        public Finding build() {
            if (subject == null) {
                throw new IllegalStateException("finding of " + rule + " has no subject");
            }
            return new Finding(rule, severity, subject, messageKey, args, location, details, group, tier);
        }
    }
}
