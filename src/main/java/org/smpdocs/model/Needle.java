package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The sterile needle cartridge used in a session, traceable by lot and its use-by date. */
public record Needle(@NotBlank String configuration, @NotBlank String lot, @NotNull LocalDate expiry) {
}
