package org.smpdocs.model;

import jakarta.validation.constraints.NotNull;

/** The patient's separate choices about photographs: for the clinical record, for marketing. */
public record PhotoConsent(@NotNull Boolean clinicalRecord, @NotNull Boolean marketing) {
}
