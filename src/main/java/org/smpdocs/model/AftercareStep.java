package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * One aftercare instruction, clinic content. A step with a duration, {@code days} or
 * {@code months} (never both), is dated: the session day is day 0, the step applies up to and
 * including the session date plus that many days (or calendar months), and it is fine again from
 * the day after. {@code resume} says in the clinic's words what is fine again ("You may wash your
 * scalp again"); it reads naturally followed by "from &lt;date&gt;". A step without a duration is
 * ongoing advice with no dates and no {@code resume}. {@code detail} is an optional sentence or two
 * of explanation.
 */
@AftercareStepDates
public record AftercareStep(
        @NotBlank String instruction,
        @Min(1) @Max(MAX_DAYS) Integer days,
        @Min(1) @Max(MAX_MONTHS) Integer months,
        String resume,
        String detail) {

    /** The longest step in days. */
    public static final int MAX_DAYS = 365;
    /** The longest step in months. */
    public static final int MAX_MONTHS = 24;

    /** Whether the step has a duration, and so an end date. */
    public boolean dated() {
        return days != null || months != null;
    }
}
