package org.smpdocs.internal.seal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the verifier found about one signature of a PDF.
 *
 * @param field the signature field's name
 * @param signer the common name of the signer's certificate, or the signature's /Name when the
 *     certificate cannot be read; empty when neither is there
 * @param signingTime the time the signature claims (/M); empty when it has none
 * @param timestamp the time of a verified RFC 3161 signature time-stamp; empty when there is none
 *     or it does not verify
 * @param level "B-B", "B-T", or "B-LT" (time-stamped, with validation data in the DSS)
 * @param problems what is wrong; empty when the seal is intact
 */
public record SealCheck(String field, String signer, Optional<Instant> signingTime, Optional<Instant> timestamp,
        String level, List<SealProblem> problems) {
    public SealCheck {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signingTime, "signingTime");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(level, "level");
        problems = List.copyOf(problems);
    }

    /** True when nothing is wrong with this signature. */
    public boolean intact() {
        return problems.isEmpty();
    }
}
