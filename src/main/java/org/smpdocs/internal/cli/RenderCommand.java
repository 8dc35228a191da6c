package org.smpdocs.internal.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.output.DirectoryOutput;
import org.smpdocs.internal.seal.Sealer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code smp-docs render}: renders documents for each case into a directory. A case that cannot
 * be done — problems in its file, a case id another case of the batch has, a template or write
 * failure — is reported by its file name and gets no files (or, after a failed write, is named
 * incomplete); the other cases go on.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render documents for each case into a directory.")
final class RenderCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindSelection.Converter.class,
            description = "consent, disclosure, aftercare, report, all (those four), or packet (consent, "
                    + "disclosure and aftercare sheet in one document).")
    KindSelection kind;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf",
            converter = DocumentFormats.Converter.class, completionCandidates = DocumentFormats.class,
            description = "Output formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Set<OutputFormat> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory the documents are written to.")
    Path out;

    @Option(names = "--overwrite",
            description = "Replace files in the output directory that hold another case's or patient's document, "
                    + "or a file that is not one of ours (a case's own earlier documents are always replaced).")
    boolean overwrite;

    @Option(names = "--session", paramLabel = "N", defaultValue = "0",
            description = "Session for the aftercare sheet and report (default: the latest).")
    int session;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The clinic's own templates; they shadow the built-in ones file by file.")
    Path templates;

    @Option(names = "--archive", paramLabel = "DIR",
            description = "Records archive: every issued document, its input and an audit-log line are kept there.")
    Path archive;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4",
            description = "Page size: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PaperSize paper;

    @Mixin
    SealOptions seal;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    RenderCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (session < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--session must be 1 or more");
        }
        SmpDocs engine = SmpDocs.builder().clinicProfile(inputs.clinic).templateDirectory(templates).paper(paper)
                .formats(EnumSet.copyOf(formats)).build();
        Archive records = archive == null ? null : new Archive(archive);
        if (records != null) {
            records.checkAppendable();
        }
        if (seal.given() && records == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "the seal signs the archive's log: --seal-keystore needs --archive DIR");
        }
        Sealer sealer = seal.given() ? seal.sealer(spec.commandLine(), environment) : null;
        RenderBatch batch = new RenderBatch(engine, kind, session, new DirectoryOutput(out), records, overwrite,
                spec.commandLine().getOut(), spec.commandLine().getErr());
        inputs.cases.forEach(batch::render);
        int code = batch.summarise(inputs.cases.size());
        if (sealer != null) {
            ClinicSealing.checkpoint(records, sealer, spec.commandLine().getOut());
        }
        return code;
    }
}
