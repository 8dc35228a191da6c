package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the clinic plans for the patient: areas, number of sessions, pigment shade, and whether the
 * patient means to wear their own hair long ({@code hairWornLong}, optional), which makes the
 * drawback of keeping hair short matter more.
 */
public record TreatmentPlan(
        @NotEmpty List<@NotNull TreatmentArea> areas,
        @NotNull @Min(1) @Max(6) Integer sessionsPlanned,
        @NotBlank String pigmentShade,
        @NotBlank String practitionerId,
        String notes,
        Boolean hairWornLong) {

    public TreatmentPlan {
        areas = Lists.frozen(areas);
    }
}
