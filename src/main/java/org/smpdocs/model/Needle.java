package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/** The needle cartridge used in a session, traceable by lot. */
public record Needle(@NotBlank String configuration, @NotBlank String lot) {
}
