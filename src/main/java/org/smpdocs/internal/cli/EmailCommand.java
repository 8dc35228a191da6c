package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.mail.AftercareDispatch;
import org.smpdocs.internal.mail.AftercareEmail;
import org.smpdocs.internal.mail.AftercareMessage;
import org.smpdocs.internal.mail.SentLog;
import org.smpdocs.internal.mail.SmtpSender;
import org.smpdocs.internal.output.DirectoryOutput;
import org.smpdocs.internal.output.DocumentOwner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code smp-docs email}: the aftercare e-mail of a session for each case, written as {@code .eml}
 * files for the clinic's own mail system or sent to its mail server. A case with problems (no
 * e-mail address among them) or a message the server refuses is reported and the others go on.
 */
@Command(name = "email", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the aftercare e-mail of a session for each case as an .eml file, or send it.",
            "Sending records each accepted message in the sent-log; a message already there is skipped."})
final class EmailCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = "--session", paramLabel = "N", defaultValue = "0", description = "The session (default: the latest).")
    int session;

    @Option(names = "--with-report", description = "Attach the treatment report of the session too.")
    boolean withReport;

    @Option(names = "--templates", paramLabel = "DIR", description = "The clinic's own templates.")
    Path templates;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Destination destination;

    @Option(names = "--overwrite", description = "With --eml: replace files that hold another case's or patient's "
            + "message, or a file that is not one of ours (a case's own earlier message is always replaced).")
    boolean overwrite;

    @Mixin
    SmtpOptions smtp;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    EmailCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Where the messages go: files or a mail server. */
    static final class Destination {
        @Option(names = "--eml", required = true, paramLabel = "DIR", description = "Write .eml files into DIR.")
        Path eml;

        @Option(names = "--smtp", required = true, paramLabel = "HOST:PORT",
                description = "Send through this mail server (STARTTLS required unless --smtp-no-starttls).")
        String server;
    }

    @Override
    public Integer call() {
        SmpDocs engine = SmpDocs.builder().clinicProfile(inputs.clinic).templateDirectory(templates).build();
        AftercareEmail email = new AftercareEmail(engine);
        if (destination.eml != null) {
            List<String> sendingOnly = spec.options().stream().filter(o -> o.longestName().startsWith("--smtp-")
                    || o.longestName().equals("--sent-log")).filter(o -> spec.commandLine().getParseResult()
                    .hasMatchedOption(o)).map(o -> o.longestName()).toList();
            if (!sendingOnly.isEmpty()) {
                throw new ParameterException(spec.commandLine(), String.join(", ", sendingOnly)
                        + " only go with --smtp");
            }
            return writeFiles(engine, email);
        }
        if (overwrite) {
            throw new ParameterException(spec.commandLine(), "--overwrite only goes with --eml");
        }
        var settings = smtp.settings(spec.commandLine(), destination.server, environment);
        SentLog sentLog = new SentLog(smtp.sentLog);
        try (SmtpSender sender = new SmtpSender(settings)) {
            return new MailBatch(spec.commandLine(), engine, new AftercareDispatch(email, sender, sentLog,
                    Clock.systemUTC())).send(inputs.cases, session, withReport);
        }
    }

    private int writeFiles(SmpDocs engine, AftercareEmail email) {
        PrintWriter stdout = spec.commandLine().getOut();
        DirectoryOutput output = new DirectoryOutput(destination.eml);
        List<Path> cases = inputs.cases;
        CaseBatch batch = new CaseBatch(spec.commandLine().getErr(), engine, "writing aftercare e-mails:");
        batch.run(cases, c -> {
            AftercareMessage m = email.compose(c, session, withReport);
            String name = m.caseId() + "-aftercare-s" + m.session() + ".eml";
            if (!overwrite && output.wouldReplaceForeign(name, new DocumentOwner(c.id(), c.patient().id()))) {
                throw new SmpDocsException(ErrorCode.OUTPUT, output.directory().resolve(name) + " holds a message of "
                        + "another case or patient, or a file that is not one of ours; not replaced (--overwrite replaces it)");
            }
            return output.write(name, m.bytes());
        }, (file, eml) -> stdout.println("wrote " + eml));
        int failed = batch.failed();
        int written = cases.size() - failed;
        stdout.printf(Locale.ROOT, "%d message%s written; %d of %d case%s with problems%n", written, written == 1 ? "" : "s", failed,
                cases.size(), cases.size() == 1 ? "" : "s");
        return batch.exitCode();
    }
}
