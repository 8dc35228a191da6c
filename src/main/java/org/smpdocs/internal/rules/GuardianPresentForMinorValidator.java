package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.Consent;
import org.smpdocs.model.GuardianPresentForMinor;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.SignerRole;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link GuardianPresentForMinor}, reported at each offending {@code sessions[i].guardianPresent}. */
public final class GuardianPresentForMinorValidator implements ConstraintValidator<GuardianPresentForMinor, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        Clinic clinic = Violations.clinic(context);
        if (clinic == null || clinic.minors() == null || c == null || c.sessions() == null || c.consent() == null
                || c.consent().signers() == null) {
            return true;
        }
        boolean minor = clinic.minors().appliesTo(c);
        boolean valid = true;
        for (int i = 0; i < c.sessions().size(); i++) {
            TreatmentSession s = c.sessions().get(i);
            if (s == null || s.guardianPresent() == null) {
                continue;
            }
            if (!minor) {
                Violations.atElement(context, "no guardian present, recorded only for a patient under "
                        + clinic.minors().ageOfMajority(), "sessions", i, "guardianPresent");
                valid = false;
            } else if (!signedAsGuardian(c.consent(), s.guardianPresent())) {
                Violations.atElement(context, context.getDefaultConstraintMessageTemplate(), "sessions", i,
                        "guardianPresent");
                valid = false;
            }
        }
        return valid;
    }

    private static boolean signedAsGuardian(Consent consent, String name) {
        return consent.signers().stream()
                .anyMatch(s -> s != null && s.role() == SignerRole.GUARDIAN && name.equals(s.name()));
    }
}
