package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A consent choice the patient already made and signed earlier, with the date it was recorded.
 * The consent prints it as a recorded fact; a choice not recorded is an empty box to tick.
 */
public record RecordedChoice(
        @NotBlank String id,
        @NotNull Boolean agreed,
        @NotNull @NotFarAhead LocalDate recordedOn) {
}
