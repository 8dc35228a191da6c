package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/** A practitioner of the clinic, referenced from sessions and plans by {@code id}. */
public record Practitioner(
        @NotBlank String id,
        @NotBlank String name,
        @NotBlank String qualification,
        String registrationNumber) {
}
