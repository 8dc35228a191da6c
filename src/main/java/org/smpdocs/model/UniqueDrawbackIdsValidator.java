package org.smpdocs.model;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link UniqueDrawbackIds}, naming the first repeated entry. */
public final class UniqueDrawbackIdsValidator implements ConstraintValidator<UniqueDrawbackIds, List<Drawback>> {
    @Override
    public boolean isValid(List<Drawback> drawbacks, ConstraintValidatorContext context) {
        if (drawbacks == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drawbacks.size(); i++) {
            Drawback d = drawbacks.get(i);
            if (d != null && d.id() != null && !seen.add(d.id())) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("id").inIterable().atIndex(i)
                        .addConstraintViolation();
                return false;
            }
        }
        return true;
    }
}
