package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Limits;
import java.time.LocalDate;

/** The one fact that says when and under which limits the check runs. */
public record CheckContext(LocalDate checkDate, Limits limits, String regionId, String regionName,
                           boolean everyMunicipalityInArea) {

    /** Days from the check date to {@code date}. */
    public long daysUntil(LocalDate date) {
        return date.toEpochDay() - checkDate.toEpochDay();
    }
}
