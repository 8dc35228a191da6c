package org.smpdocs.internal.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.internal.input.CaseSnapshot;
import org.smpdocs.model.PatientCase;

/** The front desk's access log in an export: written as given, accepted by the verifier under its one name only. */
class ExportAccessLogTest {
    private static final ExportFilter NOVEMBER = new ExportFilter(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
            null, null);
    private static final byte[] LINES = "{\"id\":1,\"action\":\"VIEWED\"}\n{\"id\":2,\"action\":\"PRINTED\"}\n"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Archive archive() {
        SmpDocs engine = Samples.engine();
        Archive archive = new Archive(dir.resolve("archive"));
        PatientCase c = engine.readCase(Samples.ROOT.resolve("cases").resolve("norwood6-density.json"));
        archive.record(engine.render(DocumentKind.CONSENT, c), CaseSnapshot.json(c));
        return archive;
    }

    @Test
    void theAccessLogIsCarriedAsGivenAndTheExportVerifies() throws IOException {
        Archive archive = archive();
        Path with = dir.resolve("with.zip");
        Path again = dir.resolve("again.zip");
        Path without = dir.resolve("without.zip");
        Export.write(archive, NOVEMBER, with, n -> { }, out -> out.write(LINES));
        Export.write(archive, NOVEMBER, again, n -> { }, out -> out.write(LINES));
        Export.write(archive, NOVEMBER, without, n -> { });
        try (ZipFile z = new ZipFile(with.toFile())) {
            ZipEntry entry = z.getEntry(Export.ACCESS_LOG);
            assertArrayEquals(LINES, z.getInputStream(entry).readAllBytes());
        }
        try (ZipFile z = new ZipFile(without.toFile())) {
            assertEquals(null, z.getEntry(Export.ACCESS_LOG));
        }
        assertArrayEquals(Files.readAllBytes(with), Files.readAllBytes(again), "the same selection, the same bytes");
        Verification v = ExportVerifier.check(with);
        assertTrue(v.intact(), v.findings().toString());
        assertTrue(ExportVerifier.check(without).intact());
    }

    @Test
    void anotherFileBesideTheRecordsIsStillExtra() throws IOException {
        Archive archive = archive();
        Path with = dir.resolve("with.zip");
        Export.write(archive, NOVEMBER, with, n -> { }, out -> out.write(LINES));
        Path renamed = dir.resolve("renamed.zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(with));
                OutputStream file = Files.newOutputStream(renamed); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName().equals(Export.ACCESS_LOG) ? "access-log.json" : e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        List<Finding> findings = ExportVerifier.verify(renamed);
        assertEquals(List.of(new Finding(Finding.Problem.EXTRA, "access-log.json", "no audit line records it")), findings);
        assertFalse(ExportVerifier.check(renamed).intact());
    }
}
