package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A choice the patient makes on the consent, worded as the sentence they agree to by ticking its
 * box ("I agree to photographs being kept in my clinical record."). The {@code id} names the
 * check-box field ({@code choice-<id>}) and a choice recorded in a case.
 */
public record ConsentChoice(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.EXPECTED) String id,
        @NotBlank String text) implements Identified {
}
