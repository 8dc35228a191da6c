package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/**
 * One set of vital signs taken in a session: the time, blood pressure in mmHg (systolic over
 * diastolic) and pulse in beats per minute, with an optional note of why they were taken
 * ("before the anaesthetic", "after feeling faint"). The ranges only catch typing errors.
 */
@SystolicAboveDiastolic
public record VitalSigns(
        @NotNull LocalTime time,
        @NotNull @Min(50) @Max(260) Integer systolicMmHg,
        @NotNull @Min(30) @Max(160) Integer diastolicMmHg,
        @NotNull @Min(30) @Max(220) Integer pulseBpm,
        String note) {
}
