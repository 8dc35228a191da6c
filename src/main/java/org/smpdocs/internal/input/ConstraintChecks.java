package org.smpdocs.internal.input;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;

/**
 * Bean Validation of the records, turned into {@link Problem}s. Messages are interpolated without
 * an expression language and in English whatever the JVM's locale, and never include the
 * validated value. Thread-safe; build once (bootstrapping a validator factory is expensive).
 */
final class ConstraintChecks {
    /** Problems are listed by path, then rule: the same input always lists them the same way. */
    static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::path).thenComparing(Problem::rule);
    /**
     * What the built-in constraints expect, phrased to follow "expected" (their own messages say
     * what is wrong: "must not be null"). Our constraints' messages are phrased so already.
     */
    private static final ResourceBundle EXPECTATIONS = ResourceBundle.getBundle("org.smpdocs.internal.input.Expectations",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    private final ValidatorFactory factory;

    ConstraintChecks() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .defaultLocale(Locale.ENGLISH)
                .locales(Locale.ENGLISH)
                .buildValidatorFactory();
    }

    /** A validator whose class-level rules see {@code clinic} (may be null: those rules then pass). */
    Validator forClinic(Clinic clinic) {
        if (clinic == null) {
            return factory.getValidator();
        }
        return factory.unwrap(HibernateValidatorFactory.class).usingContext()
                .constraintValidatorPayload(clinic)
                .getValidator();
    }

    /** The problems of {@code value} under the given groups, sorted by path. */
    static <T> List<Problem> check(Validator validator, T value, Class<?>... groups) {
        return validator.validate(value, groups).stream()
                .map(ConstraintChecks::problem)
                .sorted(ORDER)
                .toList();
    }

    private static Problem problem(ConstraintViolation<?> v) {
        String rule = kebab(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        return new Problem(path(v.getPropertyPath()), rule, expected(v));
    }

    private static String expected(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String key = template.length() > 2 ? template.substring(1, template.length() - 1) : "";
        if (!template.startsWith("{") || !EXPECTATIONS.containsKey(key)) {
            return v.getMessage();
        }
        String text = EXPECTATIONS.getString(key);
        for (Map.Entry<String, Object> attribute : v.getConstraintDescriptor().getAttributes().entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    /** Formats a property path as {@code sessions[1].end} or {@code patient.history.scars[0]}. */
    static String path(Path path) {
        StringBuilder b = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                b.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(JsonPaths.key(name)); // a map key comes from the file
            }
        }
        return b.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
