package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.PatchTest;
import org.smpdocs.model.PatchTestRecorded;

/** Checks {@link PatchTestRecorded}: one problem for each of date, site and result that a done test lacks. */
public final class PatchTestRecordedValidator implements ConstraintValidator<PatchTestRecorded, PatchTest> {
    @Override
    public boolean isValid(PatchTest t, ConstraintValidatorContext context) {
        if (t == null || !t.done()) {
            return true;
        }
        boolean valid = true;
        if (t.date() == null) {
            Violations.at(context, "the date of a patch test that was done", "date");
            valid = false;
        }
        if (blank(t.site())) {
            Violations.at(context, "where on the body a patch test that was done was placed", "site");
            valid = false;
        }
        if (blank(t.result())) {
            Violations.at(context, "the result of a patch test that was done", "result");
            valid = false;
        }
        return valid;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
