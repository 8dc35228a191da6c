package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/** A treatment the patient could choose instead of SMP (hair transplant, PRP, ...). */
public record Alternative(@NotBlank String name, @NotBlank String text) {
}
