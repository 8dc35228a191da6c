package org.smpdocs.template;

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
 * a {@link BlockedMemberException} that says so, not a "missing value". Thread-safe.
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

    /** A wrapped object that reports a blocked Java member instead of returning nothing. */
    private static final class Guarded extends GenericObjectModel {
        Guarded(Object object, BeansWrapper wrapper) {
            super(object, wrapper);
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
}
