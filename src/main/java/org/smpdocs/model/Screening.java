package org.smpdocs.model;

import jakarta.validation.constraints.NotNull;

/**
 * Contraindication screening answers, each asked and answered. The first four rule the procedure
 * out ({@link NoContraindication}); the others call for the practitioner's judgement.
 */
@NoContraindication(groups = ConsentChecks.class)
public record Screening(
        @NotNull Boolean activeScalpInfection,
        @NotNull Boolean keloidScarring,
        @NotNull Boolean pigmentAllergy,
        @NotNull Boolean pregnant,
        @NotNull Boolean bloodThinners,
        @NotNull Boolean scalpCondition,
        @NotNull Boolean diabetes) {
}
