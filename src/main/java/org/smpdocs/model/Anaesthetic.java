package org.smpdocs.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** The local anaesthetic given in a session. */
public record Anaesthetic(
        @NotBlank String agent,
        @NotBlank String concentration,
        @NotNull @Positive @DecimalMax("50") BigDecimal volumeMl) {
}
