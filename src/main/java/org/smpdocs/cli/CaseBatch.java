package org.smpdocs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.smpdocs.InvalidInputException;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

/**
 * Goes through case files in turn behind a progress bar: reads each, does the work for it and
 * reports the result; a case with problems is reported and the batch goes on. Any other failure
 * stops the batch, and {@link #done()} tells how far it got.
 */
final class CaseBatch {
    private final PrintWriter err;
    private final SmpDocs engine;
    private final String label;
    private int done;
    private int invalid;

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
                    R result = work.apply(engine.input().readCase(file, engine.clinic()));
                    bar.clear();
                    report.accept(file, result);
                } catch (InvalidInputException e) {
                    bar.clear();
                    ProblemReport.print(err, file.getFileName().toString(), e.problems());
                    invalid++;
                }
                done++;
            }
        } finally {
            bar.clear();
        }
    }

    /** The cases gone through, with or without problems. */
    int done() {
        return done;
    }

    /** The cases with problems. */
    int invalid() {
        return invalid;
    }
}
