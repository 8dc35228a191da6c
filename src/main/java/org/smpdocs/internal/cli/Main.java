package org.smpdocs.internal.cli;

import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import java.io.PrintWriter;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocsException;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar smp-docs.jar}. {@link #run} is what tests call: it never exits
 * and writes only to the writers it is given.
 */
public final class Main {
    /** Held so the settings stick: java.util.logging keeps loggers weakly. */
    private static final Logger[] QUIET = {Logger.getLogger("com.openhtmltopdf"),
        Logger.getLogger("org.hibernate.validator"), Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.apache.fontbox"), Logger.getLogger("org.eclipse.jetty"), Logger.getLogger("io.javalin"),
        Logger.getLogger("com.zaxxer.hikari"), Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jdbi")};

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the CLI and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, System.getenv(), args);
    }

    /**
     * Runs the CLI with {@code environment} in place of the process's environment variables (where
     * {@code email --smtp-password-env} looks) and returns its exit code.
     */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        // libraries' own logging would print file and CSS details on stderr; the CLI reports what matters itself
        for (Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
        // openhtmltopdf's default logger prints every layout step; its diagnostics still reach the
        // renderer, which reports what matters as the document's warnings
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.OFF, new ConsoleHandler(), new XRSimpleLogFormatter()));
        System.setProperty("org.jboss.logging.provider", "jdk");
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                // a command that reads the environment (passwords) gets the one given to run()
                try {
                    return type.getDeclaredConstructor(Map.class).newInstance(Map.copyOf(environment));
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
        CommandLine cli = new CommandLine(new SmpDocsCommand(), factory).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                ProblemReport.print(commandLine.getErr(), "error: " + invalid.code().code(), invalid.source(),
                        invalid.problems());
                return invalid.code().exitCode();
            }
            if (e instanceof SmpDocsException s) {
                commandLine.getErr().println("error: " + Shown.text(s.getMessage()));
                return s.code().exitCode();
            }
            commandLine.getErr().println("unexpected error: " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.UNEXPECTED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
