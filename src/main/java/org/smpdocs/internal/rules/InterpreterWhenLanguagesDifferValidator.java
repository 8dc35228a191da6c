package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.InterpreterWhenLanguagesDiffer;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.SignerRole;

/**
 * Checks {@link InterpreterWhenLanguagesDiffer} against the clinic's document language, reported
 * at {@code consent.signers}. Languages match on their primary subtag: "pt-BR" reads "pt".
 */
public final class InterpreterWhenLanguagesDifferValidator
        implements ConstraintValidator<InterpreterWhenLanguagesDiffer, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        Clinic clinic = Violations.clinic(context);
        if (clinic == null || clinic.documentLanguage() == null || c == null || c.patient() == null
                || c.patient().preferredLanguage() == null || c.consent() == null
                || c.consent().signers() == null) {
            return true;
        }
        boolean differs = !primary(c.patient().preferredLanguage()).equals(primary(clinic.documentLanguage()));
        if (differs && c.consent().signer(SignerRole.INTERPRETER).isEmpty()) {
            Violations.at(context, context.getDefaultConstraintMessageTemplate(), "consent", "signers");
            return false;
        }
        return true;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}
