package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Waiver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports whose every user-derived text is hostile: markup, table and CSV separators, formula starts,
 * control characters, very long names and Finnish letters, for the injection tests of the formats.
 */
final class HostileReports {

    /** The hostile values; each becomes a group, a subject, a file, a message and a waiver reason. */
    static final List<String> VALUES = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "a | b || c",
            "back\\slash \\| pipe",
            "\"quoted\" and 'single'",
            "line one\nline two\r\nline three\rend",
            "=cmd|' /C calc'!A0",
            "+1",
            "-1",
            "@SUM(1)",
            "\t=tab first",
            "\r=cr first",
            "＝1+1",
            "semi;colon,comma",
            "*bold* _under_ `code` ``` [x](y) ![i](j) ~~s~~ $x$",
            "# heading",
            "- list item",
            "1. numbered",
            "@octo-org/everyone please look",
            "control \u0000 \u0007 \u001b[31m red \u007f \u0085 \u2028 end",
            "bidi \u202Eevil\u202C text",
            "&lt;script&gt; &amp; entity",
            "</details></summary><script>x</script>",
            "Ääkkönen, Åsa Öberg ja Pyhäjärven seurakunta",
            "x".repeat(100_000),
            "😀 emoji and 𝔘 surrogates " + "ö".repeat(600));

    private HostileReports() {
    }

    /** One finding per hostile value, each naming it everywhere it can, with every other one waived. */
    static Report report() {
        List<Finding> findings = new ArrayList<>();
        Map<String, Report.GroupInfo> groups = new HashMap<>();
        Map<Finding, Waiver> waivers = new HashMap<>();
        for (int i = 0; i < VALUES.size(); i++) {
            String value = VALUES.get(i);
            String group = "g" + i + value;
            groups.put(group, new Report.GroupInfo(group, value, i % 2 == 0 ? "REGIONAL" : "LOCAL"));
            // NET-001's message starts with its first argument, so a formula start reaches the cell's start.
            Finding f = Finding.builder("NET-001", i % 3 == 0 ? Severity.ERROR : Severity.WARNING)
                    .subject(i % 2 == 0 ? "group" : "person", value)
                    .args(value, 5, 4)
                    .at(new Location(value, i + 1, 1))
                    .in(group, i % 2 == 0 ? Tier.REGIONAL : Tier.LOCAL)
                    .build();
            findings.add(f);
            if (i % 2 == 1) {
                waivers.put(f, new Waiver("NET-001", f.subject().type(), value, value, LocalDate.of(2024, 12, 31),
                        null));
            }
        }
        return new Report("pirkanmaa", "<b>Malli</b>", "pirkanmaa", "Pirkanmaa <script>alert(2)</script> | x",
                LocalDate.of(2024, 3, 1), List.of("data/<script>.yaml", "a|b"), findings, groups,
                List.of("PROVINCIAL", "REGIONAL", "LOCAL"), List.of()).withWaivers(waivers);
    }
}
