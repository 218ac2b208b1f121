package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.cli.Pipeline;
import fi.perhekeskus.pkcheck.model.Dataset;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.Meeting;
import fi.perhekeskus.pkcheck.model.Membership;
import fi.perhekeskus.pkcheck.model.Organisation;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.render.Messages;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.MeetingInfo;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import com.ibm.icu.text.Collator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The pre-meeting check as a form, in two steps without anything kept in between: the upload, answered with
 * the data's meetings, groups and members to choose from (the files ride along in the form, encoded, so the
 * second post carries them again); then the answer: quorate or not, what is missing, whom to invite, by name,
 * organisation and whose deputy they are.
 */
final class MeetingPages {

    private final ServeOptions options;
    private final Uploads uploads;
    private final CheckService checks;
    private final Clock clock;

    MeetingPages(ServeOptions options, Uploads uploads, CheckService checks, Clock clock) {
        this.options = options;
        this.uploads = uploads;
        this.checks = checks;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.get("/meeting", ctx -> PageView.send(ctx, 200, "meeting",
                PageView.model(Pages.text(ctx, options), "/meeting", "meeting.title")));
        routes.post("/meeting", this::post);
    }

    private void post(Context ctx) {
        WebText text = Pages.formText(ctx, options);
        try (InMemoryUpload upload = uploads.read(ctx)) {
            for (String carried : Uploads.fields(ctx, "carried")) {
                int newline = carried.indexOf('\n');
                if (newline < 0) {
                    throw WebError.keyed(400, "carriedDamaged");
                }
                byte[] bytes;
                try {
                    bytes = Base64.getMimeDecoder().decode(carried.substring(newline + 1));
                } catch (IllegalArgumentException e) {
                    throw WebError.keyed(400, "carriedDamaged");
                }
                upload.add(carried.substring(0, newline), new ByteArrayInputStream(bytes));
            }
            String meetingId = Uploads.field(ctx, "meeting");
            String group = Uploads.field(ctx, "group");
            if (blank(meetingId) && blank(group)) {
                pick(ctx, text, upload);
                return;
            }
            String attendees = blank(group) ? null : String.join(",", Uploads.fields(ctx, "attendee." + group.trim()));
            CheckRequest request = ApiRoutes.request(ctx, options, upload).meeting(meetingId, group, attendees);
            Pipeline.Result result = checks.meeting(upload, request);
            answer(ctx, text, result, checks.load(upload));
        }
    }

    /**
     * How a meeting is offered: "group name, date (id)"; a meeting the data gives no group or no date leaves
     * that part out, and one with neither is its id.
     */
    static String meetingLabel(Meeting m, Map<String, String> groupNames,
                               Messages words) {
        List<String> parts = new ArrayList<>();
        if (m.group() != null) {
            parts.add(groupNames.getOrDefault(m.group(), m.group()));
        }
        if (m.date() != null) {
            parts.add(words.date(m.date()));
        }
        return parts.isEmpty() ? m.id() : String.join(", ", parts) + " (" + m.id() + ")";
    }

