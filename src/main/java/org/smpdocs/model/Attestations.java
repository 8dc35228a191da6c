package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/**
 * What each signer attests by signing, in one sentence the clinic words (clinic content, reviewed
 * with its lawyers), printed above that signer's signature line. The sentences may name, in
 * braces, {@code {patient}} (the patient's full name) and, for the interpreter,
 * {@code {language}} (the language interpreted into); the templates fill them in.
 */
public record Attestations(
        @NotBlank String patient,
        @NotBlank String guardian,
        @NotBlank String witness,
        @NotBlank String interpreter,
        @NotBlank String practitioner) {
}
