package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * One health question of the clinic's screening, as the patient reads it. The {@code id} is the
 * key of the answer in a case's {@code screening}; {@code ifYes} says whether a yes stops the
 * consent or calls for care; {@code reason} says why, in one sentence staff read (a stopped
 * consent's problem, the treatment report).
 */
public record HealthQuestion(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.EXPECTED) String id,
        @NotBlank String question,
        @NotNull YesMeans ifYes,
        @NotBlank String reason) implements Identified {

    /** Whether a yes to this question stops the consent. */
    public boolean stopsConsent() {
        return ifYes == YesMeans.CONTRAINDICATION;
    }
}
