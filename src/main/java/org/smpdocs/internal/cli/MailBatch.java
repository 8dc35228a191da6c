package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.mail.AftercareDispatch.Outcome;
import org.smpdocs.internal.mail.AftercareDispatch;
import org.smpdocs.internal.mail.MailServerException;
import picocli.CommandLine;

/**
 * Sends one session's aftercare e-mail for each case file in turn, reporting each case by file
 * name, case id and reply code (never an address), and sums up: sent, skipped, failed. A case
 * with problems or a refused message is reported and the batch goes on; a mail server that cannot
 * be used stops it, and every case not reached counts as failed.
 */
final class MailBatch {
    private final PrintWriter out;
    private final PrintWriter err;
    private final SmpDocs engine;
    private final AftercareDispatch dispatch;
    private int sent;
    private int skipped;
    private int failed;
    private boolean undelivered;

    MailBatch(CommandLine cli, SmpDocs engine, AftercareDispatch dispatch) {
        this.out = cli.getOut();
        this.err = cli.getErr();
        this.engine = engine;
        this.dispatch = dispatch;
    }

    /**
     * @return the exit code: 5 if a message was not delivered, else that of the gravest case
     *     failure (5 output, 4 template, 3 problems), else 0
     */
    int send(List<Path> cases, int session, boolean withReport) {
        CaseBatch batch = new CaseBatch(err, engine, "sending aftercare e-mails:");
        try {
            batch.run(cases, c -> dispatch.dispatch(c, session, withReport), this::report);
        } catch (MailServerException e) {
            int left = cases.size() - batch.done();
            err.println("error: " + Shown.text(e.getMessage()));
            err.printf(Locale.ROOT, "stopped: %d case%s not sent, from %s on%n", left, left == 1 ? "" : "s",
                    Shown.text(cases.get(batch.done()).getFileName()));
            failed += left;
            undelivered = true;
        }
        failed += batch.failed();
        out.printf(Locale.ROOT, "%d sent, %d skipped (sent before), %d failed, of %d case%s%n", sent, skipped, failed, cases.size(),
                cases.size() == 1 ? "" : "s");
        return undelivered ? ExitCodes.RENDER_OR_OUTPUT : batch.exitCode();
    }

    private void report(Path file, Outcome o) {
        String what = o.caseId() + " session " + o.session();
        switch (o.status()) {
            case SENT -> {
                out.printf("sent %s (%s%s)%n", what, o.reply(), o.attempts() > 1 ? ", attempt " + o.attempts() : "");
                sent++;
            }
            case ALREADY_SENT -> {
                out.printf("skipped %s: sent before, by the sent-log%n", what);
                skipped++;
            }
            case REJECTED, DEFERRED -> {
                err.printf("failed: %s (%s): %s (%s)%n", Shown.text(file.getFileName()), what, o.status() == Outcome.Status.REJECTED
                        ? "refused by the mail server" : "refused for now on every attempt; run again later", o.reply());
                failed++;
                undelivered = true;
            }
        }
    }
}
