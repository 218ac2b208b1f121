package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Tier;
import java.util.Set;

/**
 * The people who hold a seat in some group of a tier on the check date (ROLE-002): one fact per tier with
 * seats, so that the rule asks it instead of keeping a memory of every seat of the network.
 *
 * <p>A class rather than a record so that {@link FactBuilder} can hand over the set it filled instead of having it
 * copied: some six hundred thousand people at national scale.
 */
public final class TierSeats {

    private final Tier tier;
    private final Set<String> holders;

    /** The seats of {@code holders} (copied) in {@code tier}. */
    public TierSeats(Tier tier, Set<String> holders) {
        this(tier, Set.copyOf(holders), true);
    }

    private TierSeats(Tier tier, Set<String> holders, boolean owned) {
        this.tier = tier;
        this.holders = holders;
    }

    /** The seats of {@code holders} in {@code tier}, keeping the table itself: it is read-only as a set. */
    static TierSeats owning(Tier tier, IdTable holders) {
        return new TierSeats(tier, holders, true);
    }

    public Tier tier() {
        return tier;
    }

    /** The people, unmodifiable. */
    public Set<String> holders() {
        return holders;
    }

    /** Whether {@code person} holds a seat in this tier. */
    public boolean holds(String person) {
        return holders.contains(person);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TierSeats other && tier == other.tier && holders.equals(other.holders);
    }

    @Override
    public int hashCode() {
        return tier.hashCode();
    }

    @Override
    public String toString() {
        return "TierSeats[" + tier + ", " + holders.size() + " holders]";
    }
}
