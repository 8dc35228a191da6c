package org.smpdocs.internal.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smpdocs.internal.xhtml.Vocabulary;

/**
 * The images a document may name in {@code <img src="...">}, loaded once by the engine: the
 * clinic logo is {@value #LOGO}. Documents can reach nothing else — no files, no network.
 * Immutable; the byte arrays are never handed out for writing.
 */
public final class Resources {
    /** The name under which the clinic logo is known. */
    public static final String LOGO = Vocabulary.LOGO;
    private final Map<String, byte[]> images;

    public Resources(Map<String, byte[]> images) {
        Map<String, byte[]> copies = new HashMap<>();
        images.forEach((name, bytes) -> copies.put(name, bytes.clone()));
        this.images = Map.copyOf(copies);
    }

    public static Resources none() {
        return new Resources(Map.of());
    }

    /** These images and {@code more} (which may not reuse a name). */
    public Resources with(Map<String, byte[]> more) {
        Map<String, byte[]> all = new HashMap<>(images);
        more.forEach((name, bytes) -> {
            if (all.putIfAbsent(name, bytes) != null) {
                throw new IllegalArgumentException("image name taken: " + name);
            }
        });
        return new Resources(all);
    }

    /** The names of the images, sorted. */
    public List<String> names() {
        return images.keySet().stream().sorted().toList();
    }

    public boolean has(String name) {
        return images.containsKey(name);
    }

    /** A copy of the image's bytes. */
    public Optional<byte[]> image(String name) {
        return Optional.ofNullable(images.get(name)).map(byte[]::clone);
    }

    /** The image's media type from its signature: "image/png" or "image/jpeg". */
    public String mediaType(String name) {
        byte[] b = images.get(name);
        return b != null && b.length > 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 ? "image/jpeg" : "image/png";
    }
}
