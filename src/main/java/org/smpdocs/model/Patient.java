package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.Period;

/**
 * The patient. Names are printed exactly as given, in any script. {@code id} is the clinic's
 * patient number; {@code skinType} is the Fitzpatrick type, 1 to 6.
 */
public record Patient(
        @NotBlank String id,
        @NotBlank String givenName,
        @NotBlank String familyName,
        @NotNull @Past LocalDate dateOfBirth,
        @Email(regexp = Emails.PATTERN, message = Emails.EXPECTED) String email,
        String phone,
        @Valid Address address,
        @NotBlank @Pattern(regexp = Languages.PATTERN, message = Languages.EXPECTED) String preferredLanguage,
        @NotNull @Min(1) @Max(6) Integer skinType,
        @NotNull @Valid HairLoss hairLoss,
        @NotNull @Valid MedicalHistory history) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
