package org.smpdocs.internal.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * What checking one signature found: valid, with who signed (such as the certificate's subject)
 * and the time of its timestamp if it has one; or not valid, and why, in plain words without
 * patient values. Immutable.
 *
 * @param valid whether the signature verifies against the trust anchors
 * @param signer who signed; null when not valid
 * @param timestamp the time a timestamp authority attests; null when there is none or not valid
 * @param reason why it is not valid; null when valid
 */
public record Verdict(boolean valid, String signer, Instant timestamp, String reason) {
    /** @throws IllegalArgumentException unless a valid verdict names its signer and an invalid one its reason */
    public Verdict {
        if (valid ? signer == null || reason != null : reason == null || signer != null || timestamp != null) {
            throw new IllegalArgumentException(valid ? "a valid verdict names its signer and no reason"
                    : "a verdict that is not valid says why, and names no signer or time");
        }
    }

    /** A signature that verifies, by {@code signer}, timestamped at {@code timestamp} (null: no timestamp). */
    public static Verdict valid(String signer, Instant timestamp) {
        return new Verdict(true, Objects.requireNonNull(signer, "signer"), timestamp, null);
    }

    /** A signature that does not verify, and why ("signed by another key", "the digest does not match"). */
    public static Verdict invalid(String reason) {
        return new Verdict(false, null, null, Objects.requireNonNull(reason, "reason"));
    }
}
