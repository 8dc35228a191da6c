package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smpdocs.DocumentKind;
import org.smpdocs.ErrorCode;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.RenderedDocument;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.internal.output.DirectoryOutput;
import org.smpdocs.internal.output.DocumentOwner;
import org.smpdocs.model.PatientCase;

/**
 * The render of one batch of case files, case by case: whatever goes wrong with one case is
 * reported by its file name and the next case goes on. Keeps the counts for the summary and the
 * exit code. Not thread-safe: one batch, one thread.
 */
final class RenderBatch {
    private final SmpDocs engine;
    private final KindSelection kind;
    private final int session;
    private final DirectoryOutput output;
    private final Archive records;
    private final boolean overwrite;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CaseIds caseIds = new CaseIds();
    private int written;
    private int invalid;
    private int templateFailures;
    private int outputFailures;

    RenderBatch(SmpDocs engine, KindSelection kind, int session, DirectoryOutput output, Archive records,
            boolean overwrite, PrintWriter out, PrintWriter err) {
        this.engine = engine;
        this.kind = kind;
        this.session = session;
        this.output = output;
        this.records = records;
        this.overwrite = overwrite;
        this.out = out;
        this.err = err;
    }

    void render(Path file) {
        String name = Shown.text(file.getFileName());
        PatientCase c;
        List<RenderedDocument> documents;
        try {
            c = engine.readCase(file);
            caseIds.claim(c, file);
            documents = documents(name, c);
        } catch (InvalidInputException e) {
            ProblemReport.print(err, name, e.problems());
            invalid++;
            return;
        } catch (SmpDocsException e) {
            err.println("error: " + name + ": " + Shown.text(e.getMessage()));
            count(e);
            return;
        }
        Optional<Path> foreign = overwrite ? Optional.empty() : foreignFile(c, documents);
        if (foreign.isPresent()) {
            err.println("refused: " + name + ": " + Shown.text(foreign.get()) + " holds a document of another case or patient, or "
                    + "a file that is not one of ours; nothing written for this case (--overwrite replaces it)");
            outputFailures++;
            return;
        }
        write(name, c, documents);
    }

    private List<RenderedDocument> documents(String name, PatientCase c) {
        List<RenderedDocument> documents = new ArrayList<>();
        for (DocumentKind k : kind.kinds()) {
            if (k.perSession() && kind.all() && c.sessions().isEmpty()) {
                out.println(name + ": no session recorded yet; " + k.id() + " skipped");
                continue;
            }
            documents.add(engine.render(k, c, session));
        }
        return documents;
    }

    /** A file the documents would replace that another case or patient owns, or that is not ours. */
    private Optional<Path> foreignFile(PatientCase c, List<RenderedDocument> documents) {
        DocumentOwner own = new DocumentOwner(c.id(), c.patient().id());
        for (RenderedDocument doc : documents) {
            for (OutputFormat format : doc.formats()) {
                if (output.wouldReplaceForeign(doc.fileName(format), own)) {
                    return Optional.of(output.directory().resolve(doc.fileName(format)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Writes the case's files, then records them in the archive: a document is recorded as issued
     * only once it has been written where the clinic takes it from.
     */
    private void write(String name, PatientCase c, List<RenderedDocument> documents) {
        int files = documents.stream().mapToInt(d -> d.formats().size()).sum();
        int done = 0;
        try {
            for (RenderedDocument doc : documents) {
                for (OutputFormat format : doc.formats()) {
                    out.println("wrote " + output.write(doc.fileName(format), doc.bytes(format)));
                    written++;
                    done++;
                }
                String file = doc.fileName(doc.formats().iterator().next());
                doc.warnings().forEach(w -> err.println("warning: " + file + ": " + w));
            }
        } catch (SmpDocsException e) {
            String message = sentence(e);
            err.println("error: " + name + ": " + message + (done == 0 ? " Nothing was written for this case."
                    : " This case is incomplete: " + done + " of " + files + " files written"
                    + (records == null ? "." : "; none is recorded in the archive.")));
            count(e);
            return;
        }
        record(name, c, documents);
    }

    private void record(String name, PatientCase c, List<RenderedDocument> documents) {
        if (records == null) {
            return;
        }
        int done = 0;
        try {
            for (RenderedDocument doc : documents) {
                records.record(doc, CaseSnapshot.json(c));
                done++;
            }
        } catch (SmpDocsException e) {
            String message = sentence(e);
            err.println("error: " + name + ": " + message + " The documents were written, but only " + done + " of "
                    + documents.size() + " are recorded in the archive.");
            count(e);
        }
    }

    /** The failure's message as a sentence that the next one can follow, safe for the terminal. */
    private static String sentence(SmpDocsException e) {
        return Shown.text(e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".");
    }

    private void count(SmpDocsException e) {
        if (e.code() == ErrorCode.TEMPLATE) {
            templateFailures++;
        } else {
            outputFailures++;
        }
    }

    /** Prints the summary line and returns the exit code: the gravest failure of the batch. */
    int summarise(int cases) {
        int failed = invalid + templateFailures + outputFailures;
        out.printf(Locale.ROOT, "%d document%s written; %d of %d case%s with problems%n", written, written == 1 ? "" : "s",
                failed, cases, cases == 1 ? "" : "s");
        if (outputFailures > 0) {
            return ExitCodes.RENDER_OR_OUTPUT;
        }
        if (templateFailures > 0) {
            return ExitCodes.TEMPLATE;
        }
        return invalid > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
}
