package fi.perhekeskus.pkcheck.model;

/**
 * A column or a whole sheet of a workbook or CSV file that pkcheck did not read, named as the user wrote it: a
 * column it does not know ("Puhelin"), one that repeats another's field, or a sheet of the user's own
 * ("Muistiinpanot"). Reports list them, so that a coordinator sees what the check did not look at.
 *
 * @param file   the file, as locations name it
 * @param sheet  the sheet (for a CSV file, the sheet its name stands for)
 * @param column the column's header, or null for the whole sheet
 */
public record NotRead(String file, String sheet, String column) {
}
