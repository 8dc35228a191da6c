package org.smpdocs.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * What the law where the clinic works asks of treating a minor, as clinic data: the age of
 * majority, whether a minor's case needs a medical reason and a directing doctor, and the rule in
 * plain words, printed on a minor's consent. In the UK (the samples) the age is 18 and, by the
 * Tattooing of Minors Act 1969, a minor may be tattooed only for medical reasons, by or under the
 * direction of a registered medical practitioner.
 */
public record MinorRules(
        @NotNull @Min(1) @Max(30) Integer ageOfMajority,
        @NotNull Boolean medicalReasonRequired,
        @NotNull Boolean directingDoctorRequired,
        @NotBlank String rule,
        @NotEmpty List<@NotBlank String> guardianStatement) {

    public MinorRules {
        guardianStatement = Lists.frozen(guardianStatement);
    }

    /**
     * Whether the case's patient is a minor on the consent date; false while the dates it needs
     * are missing (validation reports those on their own).
     */
    public boolean appliesTo(PatientCase c) {
        return c != null && c.patient() != null && c.patient().dateOfBirth() != null && c.consent() != null
                && c.consent().date() != null && ageOfMajority != null
                && c.patient().ageOn(c.consent().date()) < ageOfMajority;
    }
}
