package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.KnownPractitioners;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link KnownPractitioners} against the clinic given as constraint payload. */
public final class KnownPractitionersValidator implements ConstraintValidator<KnownPractitioners, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        Clinic clinic = Violations.clinic(context);
        if (clinic == null || clinic.practitioners() == null || c == null) {
            return true;
        }
        boolean valid = true;
        String message = context.getDefaultConstraintMessageTemplate();
        if (c.plan() != null && c.plan().practitionerId() != null && !known(clinic, c.plan().practitionerId())) {
            Violations.at(context, message, "plan", "practitionerId");
            valid = false;
        }
        for (int i = 0; c.sessions() != null && i < c.sessions().size(); i++) {
            TreatmentSession s = c.sessions().get(i);
            if (s == null) {
                continue;
            }
            if (s.practitionerId() != null && !known(clinic, s.practitionerId())) {
                Violations.atElement(context, message, "sessions", i, "practitionerId");
                valid = false;
            }
            if (s.preTreatmentCheck() != null && s.preTreatmentCheck().checkedBy() != null
                    && !known(clinic, s.preTreatmentCheck().checkedBy())) {
                Violations.atElement(context, message, "sessions", i, "preTreatmentCheck", "checkedBy");
                valid = false;
            }
            if (s.anaesthetic() != null && s.anaesthetic().givenBy() != null && !known(clinic, s.anaesthetic().givenBy())) {
                Violations.atElement(context, message, "sessions", i, "anaesthetic", "givenBy");
                valid = false;
            }
        }
        return valid;
    }

    private static boolean known(Clinic clinic, String id) {
        return clinic.practitioners().stream().anyMatch(p -> p != null && id.equals(p.id()));
    }
}
