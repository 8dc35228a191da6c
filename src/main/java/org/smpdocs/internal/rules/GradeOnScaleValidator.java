package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import org.smpdocs.model.GradeOnScale;
import org.smpdocs.model.HairLoss;

/** Checks {@link GradeOnScale}; missing parts are left to their own constraints. */
public final class GradeOnScaleValidator implements ConstraintValidator<GradeOnScale, HairLoss> {
    @Override
    public boolean isValid(HairLoss loss, ConstraintValidatorContext context) {
        if (loss == null || loss.scale() == null || loss.grade() == null
                || loss.scale().grades().contains(loss.grade())) {
            return true;
        }
        Violations.at(context, "a grade on the " + loss.scale().name().toLowerCase(Locale.ROOT)
                + " scale: " + String.join(", ", loss.scale().grades()), "grade");
        return false;
    }
}
