package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.GuardianForMinor;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.SignerRole;

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
