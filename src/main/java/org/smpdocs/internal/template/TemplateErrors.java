package org.smpdocs.internal.template;

import freemarker.core.InvalidReferenceException;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.Map;
import org.smpdocs.internal.template.ConfinedTemplateLoader.RefusedTemplateException;
import org.smpdocs.internal.template.DataOnlyWrapper.BlockedMemberException;
import org.smpdocs.internal.template.DataOnlyWrapper.NotAValueException;

/**
 * Turns FreeMarker's exceptions into one-line messages in plain words: where (template, line,
 * column), what went wrong, and the expression. FreeMarker's own message can quote values,
 * which may be patient data, so it is never passed on; nor are FreeMarker's class names.
 */
final class TemplateErrors {
    /** What each of FreeMarker's type errors means, by the exception's simple class name. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("NonStringException", "is not text"),
            Map.entry("NonStringOrTemplateOutputException", "is not text"),
            Map.entry("NonNumericalException", "is not a number"),
            Map.entry("NonBooleanException", "is not true or false"),
            Map.entry("NonDateException", "is not a date"),
            Map.entry("NonHashException", "has no named parts"),
            Map.entry("NonExtendedHashException", "has no named parts"),
            Map.entry("NonSequenceException", "is not a list"),
            Map.entry("NonSequenceOrCollectionException", "is not a list"),
            Map.entry("NonMethodException", "cannot be called"),
            Map.entry("NonUserDefinedDirectiveLikeException", "is not a macro"),
            Map.entry("NonNamespaceException", "is not an imported library"));

    private TemplateErrors() {
    }

    /** "template consent.ftlx line 3, column 5: missing value at ${patient.nickname}". */
    static String describe(String name, TemplateException e) {
        String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
        String position = e.getLineNumber() == null ? "template " + where + ": "
                : "template " + where + " line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": ";
        return position + what(e);
    }

    private static String what(TemplateException e) {
        String expression = e.getBlamedExpressionString() == null ? ""
                : " at ${" + e.getBlamedExpressionString().replaceAll("\\s+", " ") + "}";
        BlockedMemberException blocked = cause(e, BlockedMemberException.class);
        if (blocked != null) {
            return blocked.member() + " is blocked: templates can use the data's values and the helpers made for"
                    + " them (such as fmt.day), not Java methods";
        }
        NotAValueException notAValue = cause(e, NotAValueException.class);
        if (notAValue != null) {
            return notAValue.description() + expression;
        }
        String lookup = lookupFailure(e);
        if (lookup != null) {
            return lookup;
        }
        String message = String.valueOf(e.getMessageWithoutStackTop());
        if (message.contains("?api")) {
            return "?api is switched off: templates cannot reach Java" + expression;
        }
        if (message.contains("not allowed in the template for security reasons")) {
            return "?new is switched off: templates cannot create Java objects" + expression;
        }
        if (e instanceof InvalidReferenceException) {
            return "missing value" + expression;
        }
        String kind = KINDS.get(e.getClass().getSimpleName());
        return kind != null ? "the value " + kind + expression : "the template failed" + expression;
    }

    /** What went wrong finding an included or imported template, or null if nothing did. */
    static String lookupFailure(Throwable e) {
        RefusedTemplateException refused = cause(e, RefusedTemplateException.class);
        if (refused != null) {
            return refused.getMessage();
        }
        MalformedTemplateNameException malformed = cause(e, MalformedTemplateNameException.class);
        if (malformed != null) {
            return String.valueOf(malformed.getMalformednessDescription()).contains("Backing out")
                    ? outsideDirectory(malformed.getTemplateName())
                    : "template name " + malformed.getTemplateName() + " is not valid";
        }
        TemplateNotFoundException missing = cause(e, TemplateNotFoundException.class);
        if (missing != null) {
            return String.valueOf(missing.getMessage()).contains("Backing out") ? outsideDirectory(missing.getTemplateName())
                    : notFound(missing.getTemplateName());
        }
        return null;
    }

    static String outsideDirectory(String template) {
        return "template " + template + " leads outside the template directory (through a symbolic link or ..)"
                + " and is refused";
    }

    static String notFound(String template) {
        return "template " + template + " not found in the clinic's template directory or the built-in set";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
