package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the practitioner observed in a session: the scalp before treatment (intact, no infection
 * or inflammation) and at the end (redness, swelling, bleeding), and the vital signs taken, in the
 * order taken. An empty {@code vitals} list means none were taken; a missing one is an error.
 */
public record Observations(
        @NotBlank String scalpBefore,
        @NotBlank String scalpAfter,
        @NotNull List<@NotNull @Valid VitalSigns> vitals) {

    public Observations {
        vitals = Lists.frozen(vitals);
    }
}
