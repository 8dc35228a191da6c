package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the clinic records of the patient's history. Empty lists mean "none"; a missing list is
 * an error, so "not asked" never prints as "none".
 */
public record MedicalHistory(
        @Valid PreviousTransplant previousTransplant,
        @NotNull List<@NotBlank String> scars,
        @NotNull List<@NotBlank String> allergies,
        @NotNull List<@NotBlank String> medications) {

    public MedicalHistory {
        scars = Lists.frozen(scars);
        allergies = Lists.frozen(allergies);
        medications = Lists.frozen(medications);
    }
}
