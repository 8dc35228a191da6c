package org.smpdocs;

import java.time.Instant;
import java.util.Optional;

/**
 * The evidence for one mark on a signed document (what a simple electronic signature rests on:
 * intent, attribution, integrity): the field, the signer's role and name as the form prints them,
 * when (the engine's clock), how, on which device, the staff member who witnessed it, and the
 * SHA-256 of the issued document the signer saw. A choice's evidence records whether it was
 * ticked. It holds no image data.
 */
public record SignatureEvidence(
        String field,
        String what,
        String role,
        String name,
        Instant signedAt,
        Optional<SigningMethod> method,
        Optional<Boolean> ticked,
        Optional<String> device,
        String witness,
        String issuedSha256) {
}
