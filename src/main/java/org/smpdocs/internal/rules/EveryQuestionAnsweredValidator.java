package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.EveryQuestionAnswered;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.Screening;

/**
 * Checks {@link EveryQuestionAnswered}: each health question of the clinic that the case leaves
 * unanswered (missing or null) is a problem at {@code screening.<question id>}.
 */
public final class EveryQuestionAnsweredValidator implements ConstraintValidator<EveryQuestionAnswered, Screening> {
    @Override
    public boolean isValid(Screening s, ConstraintValidatorContext context) {
        if (s == null) {
            return true;
        }
        boolean valid = true;
        for (HealthQuestion q : Violations.healthQuestions(context)) {
            if (s.answer(q.id()).isEmpty()) {
                Violations.report(context, "true or false", q.id());
                valid = false;
            }
        }
        return valid;
    }
}
