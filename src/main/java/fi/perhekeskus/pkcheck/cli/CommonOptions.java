package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.render.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every checking command shares (cli-and-report.md). */
public final class CommonOptions {

    @Option(names = "--model", paramLabel = "${bundle:label.model:-ID|FILE}",
            description = "Governance model: a built-in id (pirkanmaa, kanta-hame, pohjois-karjala) or a model "
                    + "file. Overrides the dataset's 'model:'.")
    String model;

    @Option(names = "--rules", paramLabel = "${bundle:label.dir:-DIR}",
            description = "Extra DRL rules to load beside the built-in ones (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--date", paramLabel = "${bundle:label.date:-YYYY-MM-DD}",
            description = "The check date for terms, as 2024-03-01 or 1.3.2024 (default: today).")
    LocalDate date;

    @Option(names = "--format", paramLabel = "${bundle:label.format:-FMT}", defaultValue = "text", converter = FormatName.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Formats.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "${bundle:label.file:-FILE}", converter = OutputOption.class,
            description = "Write the report to FILE instead of standard output (-: standard output).")
    Path output;

    @Option(names = "--force", description = "Let -o replace an existing file that is not a report of this format.")
    boolean force;

    @Option(names = "--fail-on", paramLabel = "${bundle:label.severity:-SEV}", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--lang", paramLabel = "${bundle:label.lang:-LANG}",
            description = "Language of messages: ${COMPLETION-CANDIDATES} (default: from LC_ALL, LC_MESSAGES or "
                    + "LANG, else en).")
    Language lang;

    @Option(names = "--waivers", paramLabel = "${bundle:label.file:-FILE}",
            description = "Accepted exceptions: waived findings stay in the report, marked, and do not count "
                    + "towards --fail-on.")
    Path waivers;

    @Option(names = "--baseline", paramLabel = "${bundle:label.baseline:-OLD.json}",
            description = "An earlier JSON report: only findings not in it count towards --fail-on; the report "
                    + "says what is new, fixed and remaining.")
    Path baseline;

    @Option(names = "--names", description = "Show people's names beside their ids (names are personal data).")
    boolean names;

    @Option(names = "--pseudonymise",
            description = "Replace people's ids with stable pseudonyms in every output, so the report can be "
                    + "published. Set PKCHECK_PSEUDONYM_KEY to a secret to make them unguessable.")
    boolean pseudonymise;

    @Option(names = "--max-file-size", paramLabel = "${bundle:label.size:-SIZE}",
            description = "The largest input file read, e.g. 512M or 2G (default: PKCHECK_MAX_FILE_SIZE, else 512M).")
    String maxFileSize;

    @Option(names = "--max-findings-per-rule", paramLabel = "${bundle:label.count:-N}", defaultValue = "1000",
            description = "List at most N findings of one rule, and one summary finding for the rest "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    int maxFindingsPerRule;

    @Option(names = "--max-firings", paramLabel = "${bundle:label.count:-N}", defaultValue = "10000000",
            description = "Stop a rule that fires more than N times in one check, naming it: a user rule that "
                    + "loops (default: ${DEFAULT-VALUE}).")
    long maxFirings;

    @Option(names = {"-q", "--quiet"},
            description = "Show no progress on standard error, even on a terminal (a long run shows its phases there).")
    boolean quiet;

    @Option(names = {"-v", "--verbose", "--debug"}, description = "Log to standard error, with stack traces.")
    boolean verbose;

    /** The completion candidates of --format. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(fi.perhekeskus.pkcheck.render.Renderers.formats());
        }
    }
}
