package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Set;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.SessionsWithinPlan;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link SessionsWithinPlan}, reported at each offending {@code sessions[i].number}. */
public final class SessionsWithinPlanValidator implements ConstraintValidator<SessionsWithinPlan, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        if (c == null || c.plan() == null || c.plan().sessionsPlanned() == null || c.sessions() == null) {
            return true;
        }
        boolean valid = true;
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < c.sessions().size(); i++) {
            TreatmentSession s = c.sessions().get(i);
            if (s == null || s.number() == null) {
                continue;
            }
            if (s.number() > c.plan().sessionsPlanned() || !seen.add(s.number())) {
                Violations.atElement(context, context.getDefaultConstraintMessageTemplate(), "sessions", i, "number");
                valid = false;
            }
        }
        return valid;
    }
}
