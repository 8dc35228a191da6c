package org.smpdocs.internal.archive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.internal.digest.Sha256;
import org.smpdocs.internal.output.AppendOnlyLog;
import org.smpdocs.internal.output.LineReader;

/**
 * Checks an export: every audit line verifies against its own hash, every document, input and
 * signed record's evidence the lines name is there with its recorded hash, every signed record
 * comes with the issued record it completes, the manifest agrees with the lines, the lines a
 * carried checkpoint seals are proved to be the sealed ones ({@link ExportSealCheck}), and nothing
 * else is in the ZIP. With trust anchors, the checkpoints' signatures and the signed records'
 * seals are checked too. The front desk's access log ({@link Export#ACCESS_LOG}) may be there
 * too: it is not a record, and no audit line covers it. An entry whose name could leave the folder it is unpacked into ({@code ../}, an
 * absolute path) or that occurs twice is named and never read. Reading stays within the limits of
 * {@link ExportZip}; a ZIP past them is refused with one error.
 */
public final class ExportVerifier {
    private static final List<String> INDEX = List.of(Archive.LOG, Manifest.JSON_NAME, Manifest.CSV_NAME);
    private static final List<String> SEALS = List.of(CheckpointLog.NAME, ExportProofs.NAME);

    private ExportVerifier() {
    }

    /** The findings; empty when nothing is wrong (which an export of no records is too: see {@link #check}). */
    public static List<Finding> verify(Path zip) {
        return check(zip).findings();
    }

    /**
     * The findings, the number of records checked and how far checkpoints seal them; the
     * checkpoints' signatures are not checked, which {@link Verification#sealing()} says.
     *
     * @throws SmpDocsException with {@link ErrorCode#INVALID_INPUT} when {@code zip} is not an
     *     export (missing, a folder, not a ZIP, none of its index files) or is past a limit of
     *     {@link ExportZip}
     */
    public static Verification check(Path zip) {
        return verification(zip, null);
    }

    /**
     * As {@link #check(Path)}, and checks every checkpoint's signature and every signed record's
     * seal with the trust anchors' verifiers.
     *
     * @throws SmpDocsException as {@link #check(Path)}
     */
    public static Verification check(Path zip, Trust trust) {
        return verification(zip, Objects.requireNonNull(trust, "trust"));
    }

    private static Verification verification(Path zip, Trust trust) {
        List<Finding> findings = new ArrayList<>();
        try (ExportZip file = ExportZip.open(zip)) {
            if (INDEX.stream().noneMatch(file::contains)) {
                throw new SmpDocsException(ErrorCode.INVALID_INPUT, zip.getFileName() + " is not an export: it holds no "
                        + String.join(", ", INDEX));
            }
            Map<String, ZipEntry> entries = file.entries(findings);
            for (String name : INDEX) {
                if (!entries.containsKey(name)) {
                    if (!file.contains(name)) {
                        findings.add(new Finding(Finding.Problem.MISSING, name, "every export has it"));
                    }
                    return new Verification(0, findings);
                }
            }
            ExportSealCheck sealCheck = new ExportSealCheck();
            List<AuditEntry> recorded = lines(file, entries.get(Archive.LOG), findings, sealCheck);
            Set<String> known = new HashSet<>(INDEX);
            known.addAll(SEALS);
            known.add(Export.ACCESS_LOG);
            for (AuditEntry e : recorded) {
                if (check(file, entries, e.documentPath(), e.document().sha256(), findings, known) && e.document().isSigned()
                        && trust != null) {
                    checkSeal(file, entries.get(e.documentPath()), e.documentPath(), trust.seals(), findings);
                }
                check(file, entries, e.inputPath(), e.document().inputSha256(), findings, known);
                Optional<String> evidence = e.evidencePath();
                if (evidence.isPresent()) {
                    check(file, entries, evidence.get(), e.document().completion().evidenceSha256(), findings, known);
                }
            }
            List<Manifest.Row> rows = recorded.stream().map(Manifest.Row::of).toList();
            if (!jsonAgrees(file, entries.get(Manifest.JSON_NAME), rows)) {
                findings.add(new Finding(Finding.Problem.ALTERED, Manifest.JSON_NAME, "does not agree with the audit lines"));
            }
            if (!csvAgrees(file, entries.get(Manifest.CSV_NAME), rows)) {
                findings.add(new Finding(Finding.Problem.ALTERED, Manifest.CSV_NAME, "does not agree with the audit lines"));
            }
            Sealing sealing = sealCheck.finish(file, entries, recorded.size(), trust == null ? null : trust.checkpoints(),
                    findings);
            entries.keySet().stream().filter(name -> !known.contains(name)).sorted()
                    .forEach(name -> findings.add(new Finding(Finding.Problem.EXTRA, name, "no audit line records it")));
            return new Verification(recorded.size(), findings, sealing);
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, zip.getFileName() + " is not a readable ZIP: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static List<AuditEntry> lines(ExportZip file, ZipEntry log, List<Finding> findings, ExportSealCheck sealCheck)
            throws IOException {
        AuditVerifier verifier = new AuditVerifier(Archive.LOG, false, findings).observe(new Completions(findings))
                .observe(sealCheck);
        try (InputStream in = file.open(log, ExportZip.MAX_INDEX_BYTES)) {
            LineReader lines = new LineReader(in, AppendOnlyLog.MAX_LINE_BYTES);
            for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.kind() == LineReader.Kind.OVERLONG) {
                    verifier.overlong();
                } else {
                    verifier.line(line.text());
                }
            }
        }
        return verifier.finish();
    }

