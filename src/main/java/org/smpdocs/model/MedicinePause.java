package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A medicine the plan asks the patient to stop around each session ("minoxidil"), for
 * {@code hoursBefore} hours before a session starts and {@code hoursAfter} hours after it ends,
 * each 0 to {@link #MAX_HOURS}. The aftercare sheet prints when the patient may use it again.
 */
public record MedicinePause(
        @NotBlank String medicine,
        @NotNull @Min(0) @Max(MAX_HOURS) Integer hoursBefore,
        @NotNull @Min(0) @Max(MAX_HOURS) Integer hoursAfter) {

    /** The longest pause, 30 days. */
    public static final int MAX_HOURS = 720;
}
