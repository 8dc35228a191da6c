package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smpdocs.model.Identified;
import org.smpdocs.model.UniqueIds;

/** Checks {@link UniqueIds}, naming the first repeated entry. */
public final class UniqueIdsValidator implements ConstraintValidator<UniqueIds, List<? extends Identified>> {
    @Override
    public boolean isValid(List<? extends Identified> entries, ConstraintValidatorContext context) {
        if (entries == null) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Identified entry = entries.get(i);
            if (entry != null && entry.id() != null && !seen.add(entry.id())) {
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
