package org.smpdocs.internal.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.smpdocs.DocumentKind;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.Export;
import org.smpdocs.internal.archive.ExportFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code smp-docs export}: the records of a period (one patient's, one kind's) as one verifiable ZIP. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the records issued in a period as a ZIP with manifest and audit lines.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--archive", required = true, paramLabel = "DIR", description = "The records archive.")
    Path archive;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First issue date (YYYY-MM-DD, UTC).")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last issue date (YYYY-MM-DD, UTC).")
    LocalDate to;

    @Option(names = "--patient", paramLabel = "ID", description = "Only this patient's records (the clinic's patient id).")
    String patient;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: consent, disclosure, aftercare, report, packet.")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The ZIP to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to is before --from");
        }
        if (kind != null && Arrays.stream(DocumentKind.values()).noneMatch(k -> k.id().equals(kind))) {
            // a typo must not give an empty export that looks like success
            throw new ParameterException(spec.commandLine(), "--kind must be one of "
                    + Arrays.stream(DocumentKind.values()).map(DocumentKind::id).collect(Collectors.joining(", ")));
        }
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "exporting documents:", 0);
        IntConsumer progress = done -> {
            if (done % 50 == 0) {
                bar.show(done);
            }
        };
        ExportFilter filter = new ExportFilter(from, to, patient, kind == null ? null : DocumentKind.of(kind));
        int count = Export.write(Archive.open(archive), filter, out, progress);
        bar.clear();
        spec.commandLine().getOut().printf(Locale.ROOT, "%d document%s exported to %s%n", count, count == 1 ? "" : "s", out);
        return ExitCodes.OK;
    }
}
