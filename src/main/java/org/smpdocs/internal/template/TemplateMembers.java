package org.smpdocs.internal.template;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.smpdocs.Provenance;
import org.smpdocs.model.Anaesthetic;
import org.smpdocs.model.Patient;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.TreatmentSession;

/**
 * What of the Java objects behind the template root a template may use: the components of the
 * project's records ({@code patient.familyName}) and the few helpers below that are meant for
 * templates. Everything else — {@code getClass()}, {@code hashCode()}, methods of the JDK's
 * types, other methods of the model, fields and constructors — is invisible to templates.
 * Immutable and thread-safe.
 */
final class TemplateMembers implements MemberAccessPolicy {
    /** The methods, besides record components, that templates may call. */
    static final Set<Method> HELPERS = Set.of(
            method(DateFormats.class, "day", LocalDate.class),
            method(DateFormats.class, "longDay", LocalDate.class),
            method(DateFormats.class, "date", LocalDate.class),
            method(DateFormats.class, "language", String.class),
            method(DateFormats.class, "month", LocalDate.class),
            method(DateFormats.class, "time", LocalTime.class),
            method(DateFormats.class, "duration", Duration.class),
            method(Provenance.class, "shortForm"),
            method(DatedStep.class, "dated"),
            method(TreatmentSession.class, "length"),
            method(Anaesthetic.class, "doseMg"),
            method(PatientCase.class, "sessionsBefore", int.class),
            method(Patient.class, "fullName"));

    private static final String PROJECT = "org.smpdocs.";

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        Set<String> components = isProjectRecord(contextClass) ? Arrays.stream(contextClass.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet()) : Set.of();
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                // by name: the accessor may reach FreeMarker as the method of an interface it implements
                return HELPERS.contains(method) || method.getParameterCount() == 0 && components.contains(method.getName());
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    /**
     * {@code ${enumValue}} prints the constant's name and {@code ${date}} the date; printing a
     * helper or a record of the project is refused by {@link DataOnlyWrapper} before its
     * {@code toString} is reached.
     */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    private static boolean isProjectRecord(Class<?> type) {
        return type.isRecord() && type.getName().startsWith(PROJECT);
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("template helper " + type.getSimpleName() + "." + name + " is gone", e);
        }
    }
}
