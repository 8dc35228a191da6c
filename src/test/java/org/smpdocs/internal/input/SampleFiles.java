package org.smpdocs.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.Clinic;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The bundled samples (paths relative to the project root, Maven's working directory) and
 * small helpers to load a sample as a plain Jackson tree, change one field, and read it back.
 */
final class SampleFiles {
    static final Path ROOT = Path.of("samples");
    static final Path CLINIC = ROOT.resolve("clinic.json");
    static final Path CASES = ROOT.resolve("cases");
    static final Path INVALID = ROOT.resolve("invalid");
    static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleFiles() {
    }

    /** The files in {@code dir} whose names end with {@code suffix}, sorted. */
    static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid sample case, e.g. "norwood6-density", as a mutable tree. */
    static ObjectNode validCase(String name) {
        return tree(CASES.resolve(name + ".json"));
    }

    /** The sample clinic profile as a mutable tree. */
    static ObjectNode clinicTree() {
        return tree(CLINIC);
    }

    static ObjectNode tree(Path file) {
        try {
            return (ObjectNode) MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a JSON pointer such as "/sessions/1/anaesthetic". */
    static ObjectNode object(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!(node instanceof ObjectNode o)) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return o;
    }

    static byte[] bytes(JsonNode tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode tree) {
        return new String(bytes(tree), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a case that must be rejected and returns the exception. */
    static InvalidInputException rejected(InputReader reader, byte[] content, Clinic clinic) {
        return assertThrows(InvalidInputException.class, () -> reader.readCase("case.json", content, clinic));
    }

    /** The problems of a case that must be rejected. */
    static List<Problem> problems(InputReader reader, byte[] content, Clinic clinic) {
        return rejected(reader, content, clinic).problems();
    }

    static List<Problem> problems(InputReader reader, JsonNode tree, Clinic clinic) {
        return problems(reader, bytes(tree), clinic);
    }

    /** Reads a case that must be accepted; fails with the problems when it is not. */
    static PatientCase accepted(InputReader reader, JsonNode tree, Clinic clinic) {
        try {
            return reader.readCase("case.json", bytes(tree), clinic);
        } catch (InvalidInputException e) {
            return fail("expected no problems, got " + e.problems());
        }
    }

    /** "path rule", as the .expected files write a problem. */
    static String pathAndRule(Problem p) {
        return p.path() + " " + p.rule();
    }
}
