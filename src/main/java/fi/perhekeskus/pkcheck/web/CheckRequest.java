package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.MeetingRequest;
import fi.perhekeskus.pkcheck.load.DateText;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Renderers;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The form fields of a check (web.md): a built-in model id or none (the data's own), the check date or none
 * (today), the language and the report format; for the pre-meeting check, which meeting.
 */
record CheckRequest(String model, LocalDate date, Language lang, String format, MeetingRequest meeting) {

    /**
     * Reads the fields as given (null where absent).
     *
     * @throws WebError 400 for an unknown model, language or format, a bad date, or a meeting asked for
     *                  both ways or neither way
     */
    static CheckRequest of(String model, String date, String lang, Language fallback, String format) {
        return new CheckRequest(model(model), date(date), lang(lang, fallback), format(format), null);
    }

    /**
     * This request with an uploaded model file (its path in the upload's memory) as the model.
     *
     * @throws WebError 400 when a built-in model was asked for too
     */
    CheckRequest withModelFile(String path) {
        if (model != null) {
            throw WebError.keyed(400, "modelBoth");
        }
        return new CheckRequest(path, date, lang, format, meeting);
    }

    /** This request for the meeting named, or given by its group and attendees. */
    CheckRequest meeting(String meetingId, String group, String attendees) {
        String id = blank(meetingId) ? null : meetingId.trim();
        String groupId = blank(group) ? null : group.trim();
        if ((id == null) == (groupId == null)) {
            throw WebError.keyed(400, "meetingEither");
        }
        if (id != null && !blank(attendees)) {
            throw WebError.keyed(400, "meetingAttendees");
        }
        MeetingRequest request = id != null ? MeetingRequest.of(id) : MeetingRequest.adHoc(groupId,
                blank(attendees) ? List.of() : Arrays.stream(attendees.split(",")).map(String::trim)
                        .filter(a -> !a.isEmpty()).toList(), date);
        return new CheckRequest(model, date, lang, format, request);
    }

    private static String model(String model) {
        if (blank(model)) {
            return null;
        }
        if (!ModelLoader.BUILT_IN.contains(model.trim())) {
            throw WebError.keyed(400, "unknownModel", WebError.oneLine(shorten(model)),
                    String.join(", ", ModelLoader.BUILT_IN));
        }
        return model.trim();
    }

    private static LocalDate date(String date) {
        if (blank(date)) {
            return null;
        }
        // As the command line's --date: 2024-03-01 or 1.3.2024.
        LocalDate day = DateText.parse(date);
        if (day == null) {
            throw WebError.keyed(400, "badDate", WebError.oneLine(shorten(date)));
        }
        return day;
    }

    private static Language lang(String lang, Language fallback) {
        if (blank(lang)) {
            return fallback;
        }
        try {
            return Language.valueOf(lang.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WebError.keyed(400, "badLang", WebError.oneLine(shorten(lang)));
        }
    }

    private static String format(String format) {
        if (blank(format)) {
            return "json";
        }
        String name = format.trim().toLowerCase(Locale.ROOT);
        if (Renderers.byName(name).isEmpty()) {
            throw unknownFormat(format);
        }
        return name;
    }

    /** A 400 for a report format there is none of, naming those there are. */
    static WebError unknownFormat(String format) {
        return WebError.keyed(400, "badFormat", WebError.oneLine(shorten(format)), String.join(", ", Renderers.names()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
