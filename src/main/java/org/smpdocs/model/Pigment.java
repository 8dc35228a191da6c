package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The pigment used in a session, traceable by lot. */
public record Pigment(
        @NotBlank String brand,
        @NotBlank String shade,
        @NotBlank String lot,
        @NotNull LocalDate expiry) {
}
