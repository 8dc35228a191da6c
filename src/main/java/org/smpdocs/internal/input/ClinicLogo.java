package org.smpdocs.internal.input;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.smpdocs.InvalidInputException;
import org.smpdocs.Problem;

/**
 * The clinic logo a profile names, read only if it is what it claims to be. The logo goes into
 * every document and every e-mail to patients, so whatever file it names leaves the clinic:
 * it must lie inside the profile's folder (after symlinks are resolved), be a regular file of at
 * most {@link Limits#LOGO_BYTES}, be a PNG or JPEG by its content, whatever its name, no larger
 * than {@link Limits#LOGO_PIXELS} pixels each way by its header (checked before any decoding,
 * so a 20000 × 20000 image is refused without being decoded), and decode whole. What is read is
 * the decoded image written again as a PNG: only its pixels leave the clinic, never bytes appended
 * after the image data or its metadata (comments, camera and location data).
 */
final class ClinicLogo {
    private static final String PATH = "logo";
    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    private ClinicLogo() {
    }

    /** The logo as PNG bytes of its pixels; {@code problems} gets the reason when there are none. */
    static byte[] read(Path profile, String logo, List<Problem> problems) {
        Problem problem;
        try {
            Path folder = profile.toAbsolutePath().getParent().toRealPath();
            Path file = InputFiles.confined(folder, logo);
            if (file == null) {
                problems.add(outside());
                return null;
            }
            problem = InputFiles.check(file, PATH, "logo file");
            if (problem == null) {
                byte[] bytes = InputFiles.read(file, PATH, Limits.LOGO_BYTES, "logo file");
                BufferedImage[] decoded = {null};
                problem = image(bytes, decoded);
                byte[] png = problem == null ? png(decoded[0]) : null;
                if (png != null) {
                    return png;
                }
                problem = problem == null ? notAnImage() : problem;
            }
        } catch (InvalidInputException e) {
            problem = e.problems().get(0);
        } catch (IOException | InvalidPathException e) {
            problem = new Problem(PATH, "unreadable-file", "a readable logo file");
        }
        problems.add(problem);
        return null;
    }

    private static Problem outside() {
        return new Problem(PATH, "logo-location", "a file inside the clinic profile's folder, named relative to it");
    }

    /**
     * The problem with the image, or null when it is a PNG or JPEG within the limits that decodes;
     * then {@code decoded[0]} is the image.
     */
    private static Problem image(byte[] bytes, BufferedImage[] decoded) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            ImageReader reader = readers.hasNext() ? readers.next() : null;
            if (reader == null || !FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                return notAnImage();
            }
            try {
                reader.setInput(in, true, true);
                boolean[] damaged = {false};
                reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
                if (reader.getWidth(0) > Limits.LOGO_PIXELS || reader.getHeight(0) > Limits.LOGO_PIXELS) {
                    return new Problem(PATH, "logo-size", "an image of at most " + Limits.LOGO_PIXELS + " × "
                            + Limits.LOGO_PIXELS + " pixels");
                }
                BufferedImage image = reader.read(0);
                // a truncated JPEG decodes with a warning and grey where the data ran out
                if (image == null || damaged[0]) {
                    return notAnImage();
                }
                decoded[0] = image;
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return notAnImage();
        }
    }

    /**
     * The image's pixels as a PNG, and nothing else: no trailing bytes, no metadata chunks. The
     * same pixels always give the same bytes. Null if the decoded image cannot be written as PNG.
     */
    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            return ImageIO.write(image, "png", out) ? out.toByteArray() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Problem notAnImage() {
        return new Problem(PATH, "logo-image", "a PNG or JPEG image that decodes whole");
    }
}
