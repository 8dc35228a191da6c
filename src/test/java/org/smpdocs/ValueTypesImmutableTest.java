package org.smpdocs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smpdocs.internal.input.ClinicProfile;
import org.smpdocs.internal.input.InputReader;
import org.smpdocs.internal.render.Resources;
import org.smpdocs.internal.xhtml.Element;
import org.smpdocs.internal.xhtml.Node;
import org.smpdocs.internal.xhtml.XhtmlDocument;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;

/**
 * Every value type that says it is immutable is tried: each collection it hands out refuses to
 * change, each collection it was built from can change afterwards without changing it, and each
 * array it hands out is a copy.
 */
class ValueTypesImmutableTest {
    /** Every record of the model reached from the clinic and every sample case, by class. */
    private static Map<Class<?>, List<Record>> modelRecords() {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Map<Class<?>, List<Record>> found = new HashMap<>();
        Clinic clinic = Samples.engine().clinic();
        walk(clinic, seen, found);
        for (Path file : Samples.cases()) {
            PatientCase c = Samples.engine().readCase(file);
            walk(c, seen, found);
        }
        return found;
    }

    private static void walk(Object value, Map<Object, Boolean> seen, Map<Class<?>, List<Record>> found) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Record r && r.getClass().getPackageName().equals("org.smpdocs.model")) {
            found.computeIfAbsent(r.getClass(), k -> new ArrayList<>()).add(r);
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                walk(read(component, r), seen, found);
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, seen, found));
        } else if (value instanceof Map<?, ?> entries) {
            entries.values().forEach(item -> walk(item, seen, found));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(component.toString(), e);
        }
    }

    @Test
    void theSamplesReachEveryRecordOfTheModelThatHoldsACollection() {
        Map<Class<?>, List<Record>> records = modelRecords();
        assertTrue(records.size() >= 30, records.keySet().toString());
        for (String name : List.of("PatientCase", "Clinic", "ProcedureContent", "TreatmentSession", "Consent", "Screening")) {
            assertTrue(records.keySet().stream().anyMatch(c -> c.getSimpleName().equals(name)), name);
        }
    }

    @Test
    void noCollectionAModelRecordHandsOutCanBeChanged() {
        int tried = 0;
        for (List<Record> instances : modelRecords().values()) {
            for (Record r : instances) {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    Object value = read(component, r);
                    String where = r.getClass().getSimpleName() + "." + component.getName();
                    if (value instanceof List<?> list) {
                        assertThrows(UnsupportedOperationException.class, () -> list.add(null), where);
                        assertThrows(UnsupportedOperationException.class, list::clear, where);
                        tried++;
                    } else if (value instanceof Set<?> set) {
                        assertThrows(UnsupportedOperationException.class, () -> set.add(null), where);
                        tried++;
                    } else if (value instanceof Map<?, ?> map) {
                        assertThrows(UnsupportedOperationException.class, () -> map.put(null, null), where);
                        assertThrows(UnsupportedOperationException.class, map::clear, where);
                        tried++;
                    }
                    assertFalse(value instanceof byte[] || value instanceof Object[], where + " hands out an array");
                }
            }
        }
        assertTrue(tried > 50, "only " + tried + " collections tried");
    }

    @Test
    void aModelRecordKeepsItsCollectionsWhenTheCallersChangeAfterwards() throws ReflectiveOperationException {
        int tried = 0;
        for (List<Record> instances : modelRecords().values()) {
            Record r = instances.get(0);
            RecordComponent[] components = r.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                Object[] args = new Object[components.length];
                for (int j = 0; j < components.length; j++) {
                    args[j] = read(components[j], r);
                }
                Object mutable;
                Runnable change;
                if (args[i] instanceof List<?> list && !list.isEmpty()) {
                    List<Object> copy = new ArrayList<>(list);
                    mutable = copy;
                    change = copy::clear;
                } else if (args[i] instanceof Map<?, ?> map && !map.isEmpty()) {
                    Map<Object, Object> copy = new HashMap<>(map);
                    mutable = copy;
                    change = copy::clear;
                } else if (args[i] instanceof Set<?> set && !set.isEmpty()) {
                    Set<Object> copy = new LinkedHashSet<>(set);
                    mutable = copy;
                    change = copy::clear;
                } else {
                    continue;
                }
                Object before = args[i];
                args[i] = mutable;
                Constructor<?> canonical = r.getClass().getDeclaredConstructor(
                        java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                Object built = canonical.newInstance(args);
                change.run();
                assertEquals(before, read(components[i], built), r.getClass().getSimpleName() + "." + components[i].getName());
                tried++;
            }
        }
        assertTrue(tried > 20, "only " + tried + " collections tried");
    }

    @Test
    void problemsOfAnInvalidInputCannotBeChanged() {
        List<Problem> problems = new ArrayList<>(List.of(new Problem("patient.id", "required", "a patient id")));
        InvalidInputException e = new InvalidInputException("case x", problems);
        problems.clear();
        assertEquals(1, e.problems().size());
        assertThrows(UnsupportedOperationException.class, () -> e.problems().clear());
    }

    @Test
    void anXhtmlTreeCannotBeChanged() {
        XhtmlDocument xhtml = Xhtml.of(Samples.engine(), DocumentKind.CONSENT,
                Samples.engine().readCase(Samples.cases().get(0)), 0);
        Element body = xhtml.body();
        assertThrows(UnsupportedOperationException.class, () -> body.children().clear());
        assertThrows(UnsupportedOperationException.class, () -> body.attributes().put("class", "x"));
        assertThrows(UnsupportedOperationException.class, () -> xhtml.metadata().clear());
        assertThrows(UnsupportedOperationException.class, () -> xhtml.provenance().clear());

        List<Node> children = new ArrayList<>(body.children());
        Map<String, String> attributes = new HashMap<>(body.attributes());
        Element built = new Element(body.name(), attributes, children, body.line());
        children.clear();
        attributes.put("class", "changed");
        assertEquals(body.children(), built.children());
        assertEquals(body.attributes(), built.attributes());
    }

    @Test
    void imageBytesAreCopiedInAndOut() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        Resources resources = new Resources(Map.of(Resources.LOGO, png));
        png[1] = 'X';
        byte[] out = resources.image(Resources.LOGO).orElseThrow();
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, out);
        out[2] = 'X';
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, resources.image(Resources.LOGO).orElseThrow());
    }

    @Test
    void aClinicProfilesLogoIsACopy() {
        ClinicProfile profile = new InputReader().readProfile(Samples.CLINIC);
        byte[] logo = profile.logo().orElseThrow();
        byte[] first = logo.clone();
        logo[0] ^= 1;
        assertArrayEquals(first, profile.logo().orElseThrow());
    }

    @Test
    void aSigningKeepsItsEntriesAndImages() {
        byte[] png = Marks.scribble(60, 20, 1);
        Signing.Builder builder = Signing.builder().witness("W").drawn("signature-patient", png).choice("choice-a", true);
        Signing signing = builder.build();
        png[0] = 0;
        builder.typed("initials-x", "AB");
        assertEquals(Set.of("signature-patient", "choice-a"), signing.fields().keySet(), "the builder goes on alone");
        assertThrows(UnsupportedOperationException.class, () -> signing.fields().clear());
        byte[] out = signing.fields().get("signature-patient").image();
        assertEquals((byte) 0x89, out[0], "the image was copied in");
        out[1] = 0;
        assertEquals((byte) 'P', signing.fields().get("signature-patient").image()[1], "and is copied out");
    }

    @Test
    void aSignedDocumentHandsOutCopies() {
        PatientCase c = Samples.engine().readCase(Samples.ROOT.resolve("cases").resolve("norwood6-density.json"));
        RenderedDocument issued = Samples.engine().render(DocumentKind.CONSENT, c);
        SignedDocument signed = Samples.engine().sign(issued, Marks.everyField(issued.bytes(OutputFormat.PDF)).build());
        signed.pdf()[0] = 0;
        signed.evidenceJson()[0] = 0;
        assertEquals('%', signed.pdf()[0]);
        assertEquals('{', signed.evidenceJson()[0]);
        assertThrows(UnsupportedOperationException.class, () -> signed.evidence().clear());
    }
}
