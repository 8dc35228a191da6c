package org.smpdocs.internal.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

/**
 * Checks a case's JSON as the command line's {@code validate} does: the engine reads it as a case
 * file ({@link SmpDocs#readCase}: format, fields, the clinic's rules) and then lists every problem
 * ({@link SmpDocs#problems}, those that stop a consent included). Valid when there is none.
 */
final class CaseCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CaseCheck() {
    }

    /** The case when valid, else its problems. */
    record Result(PatientCase valid, List<Problem> problems) {
        Result {
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return valid != null && problems.isEmpty();
        }
    }

    static Result check(SmpDocs engine, String name, ObjectNode json) {
        return check(engine, name, text(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static Result check(SmpDocs engine, String name, byte[] json) {
        PatientCase c;
        try {
            c = engine.readCase(name, json);
        } catch (InvalidInputException e) {
            return new Result(null, e.problems());
        }
        List<Problem> problems = engine.problems(c);
        return new Result(problems.isEmpty() ? c : null, problems);
    }

    /** JSON text of a form's case (for a draft). */
    static String text(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree cannot be written", e);
        }
    }

    /** A case's JSON text as an object; an empty object when it is not one (a draft cut short). */
    static ObjectNode parse(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            return n instanceof ObjectNode o ? o : JSON.createObjectNode();
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    static ObjectNode empty() {
        return JSON.createObjectNode();
    }
}
