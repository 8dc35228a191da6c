package org.smpdocs.internal.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;
import org.smpdocs.internal.archive.Archive;
import org.smpdocs.internal.archive.CheckpointSigner;
import org.smpdocs.internal.archive.Trust;
import org.smpdocs.internal.archive.Verdict;
import org.smpdocs.internal.seal.SealCheck;
import org.smpdocs.internal.seal.SealProblem;
import org.smpdocs.internal.seal.SealReport;
import org.smpdocs.internal.seal.SealVerifier;
import org.smpdocs.internal.seal.Sealer;
import org.smpdocs.internal.seal.TrustAnchors;

/**
 * The clinic's key and trust anchors as the archive asks for them: checkpoints of the audit log
 * signed with the seal key (a detached CMS signature, time-stamped where an authority is set), and
 * verify's checks of checkpoints and of signed records' seals against the anchors.
 */
final class ClinicSealing {
    private static final String AT = "\nat: ";

    private ClinicSealing() {
    }

    /**
     * Seals the archive's log as it now is with a signed checkpoint, after a batch, and says so;
     * nothing when the last checkpoint already seals it.
     */
    static void checkpoint(Archive records, Sealer sealer, PrintWriter out) {
        records.checkpoint(checkpoints(sealer), Instant.now().truncatedTo(ChronoUnit.SECONDS)).ifPresent(c -> out.printf(Locale.ROOT,
                "audit log sealed: a signed checkpoint of its %d line%s%n", c.lines(), c.lines() == 1 ? "" : "s"));
    }

    /** Signs a checkpoint's statement, the certificate checked at the time the statement states. */
    static CheckpointSigner checkpoints(Sealer sealer) {
        return statement -> sealer.signDetached(statement, claimedTime(statement));
    }

    /** Checks checkpoints and sealed records against {@code anchors}. */
    static Trust trust(TrustAnchors anchors) {
        SealVerifier verifier = new SealVerifier(anchors);
        return new Trust((statement, signature) -> verdict(verifier.verifyDetached(statement, signature,
                claimedTime(statement))), pdf -> verdict(verifier.verify(pdf)));
    }

    private static Verdict verdict(SealCheck check) {
        return check.intact() ? Verdict.valid(check.signer(), check.timestamp().orElse(null))
                : Verdict.invalid(words(check.problems().stream().map(SealProblem::words).collect(Collectors.joining("; "))));
    }

    private static Verdict verdict(SealReport report) {
        if (!report.sealedAndIntact()) {
            return Verdict.invalid(words(report.allProblems().stream().map(SealProblem::words)
                    .collect(Collectors.joining("; "))));
        }
        SealCheck seal = report.signatures().get(0);
        return Verdict.valid(seal.signer(), seal.timestamp().orElse(null));
    }

    private static String words(String problems) {
        return problems.isEmpty() ? "not valid" : problems;
    }

    /** The time a checkpoint statement states (its "at:" line), or now when it states none. */
    static Instant claimedTime(byte[] statement) {
        String text = new String(statement, StandardCharsets.UTF_8);
        int at = text.indexOf(AT);
        if (at >= 0) {
            int end = text.indexOf('\n', at + AT.length());
            try {
                return Instant.parse(text.substring(at + AT.length(), end < 0 ? text.length() : end));
            } catch (DateTimeParseException e) {
                // not a time: checked as of now
            }
        }
        return Instant.now();
    }
}
