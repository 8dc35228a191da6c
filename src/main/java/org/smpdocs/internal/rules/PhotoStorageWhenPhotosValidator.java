package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.PhotoStorageWhenPhotos;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link PhotoStorageWhenPhotos}, reported at {@code photoStorage}. */
public final class PhotoStorageWhenPhotosValidator implements ConstraintValidator<PhotoStorageWhenPhotos, TreatmentSession> {
    @Override
    public boolean isValid(TreatmentSession s, ConstraintValidatorContext context) {
        if (s == null || s.photos() == null || s.photos().isEmpty()) {
            return true;
        }
        if (s.photoStorage() == null || s.photoStorage().isBlank()) {
            Violations.at(context, context.getDefaultConstraintMessageTemplate(), "photoStorage");
            return false;
        }
        return true;
    }
}
