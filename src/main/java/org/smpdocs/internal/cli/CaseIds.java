package org.smpdocs.internal.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.model.PatientCase;

/**
 * The case ids a batch has met, so that a second case file with the same id — whose documents
 * and messages would take the first one's file names — is a problem of that file instead of
 * silently replacing another patient's documents. Not thread-safe.
 */
final class CaseIds {
    private final Map<String, Path> first = new HashMap<>();

    /** @throws InvalidInputException naming {@code file} if an earlier case of the batch has the id */
    void claim(PatientCase c, Path file) {
        Path earlier = first.putIfAbsent(c.id(), file);
        if (earlier != null) {
            throw new InvalidInputException(String.valueOf(file.getFileName()), List.of(new Problem("id",
                    "repeated-case-id", "a case id that no other case of this batch has ("
                            + Shown.text(earlier.getFileName()) + " has it)")));
        }
    }
}