    /**
     * The groups as a coordinator looks for theirs: the top tier first, then by name in the order of the reader's
     * language (Ä and Ö after Z in Finnish); a group without a tier or name last, by id.
     */
    static List<Group> byTierAndName(List<Group> groups, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        List<Group> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.<Group, Integer>comparing(g -> g.tier() == null ? Integer.MAX_VALUE
                        : g.tier().ordinal())
                .thenComparing(g -> g.name() == null ? "\uFFFF" + g.id() : g.name(), collator::compare)
                .thenComparing(g -> String.valueOf(g.id())));
        return sorted;
    }

    /** The second step: the data's meetings, groups and members to choose from. */
    private void pick(Context ctx, WebText text, InMemoryUpload upload) {
        Dataset data = checks.load(upload);
        Map<String, String> names = new HashMap<>();
        data.people().forEach(p -> names.put(p.id(), p.name() == null ? p.id() : p.name()));
        Map<String, Object> model = PageView.model(text, "/meeting", "meeting.pick");
        List<Map<String, Object>> meetings = new ArrayList<>();
        Messages words = new Messages(text.lang());
        Map<String, String> groupNames = groupNames(data);
        for (Meeting m : data.meetings()) {
            meetings.add(Map.of("id", m.id(), "label", meetingLabel(m, groupNames, words)));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Group g : byTierAndName(data.groups(), text.lang().locale())) {
            List<Map<String, Object>> members = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Membership seat : g.members()) {
                for (String person : new String[] {seat.person(), seat.deputy()}) {
                    if (person != null && seen.add(person)) {
                        members.add(Map.of("group", g.id(), "id", person,
                                "name", names.getOrDefault(person, person),
                                "detail", person.equals(seat.deputy()) ? "(" + person + ", "
                                        + text.get("meeting.deputyOf").toLowerCase(text.lang().locale()) + " "
                                        + names.getOrDefault(seat.person(), seat.person()) + ")" : "(" + person + ")"));
                    }
                }
            }
            groups.add(Map.of("id", g.id(), "label", g.name() == null ? g.id() : g.name() + " (" + g.id() + ")",
                    "members", members));
        }
        List<Map<String, Object>> carried = new ArrayList<>();
        upload.originals().forEach((name, bytes) -> carried.add(Map.of("value",
                name + "\n" + Base64.getEncoder().encodeToString(bytes))));
        model.put("meetings", meetings);
        model.put("groups", groups);
        model.put("carried", carried);
        model.put("today", LocalDate.now(clock).toString());
        PageView.send(ctx, 200, "meeting-pick", model);
    }

    /** The answer: quorate or not, the gaps, whom to invite. */
    private static void answer(Context ctx, WebText text, Pipeline.Result result, Dataset data) {
        Report report = result.report();
        Function<String, String> naming = id -> result.names().getOrDefault(id, id).equals(id) ? id
                : result.names().get(id) + " (" + id + ")";
        Messages messages = new Messages(text.lang(), naming);
        Map<String, Object> model = PageView.model(text, "/meeting", "meeting.title");
        List<Map<String, Object>> gaps = new ArrayList<>();
        List<Map<String, Object>> findings = new ArrayList<>();
        boolean quorate = true;
        for (Finding f : report.findings()) {
            Map<String, Object> item = Map.of("cls", f.severity().name(), "text", messages.message(f));
            if (f.rule().startsWith("MEET-")) {
                gaps.add(item);
                quorate &= !f.rule().equals("MEET-001");
            } else {
                findings.add(item);
            }
        }
        model.put("quorum", text.get(quorate ? "meeting.quorate" : "meeting.notQuorate"));
        model.put("verdictClass", !quorate ? "bad" : gaps.isEmpty() ? "good" : "warn");
        model.put("heading", heading(text, report.meeting(), data));
        model.put("gaps", gaps);
        model.put("findings", findings);
        model.put("hasFindings", !findings.isEmpty());
        Map<String, String> organisationOf = organisations(data);
        List<Map<String, Object>> suggestions = new ArrayList<>();
        for (Suggestion s : report.suggestions()) {
            List<Map<String, Object>> invites = new ArrayList<>();
            for (Suggestion.Invite invite : s.invites()) {
                invites.add(row(invite.member(), null, result.names(), organisationOf));
                if (invite.deputy() != null) {
                    invites.add(row(invite.deputy(), invite.member(), result.names(), organisationOf));
                }
            }
            suggestions.add(Map.of("text", messages.suggestion(s), "invites", invites));
        }
        model.put("suggestions", suggestions);
        model.put("hasInvites", !suggestions.isEmpty());
        Pages.notRead(model, report, messages);
        PageView.send(ctx, 200, "meeting-result", model);
    }

    private static Map<String, Object> row(PersonRef person, PersonRef deputyOf, Map<String, String> names,
                                           Map<String, String> organisationOf) {
        return Map.of("name", names.getOrDefault(person.id(), person.id()) + " (" + person.id() + ")",
                "organisation", organisationOf.getOrDefault(person.id(), ""),
                "deputy", deputyOf == null ? "" : names.getOrDefault(deputyOf.id(), deputyOf.id()));
    }

    /** Each person's organisation by name. */
    private static Map<String, String> organisations(Dataset data) {
        Map<String, String> orgNames = new HashMap<>();
        for (Organisation o : data.organisations()) {
            orgNames.put(o.id(), o.name() == null ? o.id() : o.name());
        }
        Map<String, String> of = new HashMap<>();
        for (Person p : data.people()) {
            if (p.organisation() != null) {
                of.put(p.id(), orgNames.getOrDefault(p.organisation(), p.organisation()));
            }
        }
        return of;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the answer is about: the group by name and the date ("Nokian perhekeskusverkoston ohjausryhmä: kokous
     * 1.3.2024"), and the meeting's id where it is the data's (an ad hoc check's is made up: not shown).
     */
    private static String heading(WebText text, MeetingInfo meeting, Dataset data) {
        String group = groupNames(data).getOrDefault(meeting.group(), meeting.group());
        String heading = text.get("meeting.result", group,
                new Messages(text.lang()).date(meeting.date()));
        return meeting.adHoc() ? heading : heading + " (" + meeting.id() + ")";
    }

    /** Each group's name by its id, or its id where it has none. */
    private static Map<String, String> groupNames(Dataset data) {
        Map<String, String> names = new HashMap<>();
        data.groups().forEach(g -> names.put(g.id(), g.name() == null || g.name().isBlank() ? g.id() : g.name()));
        return names;
    }

}
