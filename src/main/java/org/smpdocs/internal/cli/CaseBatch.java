package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.smpdocs.ErrorCode;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocs;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.mail.MailServerException;
import org.smpdocs.model.PatientCase;

/**
 * Goes through case files in turn behind a progress bar: reads each, does the work for it and
 * reports the result. Whatever stops one case — problems in its file, a case id an earlier case
 * of the batch has, a template or write failure — is reported by its file name and the batch
 * goes on; only a mail server that cannot be used ({@link MailServerException}) stops it, and
 * {@link #done()} tells how far it got.
 */
final class CaseBatch {
    private final PrintWriter err;
    private final SmpDocs engine;
    private final String label;
    private final CaseIds caseIds = new CaseIds();
    private int done;
    private int invalid;
    private int templateFailures;
    private int outputFailures;

    CaseBatch(PrintWriter err, SmpDocs engine, String label) {
        this.err = err;
        this.engine = engine;
        this.label = label;
    }

    /** {@code work} runs with the bar showing; {@code report} prints after it is cleared. */
    <R> void run(List<Path> cases, Function<PatientCase, R> work, BiConsumer<Path, R> report) {
        ProgressBar bar = new ProgressBar(err, label, cases.size());
        try {
            for (Path file : cases) {
                bar.show(done);
                try {
                    PatientCase c = engine.readCase(file);
                    caseIds.claim(c, file);
                    R result = work.apply(c);
                    bar.clear();
                    report.accept(file, result);
                } catch (InvalidInputException e) {
                    bar.clear();
                    ProblemReport.print(err, String.valueOf(file.getFileName()), e.problems());
                    invalid++;
                } catch (MailServerException e) {
                    throw e;
                } catch (SmpDocsException e) {
                    bar.clear();
                    err.println("error: " + Shown.text(file.getFileName()) + ": " + Shown.text(e.getMessage()));
                    if (e.code() == ErrorCode.TEMPLATE) {
                        templateFailures++;
                    } else {
                        outputFailures++;
                    }
                }
                done++;
            }
        } finally {
            bar.clear();
        }
    }

    /** The cases gone through, done or not. */
    int done() {
        return done;
    }

    /** The cases that could not be done. */
    int failed() {
        return invalid + templateFailures + outputFailures;
    }

    /** The exit code of the gravest failure: 5 output, 4 template, 3 problems in a case, else 0. */
    int exitCode() {
        if (outputFailures > 0) {
            return ExitCodes.RENDER_OR_OUTPUT;
        }
        if (templateFailures > 0) {
            return ExitCodes.TEMPLATE;
        }
        return invalid > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
}
