package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A person who signs the consent. {@code relationship} says how a guardian is related to the
 * patient; {@code language} is the language an interpreter interpreted into.
 */
public record Signer(
        @NotNull SignerRole role,
        @NotBlank String name,
        String relationship,
        @Pattern(regexp = Languages.PATTERN, message = Languages.EXPECTED) String language) {
}
