package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.HealthQuestion;

/**
 * Reports a class-level rule's violation at the field it concerns, so a problem says
 * "sessions[1].date" rather than just "the case".
 */
final class Violations {
    private Violations() {
    }

    /** Reports at a nested property path such as {@code consent.signers}. */
    static void at(ConstraintValidatorContext context, String message, String... path) {
        context.disableDefaultConstraintViolation();
        var builder = context.buildConstraintViolationWithTemplate(message);
        NodeBuilderCustomizableContext node = builder.addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.addPropertyNode(path[i]);
        }
        node.addConstraintViolation();
    }

    /**
     * Reports text that is not a message template (clinic wording, a list of ids) at a path: its
     * braces, dollar signs and backslashes are escaped so that the validator never interpolates it.
     */
    static void report(ConstraintValidatorContext context, String text, String... path) {
        at(context, literal(text), path);
    }

    /** Like {@link #report}, at {@code list[index].leaf}. */
    static void reportAt(ConstraintValidatorContext context, String text, String list, int index, String leaf) {
        atElement(context, literal(text), list, index, leaf);
    }

    private static String literal(String text) {
        return text.replaceAll("([\\\\{}$])", "\\\\$1");
    }

    /**
     * Reports at {@code list[index].leaf}, e.g. {@code sessions[2].number}, or deeper in the
     * element: {@code sessions[2].anaesthetic.givenBy}.
     */
    static void atElement(ConstraintValidatorContext context, String message, String list, int index,
            String... leaf) {
        context.disableDefaultConstraintViolation();
        NodeBuilderDefinedContext element = context.buildConstraintViolationWithTemplate(message)
                .addPropertyNode(list)
                .addPropertyNode(leaf[0]).inIterable().atIndex(index);
        if (leaf.length == 1) {
            element.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext node = element.addPropertyNode(leaf[1]);
        for (int i = 2; i < leaf.length; i++) {
            node = node.addPropertyNode(leaf[i]);
        }
        node.addConstraintViolation();
    }

    /** The clinic's health questions (none when validating without a clinic or while its content is incomplete). */
    static List<HealthQuestion> healthQuestions(ConstraintValidatorContext context) {
        Clinic clinic = clinic(context);
        return clinic == null || clinic.content() == null || clinic.content().healthQuestions() == null ? List.of()
                : clinic.content().healthQuestions().stream().filter(q -> q != null && q.id() != null).toList();
    }

    /** The clinic the validator was created for, or null when validating without one. */
    static Clinic clinic(ConstraintValidatorContext context) {
        return context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(Clinic.class);
    }
}
