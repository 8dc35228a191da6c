package org.smpdocs.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

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
