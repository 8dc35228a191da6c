package org.smpdocs.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

/**
 * The logo a clinic profile names reaches every document and every e-mail to patients, so only a
 * real, sane PNG or JPEG inside the profile's folder is read; anything else is a problem at
 * {@code logo}.
 */
class ClinicLogoTest {
    private static final byte[] SAMPLE_LOGO = bytes(SampleFiles.ROOT.resolve("logo.png"));
    private final InputReader reader = new InputReader();

    @TempDir
    Path root;
    private Path folder;

    @BeforeEach
    void profileFolder() throws IOException {
        folder = Files.createDirectories(root.resolve("clinic"));
    }

    @Test
    void readsTheSampleLogo() {
        ClinicProfile profile = reader.readProfile(SampleFiles.CLINIC);
        assertArrayEquals(SAMPLE_LOGO, profile.logo().orElseThrow());
    }

    @Test
    void readsAJpegByItsContentWhateverItsName() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        Files.write(folder.resolve("brand.img"), jpeg.toByteArray());
        assertArrayEquals(jpeg.toByteArray(), reader.readProfile(profile("brand.img")).logo().orElseThrow());
    }

    @Test
    void aLogoAboveTheProfilesFolderIsRefused() throws IOException {
        Files.write(root.resolve("outside.png"), SAMPLE_LOGO);
        assertLogoProblem("logo-location", profile("../outside.png"));
    }

    @Test
    void anAbsoluteLogoIsRefused() throws IOException {
        assertLogoProblem("logo-location", profile("/etc/passwd"));
    }

    @Test
    void aSymlinkThatLeadsOutOfTheFolderIsRefused() throws IOException {
        Files.write(root.resolve("outside.png"), SAMPLE_LOGO);
        Files.createSymbolicLink(folder.resolve("logo.png"), root.resolve("outside.png"));
        assertLogoProblem("logo-location", profile("logo.png"));
    }

    @Test
    void aTextFileNamedPngIsRefused() throws IOException {
        Files.writeString(folder.resolve("logo.png"), "root:x:0:0:root:/root:/bin/bash\n");
        assertLogoProblem("logo-image", profile("logo.png"));
    }

    @Test
    void aTruncatedPngIsRefused() throws IOException {
        Files.write(folder.resolve("logo.png"), Arrays.copyOf(SAMPLE_LOGO, SAMPLE_LOGO.length / 2));
        assertLogoProblem("logo-image", profile("logo.png"));
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
        Files.write(folder.resolve("logo.png"), pngHeader(20_000, 20_000));
        assertLogoProblem("logo-size", profile("logo.png"));
    }

    @Test
    void aFileAboveTheSizeLimitIsRefused() throws IOException {
        byte[] big = Arrays.copyOf(SAMPLE_LOGO, Limits.LOGO_BYTES + 1);
        Files.write(folder.resolve("logo.png"), big);
        assertLogoProblem("file-too-large", profile("logo.png"));
    }

    @Test
    void aFolderOrDeviceIsRefused() throws IOException {
        Files.createDirectory(folder.resolve("logo.png"));
        assertLogoProblem("not-a-regular-file", profile("logo.png"));
        Files.createSymbolicLink(folder.resolve("zero.png"), Path.of("/dev/zero"));
        assertLogoProblem("logo-location", profile("zero.png"));
    }

    @Test
    void aFifoIsRefusedWithoutHanging() throws IOException, InterruptedException {
        Path fifo = folder.resolve("logo.png");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        assertLogoProblem("not-a-regular-file", profile("logo.png"));
    }

    @Test
    void aMissingLogoIsAProblem() throws IOException {
        assertLogoProblem("file-not-found", profile("nowhere.png"));
    }

    private void assertLogoProblem(String rule, Path profile) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readProfile(profile));
        assertEquals("clinic.json", e.source());
        assertEquals(List.of("logo " + rule), e.problems().stream().map(SampleFiles::pathAndRule).toList());
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(false, p.expected().contains("passwd") || p.expected().contains("outside"), p.expected());
    }

    private Path profile(String logo) throws IOException {
        ObjectNode tree = SampleFiles.clinicTree();
        tree.put("logo", logo);
        return Files.write(folder.resolve("clinic.json"), SampleFiles.bytes(tree));
    }

    /** A PNG signature and an IHDR chunk (with its CRC) declaring the size, and no image data. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
