package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The local anaesthetic given in a session, traceable by lot: the agent, its strength as a
 * percentage (weight per volume: 2% is 20 mg in each ml), the volume given, how it was given,
 * the lot and expiry of the pack, the clinic practitioner who gave it ({@code givenBy}, a
 * practitioner id) and the prescriber who prescribed or authorised it.
 */
public record Anaesthetic(
        @NotBlank String agent,
        @NotNull @Positive @DecimalMax("10") BigDecimal concentrationPercent,
        @NotNull @Positive @DecimalMax("50") BigDecimal volumeMl,
        @NotNull AnaestheticRoute route,
        @NotBlank String lot,
        @NotNull LocalDate expiry,
        @NotBlank String givenBy,
        @NotNull @Valid Prescriber prescriber) {

    /** Milligrams in one ml per percent of strength (1% weight per volume is 10 mg/ml). */
    private static final BigDecimal MG_PER_ML_PER_PERCENT = BigDecimal.TEN;

    /**
     * The dose in milligrams: strength in mg/ml times the volume given ("2%, 1.5 ml" is 30 mg),
     * without trailing zeros. Only meaningful once validated.
     */
    public BigDecimal doseMg() {
        return concentrationPercent.multiply(MG_PER_ML_PER_PERCENT).multiply(volumeMl).stripTrailingZeros();
    }
}
