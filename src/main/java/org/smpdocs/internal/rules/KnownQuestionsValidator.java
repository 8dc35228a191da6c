package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.KnownQuestions;
import org.smpdocs.model.Screening;

/**
 * Checks {@link KnownQuestions}: an answer to a question the clinic does not ask (a typo, an old
 * question) is a problem at its key, naming the questions there are, so that no answer is
 * silently ignored.
 */
public final class KnownQuestionsValidator implements ConstraintValidator<KnownQuestions, Screening> {
    @Override
    public boolean isValid(Screening s, ConstraintValidatorContext context) {
        List<String> ids = Violations.healthQuestions(context).stream().map(HealthQuestion::id).toList();
        if (s == null || ids.isEmpty()) {
            return true;
        }
        boolean valid = true;
        for (String key : s.answers().keySet()) {
            if (!ids.contains(key)) {
                Violations.report(context, "one of the clinic's health questions: " + String.join(", ", ids), key);
                valid = false;
            }
        }
        return valid;
    }
}
