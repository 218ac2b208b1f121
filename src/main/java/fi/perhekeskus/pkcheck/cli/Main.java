package fi.perhekeskus.pkcheck.cli;

import ch.qos.logback.classic.Level;
import fi.perhekeskus.pkcheck.engine.Checker;
import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOP_FallbackServiceProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pkcheck} command line: {@code main} only exits with what {@link #run} returns. The subcommands
 * are in {@link #COMMANDS}; see {@link #commandLine}.
 */
@Command(name = "pkcheck", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks a family-centre network's groups against its region's governance model.")
public final class Main implements Runnable {

    /** ICU's switch for its walk of the class path in search of locales (ICUConfig). */
    static final String ICU_LOCALE_SCAN = "com.ibm.icu.impl.ICUResourceBundle.skipRuntimeLocaleResourceScan";

    private static final Set<String> VERBOSE = Set.of("-v", "--verbose", "--debug");

    /** Every subcommand by name, in the order the help lists them (then {@code help}). */
    private static final Map<String, Class<?>> COMMANDS = commands();

    /** The commands that check data with the built-in rules, and whether theirs is the pre-meeting check. */
    private static final Map<String, Boolean> CHECKING = Map.of("check", false, "validate", false, "meeting", true);

    /** The tool's version, as the JSON report names it. */
    public static final String VERSION = "0.1.0";

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        String marker = System.getProperty("pkcheck.startMarker");
        if (marker != null) {
            // The launcher's sign that the JVM started: a run that ends with it still there never did.
            new java.io.File(marker).delete();
        }
        if (Arrays.stream(args).noneMatch(VERBOSE::contains)
                && System.getProperty(LoggerFactory.PROVIDER_PROPERTY_KEY) == null) {
            // Logs are off without --verbose: spare the run Logback's start-up (before any class logs).
            System.setProperty(LoggerFactory.PROVIDER_PROPERTY_KEY, NOP_FallbackServiceProvider.class.getName());
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        if (System.getProperty(ICU_LOCALE_SCAN) == null) {
            // ICU's first number format lists its locales by walking every entry of the jar (40,000) when told
            // nothing else; its index of locales, which it reads instead, gives the same list (golden reports).
            System.setProperty(ICU_LOCALE_SCAN, "true");
        }
        preloadKinds(args).ifPresent(RuleBase::preload);
        PrintWriter crashErr = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        boolean verboseRun = Arrays.stream(args).anyMatch(VERBOSE::contains);
        Crash.forProcess(crashErr);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            // A worker thread that dies would leave the run waiting or print a trace: one line and exit 2.
            try {
                Crash.report(e, args, verboseRun, crashErr);
            } catch (Throwable failed) { // NOPMD: the full line could not be made; a constant one needs no heap
                try {
                    crashErr.println(e instanceof OutOfMemoryError
                            ? "pkcheck: out of memory; give more with PKCHECK_JAVA_OPTS=-Xmx (e.g. -Xmx2g)"
                            : "pkcheck: internal error on a worker thread (run with --verbose for details)");
                    crashErr.flush();
                } catch (Throwable ignored) { // NOPMD: the exit code still says it
                    // nothing more to do
                }
            } finally {
                Runtime.getRuntime().halt(ExitCode.INPUT_ERROR.code());
            }
        });
        stdout = new FailureRecorder(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = crashErr;
        Console console = new Console(out, err, System.getenv(), System.console() != null, Clock.systemDefaultZone(),
                Progress.stderrIsTerminal());
        int code = run(args, console);
        out.flush();
        err.flush();
        if (Crash.reportedToProcess()) {
            // A crash's line is out: stop here, as a failing worker thread does, rather than run shutdown hooks in
            // a heap that may be full.
            Runtime.getRuntime().halt(ExitCode.INPUT_ERROR.code());
        }
        System.exit(code);
    }

    /** Runs the command line; returns the exit code. Everything it prints goes to the console's writers. */
    public static int run(String[] args, Console console) {
        Language language = LanguageOption.of(args, console.env());
        CommandLine cmd = commandLine(args, new Factory(console, language));
        // 2024-03-01, or 1.3.2024 as a Finnish or Swedish coordinator writes it (and the reports print it).
        cmd.registerConverter(LocalDate.class, text -> {
            LocalDate date = fi.perhekeskus.pkcheck.load.DateText.parse(text);
            if (date == null) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a date: write it as YYYY-MM-DD or "
                        + "D.M.YYYY");
            }
            return date;
        });
        cmd.registerConverter(Language.class, new LanguageOption());
        cmd.registerConverter(FailOn.class, new FailOn.Converter());
        // --format JSON as --fail-on ERROR: every choice of a fixed list is read in any case.
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(console.out());
        cmd.setErr(console.err());
        Messages messages = new Messages(language);
        HelpText.apply(cmd, language);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(String.valueOf(code.code()), messages.get("exit." + code.code()));
        }
        cmd.getCommandSpec().usageMessage().exitCodeListHeading(messages.get("exit.heading") + "%n")
                .exitCodeList(exitCodes);
        cmd.setParameterExceptionHandler((ex, arguments) -> {
            console.err().println(Errors.line(UsageError.describe(ex, messages)));
            console.err().flush();
            return ExitCode.INPUT_ERROR.code();
        });
        boolean verbose = Arrays.stream(args).anyMatch(VERBOSE::contains);
        cmd.setExecutionExceptionHandler((ex, command, parseResult) -> Crash.report(ex, args, verbose, console.err()));
        int code;
        try {
            code = cmd.execute(args);
        } catch (Throwable e) { // NOPMD: a crash is never a finding (exit 2, one line)
            code = Crash.report(e, args, verbose, console.err());
        }
        if (console.out().checkError()) {
            // PrintWriter swallows write errors (a full disk, a closed pipe): a lost report is exit 2.
            FailureRecorder recorder = stdout;
            IOException cause = recorder == null ? null : recorder.failure();
            console.err().println(Errors.line((cause == null ? messages.get("error.stdout")
                    : messages.get("error.stdoutBecause", cause.getMessage() != null ? cause.getMessage()
                    : InputException.reason(cause), stdoutReason(cause)))));
            code = ExitCode.INPUT_ERROR.code();
        }
        console.out().flush();
        console.err().flush();
        return code;
    }

    /** Why standard output failed, in the bundles' words: a full disk, or a reader that went away. */
    static Word stdoutReason(IOException cause) {
        String words = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return new Word(words.contains("no space") ? "reason.noSpace" : "reason.outputClosed");
    }

    /** Standard output of this process, which remembers why a write failed; null in tests. */
    private static volatile FailureRecorder stdout;

    /** An output stream that remembers its first write error (PrintWriter keeps only a flag). */
    static final class FailureRecorder extends FilterOutputStream {
        private volatile IOException failure;

        FailureRecorder(OutputStream out) {
            super(out);
        }

        IOException failure() {
            return failure;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        for (Class<?> type : List.of(CheckCommand.class, MeetingCommand.class, ValidateCommand.class,
                RulesCommand.class, ModelsCommand.class, NetworkCommand.class, TemplateCommand.class,
                ConvertCommand.class, HistoryCommand.class, ServeCommand.class)) {
            commands.put(type.getAnnotation(Command.class).name(), type);
        }
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The command line for {@code args}. picocli reads every option of every subcommand it is given by
     * reflection, a good part of a check's start-up: when the first argument names a subcommand, that
     * is the only one it gets (its help and its errors read the same); otherwise, for {@code --help},
     * {@code help}, a mistyped command and so on, it gets all of them.
     */
    static CommandLine commandLine(String[] args, CommandLine.IFactory factory) {
        CommandLine cmd = new CommandLine(new Main(), factory);
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cmd.addSubcommand(named);
        } else {
            COMMANDS.values().forEach(cmd::addSubcommand);
            cmd.addSubcommand(CommandLine.HelpCommand.class);
        }
        return cmd;
    }

    /**
     * The kinds of fact whose rule base to load on a thread of its own before the command line is even
     * parsed: when its first argument names a checking command without {@code --rules} (user rules are
     * compiled together with the built-in ones). A guess from the words alone: a run whose options turn out
     * otherwise (a usage error, say) merely leaves the thread's work unused, and a check always uses the
     * rule base its facts need (see {@link RuleBase#kieBaseFor}).
     */
    static Optional<Set<Class<?>>> preloadKinds(String[] args) {
        Boolean meeting = args.length > 0 ? CHECKING.get(args[0]) : null;
        if (meeting == null || Arrays.stream(args).anyMatch(a -> isOption(a, "--rules"))) {
            return Optional.empty();
        }
        return Optional.of(Checker.kinds(meeting,
                Arrays.stream(args).anyMatch(a -> isOption(a, "--waivers"))));
    }

    private static boolean isOption(String arg, String name) {
        return arg.equals(name) || arg.startsWith(name + "=");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Raises the log level for this run when asked; logs go to standard error. */
    static void configureLogging(boolean verbose) {
        // Without --verbose, main chose SLF4J's no-op provider and there is nothing to set.
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(verbose ? Level.INFO : Level.OFF);
        }
    }

    /** The version picocli prints for --version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pkcheck " + VERSION};
        }
    }

    /** Gives commands the console of this run instead of static state. */
    private static final class Factory implements CommandLine.IFactory {
        private final Console console;
        private final Language language;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Console console, Language language) {
            this.console = console;
            this.language = language;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (ConsoleAware.class.isAssignableFrom(type)) {
                K instance = fallback.create(type);
                ((ConsoleAware) instance).console(console);
                if (instance instanceof ConsoleCommand command) {
                    command.language = language;
                }
                return instance;
            }
            return fallback.create(type);
        }
    }
}
