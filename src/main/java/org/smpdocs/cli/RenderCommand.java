package org.smpdocs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.smpdocs.DocumentKind;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.PaperSize;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocs;
import org.smpdocs.archive.Archive;
import org.smpdocs.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;
import org.smpdocs.output.DirectoryOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code smp-docs render}: renders documents for each case into a directory. A case with
 * problems is reported and gets no files; the other cases go on.
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
            description = "Output formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Set<OutputFormat> formats;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory the documents are written to.")
    Path out;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (session < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--session must be 1 or more");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SmpDocs engine = SmpDocs.builder().clinicProfile(inputs.clinic).templateDirectory(templates).paper(paper)
                .formats(EnumSet.copyOf(formats)).build();
        DirectoryOutput output = new DirectoryOutput(out);
        Archive records = archive == null ? null : new Archive(archive);
        int written = 0;
        int failedCases = 0;
        for (Path file : inputs.cases) {
            CaseDocuments rendered = render(engine, file, stdout, stderr);
            if (rendered == null) {
                failedCases++;
                continue;
            }
            for (RenderedDocument doc : rendered.documents()) {
                if (records != null) {
                    records.record(doc, CaseSnapshot.json(rendered.patientCase()));
                }
                for (OutputFormat format : doc.formats()) {
                    Path path = output.write(doc.fileName(format), doc.bytes(format));
                    stdout.println("wrote " + path);
                    written++;
                }
                String name = doc.fileName(doc.formats().iterator().next());
                doc.warnings().forEach(w -> stderr.println("warning: " + name + ": " + w));
            }
        }
        stdout.printf("%d document%s written; %d of %d case%s with problems%n", written, written == 1 ? "" : "s",
                failedCases, inputs.cases.size(), inputs.cases.size() == 1 ? "" : "s");
        return failedCases == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** One case and the documents rendered for it. */
    private record CaseDocuments(PatientCase patientCase, List<RenderedDocument> documents) {
    }

    /** The documents of one case, or null when it has problems (reported on stderr). */
    private CaseDocuments render(SmpDocs engine, Path file, PrintWriter stdout, PrintWriter stderr) {
        List<RenderedDocument> documents = new ArrayList<>();
        try {
            PatientCase c = engine.input().readCase(file, engine.clinic());
            for (DocumentKind k : kind.kinds()) {
                if (k.perSession() && kind.all() && c.sessions().isEmpty()) {
                    stdout.println(file.getFileName() + ": no session recorded yet; " + k.id() + " skipped");
                    continue;
                }
                documents.add(engine.render(k, c, session));
            }
            return new CaseDocuments(c, documents);
        } catch (InvalidInputException e) {
            ProblemReport.print(stderr, file.getFileName().toString(), e.problems());
            return null;
        }
    }
}
