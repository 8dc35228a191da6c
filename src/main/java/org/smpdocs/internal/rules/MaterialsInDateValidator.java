package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.smpdocs.model.MaterialsInDate;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link MaterialsInDate}; each expired item is reported at its own {@code expiry}. */
public final class MaterialsInDateValidator implements ConstraintValidator<MaterialsInDate, TreatmentSession> {
    @Override
    public boolean isValid(TreatmentSession s, ConstraintValidatorContext context) {
        if (s == null || s.date() == null) {
            return true;
        }
        String message = context.getDefaultConstraintMessageTemplate();
        boolean valid = true;
        if (s.anaesthetic() != null && expired(s.anaesthetic().expiry(), s.date())) {
            Violations.at(context, message, "anaesthetic", "expiry");
            valid = false;
        }
        if (s.pigment() != null && expired(s.pigment().expiry(), s.date())) {
            Violations.at(context, message, "pigment", "expiry");
            valid = false;
        }
        if (s.needle() != null && expired(s.needle().expiry(), s.date())) {
            Violations.at(context, message, "needle", "expiry");
            valid = false;
        }
        return valid;
    }

    private static boolean expired(LocalDate expiry, LocalDate day) {
        return expiry != null && expiry.isBefore(day);
    }
}
