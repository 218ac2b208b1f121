package fi.perhekeskus.pkcheck.network;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of the measures (taken on {@link Hubs}) so that reports are byte-stable. */
final class Centrality {

    private Centrality() {
    }

    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
