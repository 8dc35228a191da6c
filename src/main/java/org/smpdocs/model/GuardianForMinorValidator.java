package org.smpdocs.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GuardianForMinor}, reported at {@code consent.signers}. */
public final class GuardianForMinorValidator implements ConstraintValidator<GuardianForMinor, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        Clinic clinic = Violations.clinic(context);
        if (clinic == null || clinic.minors() == null || !clinic.minors().appliesTo(c) || c.consent().signers() == null) {
            return true;
        }
        if (c.consent().signer(SignerRole.GUARDIAN).isEmpty()) {
            Violations.at(context, "a guardian signer for a patient under " + clinic.minors().ageOfMajority()
                    + " on the consent date", "consent", "signers");
            return false;
        }
        return true;
    }
}
