package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.AftercareStep;
import org.smpdocs.model.AftercareStepDates;

/** Checks {@link AftercareStepDates}: both durations are reported at {@code months}, resume text at {@code resume}. */
public final class AftercareStepDatesValidator implements ConstraintValidator<AftercareStepDates, AftercareStep> {
    @Override
    public boolean isValid(AftercareStep step, ConstraintValidatorContext context) {
        if (step == null) {
            return true;
        }
        if (step.days() != null && step.months() != null) {
            Violations.at(context, "either days or months, not both", "months");
            return false;
        }
        boolean resume = step.resume() != null && !step.resume().isBlank();
        if (step.dated() && !resume) {
            Violations.at(context, "a resume text (what is fine again from the day after) for a step with days or months",
                    "resume");
            return false;
        }
        if (!step.dated() && step.resume() != null) {
            Violations.at(context, "no resume text on a step without days or months: it has no date to resume from",
                    "resume");
            return false;
        }
        return true;
    }
}
