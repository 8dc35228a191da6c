package org.smpdocs.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

/**
 * A saved version of a case with its canonical JSON, exactly the case file format: export it as
 * it is, or read it back with the engine's validation.
 */
public record StoredCase(CaseVersion version, String json) {
    public StoredCase {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(json, "json");
    }

    /** The JSON as the bytes of a case file, UTF-8. */
    public byte[] jsonBytes() {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The case, read and checked by {@code engine} as a case file is.
     *
     * @throws org.smpdocs.InvalidInputException when the clinic's rules no longer accept it (a
     *         practitioner removed from the profile, say); the problems name the fields
     */
    public PatientCase read(SmpDocs engine) {
        return engine.readCase(version.caseId() + " version " + version.version(), jsonBytes());
    }

    /** A file name for an export of this version: {@code <case id>.json}. */
    public String fileName() {
        return version.caseId() + ".json";
    }

    @Override
    public String toString() {
        return "StoredCase[" + version.caseId() + " version " + version.version() + "]";
    }
}
