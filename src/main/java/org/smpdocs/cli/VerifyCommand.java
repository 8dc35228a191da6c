package org.smpdocs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smpdocs.archive.Archive;
import org.smpdocs.archive.ExportVerifier;
import org.smpdocs.archive.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smp-docs verify --archive DIR} or {@code smp-docs verify FILE.zip}: recomputes every hash
 * and the audit-log chain and names every altered, missing or extra file. Exit code 0 only when
 * everything is intact.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a records archive or an export: every document, input and audit line intact.")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--archive", paramLabel = "DIR", description = "The records archive.")
    Path archive;

    @picocli.CommandLine.Parameters(arity = "0..1", paramLabel = "FILE.zip", description = "An export to check.")
    Path export;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((archive == null) == (export == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give either --archive DIR or FILE.zip");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        List<Finding> findings;
        String what;
        if (archive != null) {
            Archive records = new Archive(archive);
            findings = records.verify();
            int n = records.entries().size();
            what = n + " record" + (n == 1 ? "" : "s") + " checked";
        } else {
            findings = ExportVerifier.verify(export);
            what = export.getFileName() + " checked";
        }
        findings.forEach(f -> spec.commandLine().getErr().println(f));
        stdout.printf("%s; %s%n", what,
                findings.isEmpty() ? "all intact" : findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.NOT_INTACT;
    }
}
