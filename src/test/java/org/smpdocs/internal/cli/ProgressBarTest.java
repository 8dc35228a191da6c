package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The progress line: drawn in place on a terminal, absent elsewhere. */
class ProgressBarTest {
    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndClearedAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), true, "sending:", 3);
        bar.show(0);
        bar.show(2);
        bar.clear();
        assertEquals("\rsending: [..............................] 0/3"
                + "\rsending: [####################..........] 2/3\r\033[K", err.toString());
    }

    @Test
    void withoutATotalOnlyTheCountIsShown() {
        StringWriter err = new StringWriter();
        new ProgressBar(new PrintWriter(err), true, "exporting documents:", 0).show(150);
        assertEquals("\rexporting documents: 150", err.toString());
    }

    @Test
    void elsewhereNothingIsWritten() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, "sending:", 3);
        bar.show(1);
        bar.clear();
        assertEquals("", err.toString());
    }
}
