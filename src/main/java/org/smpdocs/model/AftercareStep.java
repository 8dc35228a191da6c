package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * One aftercare instruction. With {@code days} set, the instruction holds until that many days
 * after the session and the documents print the calendar date ("Do not wash your scalp until
 * Fri 27 Nov 2026"); without it, the instruction has no end date.
 */
public record AftercareStep(
        @NotBlank String instruction,
        @Min(1) @Max(365) Integer days,
        String detail) {
}
