package org.smpdocs.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The same-day re-check before a session starts: whether the patient's health is unchanged since
 * the consent (if not, {@code healthChanges} says what changed and what was decided), that the
 * patient confirmed their consent again, and who checked (a practitioner id). A session without a
 * confirmed consent is not a session the clinic may record.
 */
@HealthChangesRecorded
public record PreTreatmentCheck(
        @NotNull Boolean healthUnchanged,
        String healthChanges,
        @NotNull @AssertTrue(message = "true: the patient confirmed their consent before treatment") Boolean consentConfirmed,
        @NotBlank String checkedBy) {
}
