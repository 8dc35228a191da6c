package org.smpdocs;

import java.util.Arrays;
import java.util.Objects;

/**
 * An image the {@linkplain OutputFormat#EMAIL_HTML HTML e-mail body} shows by reference
 * ({@code <img src="cid:clinic-logo">}): its content id, media type and bytes, to go into the same
 * message as an inline part with that {@code Content-ID}. Immutable; {@link #bytes} returns a copy.
 */
public final class InlineImage {
    private final String contentId;
    private final String mediaType;
    private final byte[] bytes;

    /**
     * @param contentId the id the HTML refers to, without {@code cid:} and angle brackets
     * @param mediaType "image/png" or "image/jpeg"
     * @param bytes the image; copied
     */
    public InlineImage(String contentId, String mediaType, byte[] bytes) {
        this.contentId = Objects.requireNonNull(contentId, "contentId");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** The id the HTML refers to ({@code cid:} + this), without angle brackets: "clinic-logo". */
    public String contentId() {
        return contentId;
    }

    /** "image/png" or "image/jpeg". */
    public String mediaType() {
        return mediaType;
    }

    /** A copy of the image's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InlineImage other && contentId.equals(other.contentId) && mediaType.equals(other.mediaType)
                && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentId, mediaType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "InlineImage[" + contentId + ", " + mediaType + ", " + bytes.length + " bytes]";
    }
}
