package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.Consent;
import org.smpdocs.model.ConsentChoice;
import org.smpdocs.model.KnownChoices;
import org.smpdocs.model.RecordedChoice;

/**
 * Checks {@link KnownChoices}: a recorded choice names one of the clinic's consent choices, and
 * no choice is recorded twice (which answer would count?). Reported at {@code choices[i].id}.
 */
public final class KnownChoicesValidator implements ConstraintValidator<KnownChoices, Consent> {
    @Override
    public boolean isValid(Consent consent, ConstraintValidatorContext context) {
        Clinic clinic = Violations.clinic(context);
        if (consent == null || clinic == null || clinic.content() == null || clinic.content().choices() == null) {
            return true;
        }
        Set<String> ids = clinic.content().choices().stream().filter(Objects::nonNull).map(ConsentChoice::id)
                .collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < consent.choices().size(); i++) {
            RecordedChoice c = consent.choices().get(i);
            if (c != null && c.id() != null && (!ids.contains(c.id()) || !seen.add(c.id()))) {
                Violations.reportAt(context, "one of the clinic's consent choices, each recorded once: "
                        + clinic.content().choices().stream().filter(Objects::nonNull).map(ConsentChoice::id)
                                .collect(Collectors.joining(", ")), "choices", i, "id");
                valid = false;
            }
        }
        return valid;
    }
}
