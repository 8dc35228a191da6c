package org.smpdocs.internal.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;
import org.smpdocs.Signing;
import org.smpdocs.SigningMethod;

/**
 * A signing record file: which archived document was signed (its record's sequence number or the
 * SHA-256 of its PDF), the witness, the device, and each field's entry. Images are PNG files named
 * relative to the record and inside its folder, as a profile names its logo:
 *
 * <pre>{@code
 * {
 *   "document": { "record": 1 },
 *   "witness": "Sam Taylor, front desk",
 *   "device": "clinic tablet 2",
 *   "fields": {
 *     "signature-patient": { "image": "patient-signature.png" },
 *     "signature-practitioner": { "image": "practitioner-signature.png", "method": "wet-ink-scan" },
 *     "initials-pigment-fading": { "typed": "MH" },
 *     "choice-photos-records": { "ticked": false }
 *   }
 * }
 * }</pre>
 *
 * Immutable.
 *
 * @param record the archive record's sequence number, or 0 when the record is named by hash
 * @param sha256 the SHA-256 (lower-case hex) of the record's PDF, or null when named by number
 */
public record SigningRecord(long record, String sha256, Signing signing) {
    /** The file as JSON binds it. */
    record File(Document document, String witness, String device, Map<String, Entry> fields) {
    }

    record Document(Long record, String sha256) {
    }

    record Entry(String image, String typed, Boolean ticked, String method, String device) {
    }

    /**
     * Reads a signing record.
     *
     * @throws InvalidInputException naming the file and every problem in it, images included
     */
    static SigningRecord read(Path file, StrictJson json, byte[] content) {
        String source = String.valueOf(file.getFileName());
        List<Problem> problems = new ArrayList<>();
        File f = json.read(content, File.class, problems);
        if (f == null) {
            throw new InvalidInputException(source, problems.isEmpty()
                    ? List.of(new Problem("", "unreadable", "a signing record")) : problems);
        }
        Document d = f.document();
        long record = 0;
        String sha256 = null;
        if (d == null || (d.record() == null) == (d.sha256() == null)) {
            problems.add(new Problem("document", "document-reference", "exactly one of record (a number) or sha256"));
        } else if (d.record() != null && d.record() < 1) {
            problems.add(new Problem("document.record", "not-positive", "a record number of 1 or more"));
        } else if (d.sha256() != null && !isSha256(d.sha256())) {
            problems.add(new Problem("document.sha256", "not-a-sha256", "64 lower-case hexadecimal digits"));
        } else {
            record = d.record() == null ? 0 : d.record();
            sha256 = d.sha256();
        }
        Signing.Builder signing = Signing.builder().witness(f.witness() == null ? "" : f.witness()).device(f.device());
        if (f.fields() == null || f.fields().isEmpty()) {
            problems.add(new Problem("fields", "no-fields", "an entry for each field of the document"));
        } else if (f.fields().size() > Limits.SIGNING_ENTRIES) {
            problems.add(new Problem("fields", "too-many-fields", "at most " + Limits.SIGNING_ENTRIES + " entries"));
        } else {
            Path folder = folder(file, problems);
            f.fields().forEach((name, e) -> add(signing, name, e, folder, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return new SigningRecord(record, sha256, signing.build());
    }

    private static void add(Signing.Builder signing, String name, Entry e, Path folder, List<Problem> problems) {
        String path = "fields." + name;
        int given = (e.image() != null ? 1 : 0) + (e.typed() != null ? 1 : 0) + (e.ticked() != null ? 1 : 0);
        if (given != 1) {
            problems.add(new Problem(path, "one-entry", "exactly one of image, typed or ticked"));
            return;
        }
        if (e.ticked() != null || e.typed() != null) {
            if (e.method() != null || e.device() != null) {
                problems.add(new Problem(path, "method-for-image", "method and device only with an image"));
            } else if (e.ticked() != null) {
                signing.choice(name, e.ticked());
            } else {
                signing.typed(name, e.typed());
            }
            return;
        }
        SigningMethod method = method(e.method());
        if (method == null) {
            problems.add(new Problem(path + ".method", "unknown-method", "drawn or wet-ink-scan"));
            return;
        }
        byte[] png = image(folder, e.image(), path + ".image", problems);
        if (png != null) {
            signing.image(name, png, method, e.device());
        }
    }

    private static SigningMethod method(String id) {
        if (id == null || id.equals(SigningMethod.DRAWN.id())) {
            return SigningMethod.DRAWN;
        }
        return id.equals(SigningMethod.WET_INK_SCAN.id()) ? SigningMethod.WET_INK_SCAN : null;
    }

    private static byte[] image(Path folder, String name, String path, List<Problem> problems) {
        try {
            Path file = folder == null ? null : InputFiles.confined(folder, name);
            if (file == null) {
                problems.add(new Problem(path, "image-location", "a PNG file inside the signing record's folder, named relative to it"));
                return null;
            }
            return InputFiles.read(file, path, Limits.SIGNATURE_BYTES, "image file");
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(path, "unreadable-file", "a readable image file"));
        }
        return null;
    }

    private static Path folder(Path file, List<Problem> problems) {
        try {
            return file.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            problems.add(new Problem("fields", "unreadable-file", "a signing record in a readable folder"));
            return null;
        }
    }

    private static boolean isSha256(String s) {
        if (s.length() != 64 || !s.equals(s.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        try {
            HexFormat.of().parseHex(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
