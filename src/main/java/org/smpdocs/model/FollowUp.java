package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * When the clinic asks patients to come back: days between planned sessions, and months until a
 * touch-up once the plan is complete.
 */
public record FollowUp(
        @Min(1) @Max(90) int daysBetweenSessions,
        @Min(1) @Max(120) int touchUpAfterMonths) {
}
