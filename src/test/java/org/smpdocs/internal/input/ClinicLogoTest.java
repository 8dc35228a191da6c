package org.smpdocs.internal.input;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smpdocs.DocumentKind;
import org.smpdocs.InvalidInputException;
import org.smpdocs.OutputFormat;
import org.smpdocs.Problem;
import org.smpdocs.Samples;
import org.smpdocs.SmpDocs;
import org.smpdocs.model.PatientCase;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The logo a clinic profile names reaches every document and every e-mail to patients, so only a
 * real, sane PNG or JPEG inside the profile's folder is read; anything else is a problem at
 * {@code logo}.
 */
class ClinicLogoTest {
    private static final byte[] SAMPLE_LOGO = bytes(SampleFiles.ROOT.resolve("logo.png"));
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final String APPENDED = "root:x:0:0:root:/root:/bin/bash";
    private final InputReader reader = new InputReader();

    @TempDir
    Path root;
    private Path folder;

    @BeforeEach
    void profileFolder() throws IOException {
        folder = Files.createDirectories(root.resolve("clinic"));
    }

    @Test
    void readsTheSampleLogoAsAPngOfItsPixels() {
        ClinicProfile profile = reader.readProfile(SampleFiles.CLINIC);
        assertSamePixels(SAMPLE_LOGO, profile.logo().orElseThrow());
    }

    @Test
    void readsAJpegByItsContentWhateverItsNameAndGivesAPng() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        BufferedImage image = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0x336699);
        ImageIO.write(image, "jpeg", jpeg);
        Files.write(folder.resolve("brand.img"), jpeg.toByteArray());
        assertSamePixels(jpeg.toByteArray(), reader.readProfile(profile("brand.img")).logo().orElseThrow());
    }

    @Test
    void theSameLogoGivesTheSameBytes() {
        assertArrayEquals(reader.readProfile(SampleFiles.CLINIC).logo().orElseThrow(),
                new InputReader().readProfile(SampleFiles.CLINIC).logo().orElseThrow());
    }

    @Test
    void bytesAppendedAfterTheImageDoNotLeaveTheClinic() throws IOException {
        Files.write(folder.resolve("trailing.png"), appended(SAMPLE_LOGO));
        byte[] logo = reader.readProfile(profile("trailing.png")).logo().orElseThrow();
        assertSamePixels(SAMPLE_LOGO, logo);
        assertFalse(contains(logo, APPENDED), "the appended text is gone");
    }

    @Test
    void bytesAppendedToAJpegDoNotLeaveTheClinic() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        Files.write(folder.resolve("trailing.jpg"), appended(jpeg.toByteArray()));
        byte[] logo = reader.readProfile(profile("trailing.jpg")).logo().orElseThrow();
        assertSamePixels(jpeg.toByteArray(), logo);
        assertFalse(contains(logo, APPENDED), "the appended text is gone");
    }

    @Test
    void metadataChunksDoNotLeaveTheClinic() throws IOException {
        Files.write(folder.resolve("commented.png"), withTextChunk(SAMPLE_LOGO, APPENDED));
        byte[] logo = reader.readProfile(profile("commented.png")).logo().orElseThrow();
        assertSamePixels(SAMPLE_LOGO, logo);
        assertFalse(contains(logo, APPENDED), "the tEXt chunk is gone");
    }

    @Test
    void theDocxCarriesOnlyTheLogosPixels() throws IOException {
        Files.write(folder.resolve("trailing.png"), appended(SAMPLE_LOGO));
        SmpDocs engine = SmpDocs.builder().clinicProfile(profile("trailing.png")).clock(Samples.CLOCK)
                .formats(EnumSet.of(OutputFormat.DOCX)).build();
        PatientCase c = engine.readCase(Samples.cases().get(0));
        byte[] docx = engine.render(DocumentKind.CONSENT, c).bytes(OutputFormat.DOCX);
        List<byte[]> media = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("word/media/")) {
                    media.add(zip.readAllBytes());
                }
            }
        }
        assertEquals(1, media.size(), "one image: the logo");
        assertSamePixels(SAMPLE_LOGO, media.get(0));
        assertFalse(contains(docx, APPENDED) || contains(media.get(0), APPENDED), "the appended text is gone");
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

    /** {@code actual} is a PNG whose pixels are those of the image {@code expected}. */
    private static void assertSamePixels(byte[] expected, byte[] actual) {
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(actual, PNG_SIGNATURE.length), "a PNG");
        BufferedImage want = decode(expected);
        BufferedImage got = decode(actual);
        assertEquals(want.getWidth(), got.getWidth());
        assertEquals(want.getHeight(), got.getHeight());
        for (int y = 0; y < want.getHeight(); y++) {
            for (int x = 0; x < want.getWidth(); x++) {
                assertEquals(want.getRGB(x, y), got.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    private static BufferedImage decode(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] appended(byte[] image) {
        byte[] text = APPENDED.getBytes(StandardCharsets.US_ASCII);
        byte[] both = Arrays.copyOf(image, image.length + text.length);
        System.arraycopy(text, 0, both, image.length, text.length);
        return both;
    }

    /** The PNG with a tEXt chunk holding {@code text} right after its IHDR chunk. */
    private static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer body = ByteBuffer.allocate(4 + data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(body.array());
        int afterIhdr = 8 + 4 + 4 + 13 + 4;
        return ByteBuffer.allocate(png.length + 4 + body.capacity() + 4).put(png, 0, afterIhdr)
                .putInt(data.length).put(body.array()).putInt((int) crc.getValue())
                .put(png, afterIhdr, png.length - afterIhdr).array();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
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
