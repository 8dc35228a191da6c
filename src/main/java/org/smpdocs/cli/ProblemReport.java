package org.smpdocs.cli;

import java.io.PrintWriter;
import java.util.List;
import org.smpdocs.Problem;

/** Prints a file's problems, one per line: where, which rule, what is expected. */
final class ProblemReport {
    private ProblemReport() {
    }

    static void print(PrintWriter err, String fileName, List<Problem> problems) {
        err.printf("invalid: %s: %d problem%s%n", fileName, problems.size(), problems.size() == 1 ? "" : "s");
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }
}
