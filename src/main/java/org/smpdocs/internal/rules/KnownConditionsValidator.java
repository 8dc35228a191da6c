package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.smpdocs.model.CaseFact;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.KnownConditions;
import org.smpdocs.model.PersonalNote;
import org.smpdocs.model.ProcedureContent;

/**
 * Checks {@link KnownConditions}: every "what this means for you" note is keyed on something the
 * engine can decide, a health question of the same content or a {@link CaseFact}, so that no note
 * is silently never printed.
 */
public final class KnownConditionsValidator implements ConstraintValidator<KnownConditions, ProcedureContent> {
    @Override
    public boolean isValid(ProcedureContent content, ConstraintValidatorContext context) {
        if (content == null || content.forYou() == null) {
            return true;
        }
        Set<String> known = new HashSet<>();
        Arrays.stream(CaseFact.values()).map(CaseFact::spelling).forEach(known::add);
        if (content.healthQuestions() != null) {
            content.healthQuestions().stream().filter(Objects::nonNull).map(HealthQuestion::id).forEach(known::add);
        }
        boolean valid = true;
        for (int i = 0; i < content.forYou().size(); i++) {
            PersonalNote note = content.forYou().get(i);
            if (note != null && note.when() != null && !known.contains(note.when())) {
                Violations.atElement(context, context.getDefaultConstraintMessageTemplate(), "forYou", i, "when");
                valid = false;
            }
        }
        return valid;
    }
}
