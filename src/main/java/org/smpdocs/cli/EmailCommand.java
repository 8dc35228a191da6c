package org.smpdocs.cli;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smpdocs.ErrorCode;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.model.PatientCase;
import org.smpdocs.output.AftercareEmail;
import org.smpdocs.output.DirectoryOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smp-docs email}: the aftercare e-mail of a session for each case, written as {@code .eml}
 * files for the clinic's own mail system. A case with problems (no e-mail address among them)
 * is reported and the others go on.
 */
@Command(name = "email", mixinStandardHelpOptions = true,
        description = "Write the aftercare e-mail of a session for each case as an .eml file.")
final class EmailCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = "--session", paramLabel = "N", defaultValue = "0", description = "The session (default: the latest).")
    int session;

    @Option(names = "--eml", required = true, paramLabel = "DIR", description = "Directory the .eml files are written to.")
    Path eml;

    @Option(names = "--with-report", description = "Attach the treatment report of the session too.")
    boolean withReport;

    @Option(names = "--templates", paramLabel = "DIR", description = "The clinic's own templates.")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        SmpDocs engine = SmpDocs.builder().clinicProfile(inputs.clinic).templateDirectory(templates).build();
        AftercareEmail email = new AftercareEmail(engine);
        DirectoryOutput output = new DirectoryOutput(eml);
        int written = 0;
        int failed = 0;
        for (Path file : inputs.cases) {
            try {
                PatientCase c = engine.input().readCase(file, engine.clinic());
                MimeMessage message = email.compose(c, session, withReport);
                int number = session == 0 ? c.latestSession().orElseThrow().number() : session;
                stdout.println("wrote " + output.write(c.id() + "-aftercare-s" + number + ".eml", bytes(message)));
                written++;
            } catch (InvalidInputException e) {
                ProblemReport.print(spec.commandLine().getErr(), file.getFileName().toString(), e.problems());
                failed++;
            }
        }
        stdout.printf("%d message%s written; %d of %d case%s with problems%n", written, written == 1 ? "" : "s", failed,
                inputs.cases.size(), inputs.cases.size() == 1 ? "" : "s");
        return failed == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    private static byte[] bytes(MimeMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException | MessagingException e) {
            throw new SmpDocsException(ErrorCode.OUTPUT, "an e-mail could not be written", e);
        }
    }
}
