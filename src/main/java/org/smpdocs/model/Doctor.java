package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/** A registered medical practitioner, by name and registration number (GMC number in the UK). */
public record Doctor(@NotBlank String name, @NotBlank String registrationNumber) {
}
