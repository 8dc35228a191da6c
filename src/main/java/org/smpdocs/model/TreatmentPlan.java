package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the clinic plans for the patient: areas, number of sessions, pigment shade, whether the
 * patient means to wear their own hair long ({@code hairWornLong}, optional), which makes the
 * drawback of keeping hair short matter more, and the medicines the patient stops around each
 * session ({@code medicinePauses}; none when left out).
 */
public record TreatmentPlan(
        @NotEmpty List<@NotNull TreatmentArea> areas,
        @NotNull @Min(1) @Max(6) Integer sessionsPlanned,
        @NotBlank String pigmentShade,
        @NotBlank String practitionerId,
        String notes,
        Boolean hairWornLong,
        List<@NotNull @Valid MedicinePause> medicinePauses) {

    public TreatmentPlan {
        areas = Lists.frozen(areas);
        // left out (null) means none; kept null so that a case without pauses keeps its snapshot and input hash
        medicinePauses = Lists.frozen(medicinePauses);
    }
}
