package fi.perhekeskus.pkcheck.cli;

/** The exit codes of cli-and-report.md; the help text lists them from here. */
public enum ExitCode {
    OK(0, "no finding at or above --fail-on"),
    FINDINGS(1, "at least one finding at or above --fail-on"),
    INPUT_ERROR(2, "the tool could not do its job: bad usage, a file that cannot be parsed, an unknown model, "
            + "a rule file that does not compile");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
