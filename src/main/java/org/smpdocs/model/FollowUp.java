package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * When the clinic asks patients to come back: days between planned sessions, and months until a
 * touch-up once the plan is complete.
 */
public record FollowUp(
        @NotNull @Min(1) @Max(90) Integer daysBetweenSessions,
        @NotNull @Min(1) @Max(120) Integer touchUpAfterMonths) {
}
