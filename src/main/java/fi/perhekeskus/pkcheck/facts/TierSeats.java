package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Tier;
import java.util.List;
import java.util.Set;

/**
 * The people who hold a seat in some group of a tier on the check date (ROLE-002): one fact per tier with
 * seats, so that the rule asks it instead of keeping a memory of every seat of the network.
 *
 * <p>A class rather than a record: {@link FactBuilder} hands over its groups' entries, and the holders are worked
 * out from them when a rule first asks. Only the tiers a ROLE-002 requirement names are ever asked; at national
 * scale the local tier alone has six hundred thousand holders, whose table cost a quarter of building the facts.
 */
public final class TierSeats {

    private final Tier tier;
    /** The holders: given, or worked out from {@link #groups} on first use (then null no more). */
    private volatile Set<String> holders;
    /** The entries of the tier's groups, group by group, until the holders are worked out from them. */
    private List<List<Member>> groups;

    /** The seats of {@code holders} (copied) in {@code tier}. */
    public TierSeats(Tier tier, Set<String> holders) {
        this.tier = tier;
        this.holders = Set.copyOf(holders);
    }

    private TierSeats(Tier tier, List<List<Member>> groups) {
        this.tier = tier;
        this.groups = groups;
    }

    /**
     * The seat-holders of {@code groups} (the entries of each group of {@code tier}, in the data's order), worked out
     * when first asked: each entry that is a seat and names a person. The lists are kept as they are, not copied.
     */
    static TierSeats of(Tier tier, List<List<Member>> groups) {
        return new TierSeats(tier, groups);
    }

    /** Whether {@code entries} hold a seat of a person: a tier with such a group has a {@link TierSeats}. */
    static boolean anySeatHeld(List<Member> entries) {
        for (Member s : entries) {
            if (held(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean held(Member s) {
        return s.seat() && s.person() != null;
    }

    public Tier tier() {
        return tier;
    }

    /** The people, unmodifiable. */
    public Set<String> holders() {
        Set<String> known = holders;
        return known != null ? known : collect();
    }

    /** Works the holders out, once: a fact may be read by more than one session, even at once. */
    private synchronized Set<String> collect() {
        if (holders == null) {
            IdTable table = new IdTable();
            for (List<Member> entries : groups) {
                for (Member s : entries) {
                    if (held(s)) {
                        table.put(s.person());
                    }
                }
            }
            holders = table;
            groups = null;
        }
        return holders;
    }

    /** Whether {@code person} holds a seat in this tier. */
    public boolean holds(String person) {
        return holders().contains(person);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TierSeats other && tier == other.tier && holders().equals(other.holders());
    }

    @Override
    public int hashCode() {
        return tier.hashCode();
    }

    @Override
    public String toString() {
        return "TierSeats[" + tier + ", " + holders().size() + " holders]";
    }
}
