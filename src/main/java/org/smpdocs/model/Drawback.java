package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * One drawback (risk) of the procedure, as the clinic words it. The {@code id} is stable across
 * content versions: a signed consent records which ids the patient initialled.
 */
public record Drawback(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.EXPECTED) String id,
        @NotBlank String title,
        @NotBlank String text) implements Identified {
}
