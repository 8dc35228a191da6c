package org.smpdocs.internal.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.smpdocs.Samples;
import org.smpdocs.model.PatientCase;

/** The sample cases, read and validated by the shared engine, and variants of them made by editing their JSON. */
final class Cases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Cases() {
    }

    static PatientCase sample(String file) {
        return Samples.engine().readCase(file(file));
    }

    static Path file(String file) {
        return Samples.ROOT.resolve("cases").resolve(file);
    }

    /** The sample's JSON as a tree. */
    static ObjectNode tree(String file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readAllBytes(file(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with {@code edit} applied to its JSON, read and validated again. */
    static PatientCase edited(String file, Consumer<ObjectNode> edit) {
        ObjectNode root = tree(file);
        edit.accept(root);
        try {
            return Samples.engine().readCase(file, JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode patient(JsonNode root) {
        return (ObjectNode) root.get("patient");
    }
}
