package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The patient's hair-loss pattern: a scale and a grade on it ("norwood" "6", "ludwig" "II"). */
@GradeOnScale
public record HairLoss(@NotNull HairLossScale scale, @NotBlank String grade, String notes) {
}
