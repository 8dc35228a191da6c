package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Whom the patient calls when something is wrong after a session, clinic content printed on the
 * aftercare sheet: in which {@code situation}, the {@code contact} (a service or the clinic, with
 * its hours) and its {@code phone} number. The numbers are data because they differ by country
 * (in the UK: 999 for an emergency, NHS 111 for urgent advice).
 */
public record UrgentContact(
        @NotBlank String situation,
        @NotBlank String contact,
        @NotBlank @Pattern(regexp = PHONE, message = "a phone number: digits and spaces, optionally after a +") String phone) {

    /** A number to dial: digits and single spaces, optionally after a leading +. */
    public static final String PHONE = "\\+?[0-9]+( [0-9]+)*";
}
