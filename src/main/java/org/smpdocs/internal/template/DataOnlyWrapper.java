package org.smpdocs.internal.template;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.ModelFactory;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.DefaultObjectWrapperConfiguration;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Date;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The object wrapper of the template engine: lists, maps, strings, numbers and booleans as
 * FreeMarker's own, and every other object as data whose only members are those
 * {@link TemplateMembers} allows. A template that names any other member of the Java object
 * ({@code ${patient.getClass()}}, {@code ${patient.class}}, {@code ${patient.hashCode()}}) gets
 * a {@link BlockedMemberException} that says so, not a "missing value". Printing an object of the
 * project that is not a value — the helper {@code fmt}, or a record ({@code ${doc.provenance}}) —
 * is a {@link NotAValueException}, never Java's text for it. Thread-safe.
 */
final class DataOnlyWrapper extends DefaultObjectWrapper {
    /** The member names of each class a template might try: public methods and the properties they imply. */
    private static final ClassValue<Set<String>> JAVA_NAMES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (Method m : type.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers())) {
                    names.add(m.getName());
                    property(m).ifPresent(names::add);
                }
            }
            return Set.copyOf(names);
        }
    };

    private static final String PROJECT = "org.smpdocs.";
    private final ModelFactory guarded = (object, wrapper) -> new Guarded(object, (BeansWrapper) wrapper);

    private DataOnlyWrapper(DefaultObjectWrapperConfiguration configuration) {
        super(configuration, true);
    }

    static DataOnlyWrapper create(Version version) {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(version);
        builder.setMemberAccessPolicy(new TemplateMembers());
        builder.setExposeFields(false);
        return new DataOnlyWrapper(builder);
    }

    @Override
    protected ModelFactory getModelFactory(Class<?> type) {
        return isPlainObject(type) ? guarded : super.getModelFactory(type);
    }

    /** Objects that FreeMarker would wrap as a generic bean: not a collection, number, date, boolean or array. */
    private static boolean isPlainObject(Class<?> type) {
        return !(Map.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)
                || type == Boolean.class || type.isArray() || ResourceBundle.class.isAssignableFrom(type)
                || Iterator.class.isAssignableFrom(type) || Enumeration.class.isAssignableFrom(type));
    }

    /** A class of this project, or an anonymous or nested one inside it. */
    private static boolean isProjectType(Class<?> type) {
        return type.getName().startsWith(PROJECT);
    }

    private static Optional<String> property(Method m) {
        String name = m.getName();
        int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
        if (prefix == 0 || name.length() == prefix || m.getParameterCount() != 0) {
            return Optional.empty();
        }
        String rest = name.substring(prefix);
        return Optional.of(rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) ? rest
                : rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1));
    }

    /**
     * A wrapped object that reports a blocked Java member instead of returning nothing, and that
     * prints only if it is a value: a template helper or a record of the project is not one (its
     * Java text is a class name and a hash code, or every component at once).
     */
    private static final class Guarded extends GenericObjectModel {
        Guarded(Object object, BeansWrapper wrapper) {
            super(object, wrapper);
        }

        @Override
        public String getAsString() {
            Object object = getWrappedObject();
            if (isProjectType(object.getClass()) && !(object instanceof Enum)) {
                return sneakyThrow(new NotAValueException(object.getClass()));
            }
            return super.getAsString();
        }

        /**
         * Throws the checked exception although {@link GenericObjectModel#getAsString} declares
         * none: FreeMarker calls it through {@code TemplateScalarModel.getAsString}, which declares
         * it, and so reports it as a template error at the place it happened (an unchecked one
         * would escape FreeMarker without a place).
         */
        @SuppressWarnings("unchecked")
        private static <T extends Throwable> String sneakyThrow(Throwable e) throws T {
            throw (T) e;
        }

        @Override
        protected TemplateModel invokeGenericGet(@SuppressWarnings("rawtypes") Map classInfo, Class<?> type, String key)
                throws TemplateModelException {
            if (JAVA_NAMES.get(type).contains(key)) {
                throw new BlockedMemberException(key);
            }
            return null;
        }
    }

    /**
     * A template named a member of a Java object that templates may not use. The message says
     * so in plain words; it names the member, never a value.
     */
    static final class BlockedMemberException extends TemplateModelException {
        private static final long serialVersionUID = 1L;
        private final String member;

        BlockedMemberException(String member) {
            super(member + " is Java, not template data");
            this.member = member;
        }

        String member() {
            return member;
        }
    }

    /**
     * A template printed a template helper ({@code fmt}) or a group of values (a record such as
     * {@code doc.provenance}), neither of which has text of its own: Java's would be a class name
     * and a hash code, or every component at once. The message names the kind of object, never a value.
     */
    static final class NotAValueException extends TemplateModelException {
        private static final long serialVersionUID = 1L;
        private final String description;

        NotAValueException(Class<?> type) {
            super(describe(type));
            description = describe(type);
        }

        /** What was printed, in plain words, without FreeMarker's stack. */
        String description() {
            return description;
        }

        private static String describe(Class<?> type) {
            if (type == DateFormats.class) {
                return "fmt is a helper, not a value to print; use it on a value, such as ${fmt.day(patient.dateOfBirth)}";
            }
            String name = type.isRecord() ? "a " + type.getSimpleName() + " is a group of values" : "a "
                    + type.getSimpleName() + " is a helper";
            return name + ", not a value to print; print one of its parts";
        }
    }
}
