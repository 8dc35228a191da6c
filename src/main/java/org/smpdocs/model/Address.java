package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/** A postal address. {@code line2} and {@code region} are optional. */
public record Address(
        @NotBlank String line1,
        String line2,
        @NotBlank String city,
        String region,
        @NotBlank String postalCode,
        @NotBlank String country) {
}
