package org.smpdocs.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.smpdocs.ErrorCode;
import org.smpdocs.SmpDocsException;
import org.smpdocs.template.Digests;

/**
 * Checks an export: every audit line verifies against its own hash, every document and input the
 * lines name is there with its recorded hash and size, the manifest agrees with the lines, and
 * nothing else is in the ZIP. An entry whose name could leave the folder it is unpacked into
 * ({@code ../}, an absolute path) is named and never read.
 */
public final class ExportVerifier {
    private ExportVerifier() {
    }

    /** The findings; empty when the export is intact. */
    public static List<Finding> verify(Path zip) {
        List<Finding> findings = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Map<String, ZipEntry> entries = new HashMap<>();
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (unsafe(entry.getName())) {
                    findings.add(new Finding(Finding.Problem.EXTRA, entry.getName(), "a name that leaves the export's folder"));
                } else if (entries.put(entry.getName(), entry) != null) {
                    findings.add(new Finding(Finding.Problem.EXTRA, entry.getName(), "the name occurs twice"));
                }
            }
            byte[] log = read(file, entries.get(Archive.LOG));
            byte[] manifest = read(file, entries.get(Manifest.JSON_NAME));
            if (log == null || manifest == null || entries.get(Manifest.CSV_NAME) == null) {
                findings.add(new Finding(Finding.Problem.MISSING, log == null ? Archive.LOG
                        : manifest == null ? Manifest.JSON_NAME : Manifest.CSV_NAME, "every export has it"));
                return findings;
            }
            String text = new String(log, StandardCharsets.UTF_8);
            List<String> lines = text.isEmpty() ? List.of() : List.of(text.split("\n"));
            List<AuditEntry> recorded = AuditVerifier.verify(Archive.LOG, lines, false, findings);
            Set<String> known = new HashSet<>(Set.of(Archive.LOG, Manifest.JSON_NAME, Manifest.CSV_NAME));
            for (AuditEntry e : recorded) {
                check(file, entries, e.documentPath(), e.documentSha256(), findings, known);
                check(file, entries, e.inputPath(), e.inputSha256(), findings, known);
            }
            if (!Manifest.read(manifest).equals(recorded.stream().map(Manifest.Row::of).toList())) {
                findings.add(new Finding(Finding.Problem.ALTERED, Manifest.JSON_NAME, "does not agree with the audit lines"));
            }
            if (!Arrays.equals(read(file, entries.get(Manifest.CSV_NAME)),
                    Manifest.csv(recorded.stream().map(Manifest.Row::of).toList()))) {
                findings.add(new Finding(Finding.Problem.ALTERED, Manifest.CSV_NAME, "does not agree with the audit lines"));
            }
            entries.keySet().stream().filter(name -> !known.contains(name)).sorted()
                    .forEach(name -> findings.add(new Finding(Finding.Problem.EXTRA, name, "no audit line records it")));
        } catch (IOException e) {
            throw new SmpDocsException(ErrorCode.INVALID_INPUT, zip.getFileName() + " is not a readable ZIP: "
                    + e.getClass().getSimpleName(), e);
        }
        return findings;
    }

    private static boolean unsafe(String name) {
        return name.startsWith("/") || name.contains("\\") || name.contains(":")
                || List.of(name.split("/")).contains("..");
    }

    private static void check(ZipFile file, Map<String, ZipEntry> entries, String path, String sha, List<Finding> findings,
            Set<String> known) throws IOException {
        if (!known.add(path)) {
            return;
        }
        ZipEntry entry = entries.get(path);
        if (entry == null) {
            findings.add(new Finding(Finding.Problem.MISSING, path, "an audit line records it"));
            return;
        }
        var sha256 = Digests.sha256();
        try (InputStream in = file.getInputStream(entry)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                sha256.update(buffer, 0, n);
            }
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(sha)) {
            findings.add(new Finding(Finding.Problem.ALTERED, path, "its SHA-256 differs from the recorded one"));
        }
    }

    private static byte[] read(ZipFile file, ZipEntry entry) throws IOException {
        if (entry == null) {
            return null;
        }
        try (InputStream in = file.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
