package org.smpdocs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the people in the room put into one issued document: for each of its fields (by the name
 * the document gives it, such as {@code signature-patient}, {@code initials-pigment-fading} or
 * {@code choice-photos-records}) a drawn or scanned image, typed initials, or a tick or no tick;
 * the staff member who witnessed the signing; and the device it was captured on. Date fields are
 * not given: they are filled from the signing time. Immutable and thread-safe; {@link #image}
 * returns a copy.
 *
 * <pre>{@code
 * Signing signing = Signing.builder()
 *         .witness("Sam Taylor, front desk")
 *         .device("clinic tablet 2")
 *         .drawn("signature-patient", Files.readAllBytes(Path.of("patient-signature.png")))
 *         .typed("initials-pigment-fading", "JS")
 *         .choice("choice-photos-records", true)
 *         .build();
 * }</pre>
 */
public final class Signing {
    /** One field's entry: an image with its method, typed text, or a choice. */
    public record Entry(SigningMethod method, byte[] image, String typed, Boolean ticked, String device) {
        public Entry {
            image = image == null ? null : image.clone();
        }

        @Override
        public byte[] image() {
            return image == null ? null : image.clone();
        }

        /** Whether this entry is an image (without copying it). */
        public boolean hasImage() {
            return image != null;
        }

        /** Whether this entry is a tick or no tick (a choice), not a mark. */
        public boolean isChoice() {
            return ticked != null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && method == e.method && Arrays.equals(image, e.image)
                    && Objects.equals(typed, e.typed) && Objects.equals(ticked, e.ticked) && Objects.equals(device, e.device);
        }

        @Override
        public int hashCode() {
            return Objects.hash(method, Arrays.hashCode(image), typed, ticked, device);
        }

        @Override
        public String toString() {
            return isChoice() ? "choice" : method.id();
        }
    }

    private final String witness;
    private final String device;
    private final Map<String, Entry> fields;

    private Signing(Builder b) {
        this.witness = b.witness;
        this.device = b.device;
        this.fields = Map.copyOf(b.fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The staff member who witnessed the signing (may be blank: the gate then refuses it). */
    public String witness() {
        return witness;
    }

    /** The device the marks were made on, if known. */
    public Optional<String> device() {
        return Optional.ofNullable(device);
    }

    /** Every field's entry, by field name. */
    public Map<String, Entry> fields() {
        return fields;
    }

    /** Builds a {@link Signing}; not thread-safe. */
    public static final class Builder {
        private String witness = "";
        private String device;
        private final Map<String, Entry> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder witness(String staffMember) {
            this.witness = Objects.requireNonNull(staffMember, "witness");
            return this;
        }

        /** The device every mark was made on (a tablet, a browser's user agent), unless a field says otherwise. */
        public Builder device(String device) {
            this.device = device;
            return this;
        }

        /** A signature or initials drawn on a device, as a PNG image. */
        public Builder drawn(String field, byte[] png) {
            return image(field, png, SigningMethod.DRAWN, null);
        }

        /** A signature or initials signed in ink on paper and scanned, as a PNG image. */
        public Builder scanned(String field, byte[] png) {
            return image(field, png, SigningMethod.WET_INK_SCAN, null);
        }

        /** An image with its method and, when it differs from the signing's, the device. */
        public Builder image(String field, byte[] png, SigningMethod method, String device) {
            if (method == SigningMethod.TYPED) {
                throw new IllegalArgumentException("a typed entry has text, not an image: use typed(...)");
            }
            return put(field, new Entry(Objects.requireNonNull(method), Objects.requireNonNull(png, "png"), null, null,
                    device));
        }

        /** Initials (or a name) typed and adopted by the signer. */
        public Builder typed(String field, String text) {
            return put(field, new Entry(SigningMethod.TYPED, null, Objects.requireNonNull(text, "text"), null, null));
        }

        /** A consent choice: ticked, or deliberately left unticked. */
        public Builder choice(String field, boolean ticked) {
            return put(field, new Entry(null, null, null, ticked, null));
        }

        private Builder put(String field, Entry entry) {
            fields.put(Objects.requireNonNull(field, "field"), entry);
            return this;
        }

        public Signing build() {
            return new Signing(this);
        }
    }
}
