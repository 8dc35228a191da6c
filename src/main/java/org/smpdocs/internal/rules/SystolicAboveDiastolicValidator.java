package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.SystolicAboveDiastolic;
import org.smpdocs.model.VitalSigns;

/** Checks {@link SystolicAboveDiastolic}, reported at {@code diastolicMmHg}. */
public final class SystolicAboveDiastolicValidator implements ConstraintValidator<SystolicAboveDiastolic, VitalSigns> {
    @Override
    public boolean isValid(VitalSigns v, ConstraintValidatorContext context) {
        if (v == null || v.systolicMmHg() == null || v.diastolicMmHg() == null || v.systolicMmHg() > v.diastolicMmHg()) {
            return true;
        }
        Violations.at(context, context.getDefaultConstraintMessageTemplate(), "diastolicMmHg");
        return false;
    }
}
