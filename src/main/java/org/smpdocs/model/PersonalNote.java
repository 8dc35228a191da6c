package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/**
 * A paragraph of "what this means for you", printed on the consent when its condition holds for
 * the case: {@code when} is a health question's id (the patient answered yes) or a
 * {@link CaseFact} spelled in kebab case ({@code scars}, {@code hair-worn-long}).
 */
public record PersonalNote(@NotBlank String when, @NotBlank String text) {
}
