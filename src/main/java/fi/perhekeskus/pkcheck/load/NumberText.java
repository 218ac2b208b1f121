package fi.perhekeskus.pkcheck.load;

import java.math.BigDecimal;

/** A spreadsheet number as the data format writes it: whole numbers without ".0", others as plain decimals. */
final class NumberText {

    private NumberText() {
    }

    /** Spreadsheets store every number as a double; 20.0 is "20", 0.5 is "0.5". */
    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
