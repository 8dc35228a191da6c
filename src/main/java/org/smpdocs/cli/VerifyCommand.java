package org.smpdocs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.smpdocs.archive.Archive;
import org.smpdocs.archive.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smp-docs verify --archive DIR}: recomputes every hash and the audit-log chain and names
 * every altered, missing or extra file. Exit code 0 only when everything is intact.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a records archive: every document, input and audit-log line intact.")
final class VerifyCommand implements Callable<Integer> {
    @Option(names = "--archive", required = true, paramLabel = "DIR", description = "The records archive.")
    Path archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Archive records = new Archive(archive);
        List<Finding> findings = records.verify();
        findings.forEach(f -> spec.commandLine().getErr().println(f));
        stdout.printf("%d record%s checked; %s%n", records.entries().size(), records.entries().size() == 1 ? "" : "s",
                findings.isEmpty() ? "all intact" : findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.NOT_INTACT;
    }
}
