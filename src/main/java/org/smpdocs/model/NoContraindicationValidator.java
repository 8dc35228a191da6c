package org.smpdocs.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NoContraindication}: each answer that rules SMP out is reported at its own field
 * with the clinical reason, so the front desk sees why no consent form can be printed.
 */
public final class NoContraindicationValidator implements ConstraintValidator<NoContraindication, Screening> {
    @Override
    public boolean isValid(Screening s, ConstraintValidatorContext context) {
        if (s == null) {
            return true;
        }
        boolean valid = true;
        valid &= check(context, s.activeScalpInfection(), "activeScalpInfection",
                "no active scalp infection: pigment must not be implanted into infected skin; treat it first");
        valid &= check(context, s.keloidScarring(), "keloidScarring",
                "no history of keloid scarring: needle work can set off raised scars");
        valid &= check(context, s.pigmentAllergy(), "pigmentAllergy",
                "no allergy to the pigment: the pigment stays in the skin and cannot be withdrawn");
        valid &= check(context, s.pregnant(), "pregnant",
                "not pregnant: SMP is postponed until after pregnancy");
        return valid;
    }

    private static boolean check(ConstraintValidatorContext context, Boolean answer, String field,
            String expected) {
        if (Boolean.TRUE.equals(answer)) {
            Violations.at(context, expected, field);
            return false;
        }
        return true;
    }
}
