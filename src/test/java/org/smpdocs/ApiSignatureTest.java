package org.smpdocs;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The library's API ({@code org.smpdocs}, {@code org.smpdocs.model}) is closed: no public or
 * protected member of an API type names a type of {@code org.smpdocs.internal} — not as a return,
 * parameter, exception, field, superclass or interface type, not as a generic argument or bound,
 * not in an annotation — so a library user never needs an internal class. The one exception is a
 * constraint annotation's {@code @Constraint(validatedBy = ...)}, which names its validator for
 * Bean Validation, not for the user.
 */
class ApiSignatureTest {
    private static final String INTERNAL = "org.smpdocs.internal.";
    /** A class of each API package. */
    private static final List<Class<?>> API_PACKAGES = List.of(SmpDocs.class, PatientCase.class);

    @Test
    void noApiTypeNamesAnInternalType() throws Exception {
        List<Class<?>> api = apiTypes();
        Set<String> names = new HashSet<>(api.stream().map(Class::getName).toList());
        assertTrue(names.containsAll(List.of(SmpDocs.class.getName(), SmpDocsBuilder.class.getName(),
                RenderedDocument.class.getName(), InlineImage.class.getName(), PatientCase.class.getName())),
                "the scan finds the API: " + names);
        Set<String> leaks = new TreeSet<>();
        api.forEach(type -> leaks.addAll(leaks(type)));
        assertEquals(Set.of(), leaks);
    }

    /** The check finds what it looks for: each kind of leak in a class made to have them, and no other. */
    @Test
    void theCheckSeesEveryKindOfLeak() {
        String leaky = Leaky.class.getName();
        String resources = ": " + Resources.class.getName();
        assertEquals(new TreeSet<>(List.of(
                leaky + " extends java.lang.Comparable<java.util.List<? extends " + Resources.class.getName() + ">>" + resources,
                leaky + " field logo" + resources,
                leaky + "(..)" + resources,
                leaky + ".images()" + resources,
                leaky + ".of(..)" + resources,
                leaky + ".named(..)" + resources,
                leaky + ".annotated(): @" + Names.class.getName() + resources)),
                new TreeSet<>(leaks(Leaky.class)));
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @interface Names {
        Class<?>[] value();
    }

    /** A public class with a leak of every kind the check looks at (and private members it ignores). */
    public abstract static class Leaky implements Comparable<List<? extends Resources>> {
        public Resources logo;
        private Resources hidden;

        public Leaky(Resources resources) {
            this.hidden = resources;
        }

        public abstract List<Resources> images();

        public static void of(Set<? super Resources> wanted) {
        }

        protected <T extends Resources> void named(T[] resources) {
        }

        @Names(Resources.class)
        public void annotated() {
        }

        private Resources notApi() {
            return hidden;
        }
    }

    private static List<String> leaks(Class<?> type) {
        List<String> leaks = new ArrayList<>();
        String name = type.getName();
        if (type.getGenericSuperclass() != null) {
            check(type.getGenericSuperclass(), name + " extends " + type.getGenericSuperclass().getTypeName(), leaks);
        }
        for (Type i : type.getGenericInterfaces()) {
            check(i, name + " extends " + i.getTypeName(), leaks);
        }
        for (TypeVariable<?> v : type.getTypeParameters()) {
            check(v, name + "<" + v.getName() + ">", leaks);
        }
        annotations(type, name, leaks);
        for (Field f : type.getDeclaredFields()) {
            if (visible(f.getModifiers()) && !f.isSynthetic()) {
                check(f.getGenericType(), name + " field " + f.getName(), leaks);
                annotations(f, name + " field " + f.getName(), leaks);
            }
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c.getModifiers()) && !c.isSynthetic()) {
                executable(c, name + "(..)", leaks);
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                String where = name + "." + m.getName() + (m.getParameterCount() == 0 ? "()" : "(..)");
                check(m.getGenericReturnType(), where, leaks);
                executable(m, where, leaks);
            }
        }
        return leaks;
    }

    private static void executable(Executable e, String where, List<String> leaks) {
        for (Type t : e.getGenericParameterTypes()) {
            check(t, where, leaks);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            check(t, where, leaks);
        }
        for (TypeVariable<?> v : e.getTypeParameters()) {
            check(v, where, leaks);
        }
        annotations(e, where, leaks);
        for (Parameter p : e.getParameters()) {
            annotations(p, where, leaks);
        }
    }

    /** Class values of annotations, nested ones included; {@code @Constraint(validatedBy)} is allowed. */
    private static void annotations(AnnotatedElement element, String where, List<String> leaks) {
        for (Annotation a : element.getDeclaredAnnotations()) {
            annotation(a, where, leaks);
        }
    }

    private static void annotation(Annotation a, String where, List<String> leaks) {
        for (Method element : a.annotationType().getDeclaredMethods()) {
            if (a.annotationType() == Constraint.class && element.getName().equals("validatedBy")) {
                continue;
            }
            Object value;
            try {
                element.setAccessible(true);
                value = element.invoke(a);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new AssertionError("cannot read " + a + " on " + where, e);
            }
            Object[] values = value instanceof Object[] array ? array : new Object[] {value};
            for (Object v : values) {
                if (v instanceof Class<?> c) {
                    check(c, where + ": @" + a.annotationType().getName(), leaks);
                } else if (v instanceof Annotation nested) {
                    annotation(nested, where, leaks);
                }
            }
        }
    }

    private static void check(Type type, String where, List<String> leaks) {
        check(type, where, leaks, new HashSet<>());
    }

    private static void check(Type type, String where, List<String> leaks, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().startsWith(INTERNAL)) {
                leaks.add(where + ": " + c.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            check(p.getRawType(), where, leaks, seen);
            if (p.getOwnerType() != null) {
                check(p.getOwnerType(), where, leaks, seen);
            }
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, where, leaks, seen);
            }
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
                    .forEach(b -> check(b, where, leaks, seen));
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                check(bound, where, leaks, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), where, leaks, seen);
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Every public type of the API packages, nested public and protected ones included. */
    private static List<Class<?>> apiTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> anchor : API_PACKAGES) {
            for (String className : classesBeside(anchor)) {
                Class<?> c = Class.forName(className, false, anchor.getClassLoader());
                boolean nestedInApi = c.getEnclosingClass() == null || visible(c.getEnclosingClass().getModifiers());
                if (visible(c.getModifiers()) && nestedInApi && !c.isAnonymousClass() && !c.isLocalClass() && !c.isSynthetic()) {
                    types.add(c);
                }
            }
        }
        return types;
    }

    /** The classes of the anchor's package (not its subpackages), from the folder or jar it was loaded from. */
    private static List<String> classesBeside(Class<?> anchor) throws IOException, URISyntaxException {
        String folder = anchor.getPackageName().replace('.', '/');
        URL url = anchor.getResource(anchor.getSimpleName() + ".class");
        List<String> entries = new ArrayList<>();
        if (url.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(folder + "/")
                        && n.indexOf('/', folder.length() + 1) < 0).forEach(entries::add);
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()).getParent())) {
                files.map(p -> folder + "/" + p.getFileName()).forEach(entries::add);
            }
        }
        return entries.stream().filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class")
                && !n.endsWith("module-info.class")).map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                .sorted().toList();
    }
}
