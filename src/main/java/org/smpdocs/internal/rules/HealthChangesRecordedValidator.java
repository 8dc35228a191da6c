package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.HealthChangesRecorded;
import org.smpdocs.model.PreTreatmentCheck;

/** Checks {@link HealthChangesRecorded}, reported at {@code healthChanges}. */
public final class HealthChangesRecordedValidator implements ConstraintValidator<HealthChangesRecorded, PreTreatmentCheck> {
    @Override
    public boolean isValid(PreTreatmentCheck check, ConstraintValidatorContext context) {
        if (check == null || !Boolean.FALSE.equals(check.healthUnchanged())) {
            return true;
        }
        if (check.healthChanges() == null || check.healthChanges().isBlank()) {
            Violations.at(context, context.getDefaultConstraintMessageTemplate(), "healthChanges");
            return false;
        }
        return true;
    }
}
