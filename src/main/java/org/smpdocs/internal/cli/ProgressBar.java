package org.smpdocs.internal.cli;

import java.io.PrintWriter;

/**
 * A one-line progress display on standard error, redrawn in place; silent unless standard error
 * is a terminal, so logs and pipes get only the real output.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final int total;
    private boolean shown;

    /** @param total the number of steps, or 0 when unknown (then only a count is shown) */
    ProgressBar(PrintWriter err, String label, int total) {
        this(err, System.console() != null, label, total);
    }

    ProgressBar(PrintWriter err, boolean terminal, String label, int total) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
    }

    /** Shows {@code done} steps. */
    void show(int done) {
        if (!terminal) {
            return;
        }
        StringBuilder line = new StringBuilder("\r").append(label).append(' ');
        if (total > 0) {
            int filled = (int) ((long) WIDTH * Math.min(done, total) / total);
            line.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(done).append('/').append(total);
        } else {
            line.append(done);
        }
        err.print(line);
        err.flush();
        shown = true;
    }

    /** Removes the line, before other output or at the end. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
