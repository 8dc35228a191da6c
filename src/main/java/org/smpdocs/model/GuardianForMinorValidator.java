package org.smpdocs.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GuardianForMinor}, reported at {@code consent.signers}. */
public final class GuardianForMinorValidator implements ConstraintValidator<GuardianForMinor, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        if (c == null || c.patient() == null || c.patient().dateOfBirth() == null
                || c.consent() == null || c.consent().date() == null || c.consent().signers() == null) {
            return true;
        }
        boolean minor = c.patient().ageOn(c.consent().date()) < Patient.ADULT_AGE;
        if (minor && c.consent().signer(SignerRole.GUARDIAN).isEmpty()) {
            Violations.at(context, context.getDefaultConstraintMessageTemplate(), "consent", "signers");
            return false;
        }
        return true;
    }
}
