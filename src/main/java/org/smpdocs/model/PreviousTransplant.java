package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/** A hair transplant the patient had before: method (FUE, FUT), when, and what it left. */
public record PreviousTransplant(
        @NotBlank String method,
        @NotNull @PastOrPresent LocalDate date,
        @NotNull Boolean donorAreaLimited,
        String scarDescription) {
}
