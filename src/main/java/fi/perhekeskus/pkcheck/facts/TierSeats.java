package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Tier;
import java.util.Set;

/**
 * The people who hold a seat in some group of a tier on the check date (ROLE-002): one fact per tier with
 * seats, so that the rule asks it instead of keeping a memory of every seat of the network.
 */
public record TierSeats(Tier tier, Set<String> holders) {

    public TierSeats {
        holders = Set.copyOf(holders);
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
