package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.smpdocs.Problem;

/** Prints a file's problems, one per line: where, which rule, what is expected. */
final class ProblemReport {
    private ProblemReport() {
    }

    /** "invalid: case.json: 2 problems", then the problems: a case the batch goes on past. */
    static void print(PrintWriter err, String fileName, List<Problem> problems) {
        print(err, "invalid", fileName, problems);
    }

    /** The same under another heading, such as "error: SMP-INPUT" for a profile that stops the run. */
    static void print(PrintWriter err, String heading, String fileName, List<Problem> problems) {
        err.printf(Locale.ROOT, "%s: %s: %d problem%s%n", heading, Shown.text(fileName), problems.size(),
                problems.size() == 1 ? "" : "s");
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }
}