    /** Checks a recorded file, once; returns whether it is there with its recorded hash (the first time). */
    private static boolean check(ExportZip file, Map<String, ZipEntry> entries, String path, Sha256 sha, List<Finding> findings,
            Set<String> known) throws IOException {
        if (!known.add(path)) {
            return false;
        }
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            if (!file.contains(path)) {
                findings.add(new Finding(Finding.Problem.MISSING, path, "an audit line records it"));
            }
            return false;
        }
        Sha256 actual;
        try (InputStream in = file.open(entry, ExportZip.MAX_FILE_BYTES)) {
            actual = Sha256.of(in);
        }
        if (!actual.equals(sha)) {
            findings.add(new Finding(Finding.Problem.ALTERED, path, "its SHA-256 differs from the recorded one"));
            return false;
        }
        return true;
    }

    private static void checkSeal(ExportZip file, ZipEntry entry, String path, DocumentSealVerifier seals, List<Finding> findings)
            throws IOException {
        byte[] pdf;
        try (InputStream in = file.open(entry, ExportZip.MAX_FILE_BYTES)) {
            pdf = in.readAllBytes();
        }
        Verdict verdict = seals.verify(pdf);
        if (!verdict.valid()) {
            findings.add(new Finding(Finding.Problem.BAD_SIGNATURE, path, "its seal does not verify: " + verdict.reason()));
        }
    }

    /** Whether manifest.json holds exactly these rows; read one row at a time, and only as far as it agrees. */
    private static boolean jsonAgrees(ExportZip file, ZipEntry entry, List<Manifest.Row> rows) throws IOException {
        try (InputStream in = file.open(entry, ExportZip.MAX_INDEX_BYTES); JsonParser json = AuditLog.JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                return false;
            }
            int i = 0;
            for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                if (t != JsonToken.START_OBJECT || i >= rows.size()
                        || !AuditLog.JSON.readValue(json, Manifest.Row.class).equals(rows.get(i++))) {
                    return false;
                }
            }
            return i == rows.size() && json.nextToken() == null;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Whether manifest.csv holds exactly the CSV of these rows; read no further than that. */
    private static boolean csvAgrees(ExportZip file, ZipEntry entry, List<Manifest.Row> rows) throws IOException {
        byte[] expected = Manifest.csv(rows);
        try (InputStream in = file.open(entry, ExportZip.MAX_INDEX_BYTES)) {
            return Arrays.equals(in.readNBytes(expected.length + 1), expected);
        }
    }
}
