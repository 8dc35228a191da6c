package org.smpdocs.internal.input;

import java.util.Objects;
import java.util.Optional;
import org.smpdocs.model.Clinic;

/** A valid clinic profile and the logo it names, if any (checked, and re-encoded as a PNG of its pixels only). Immutable. */
public final class ClinicProfile {
    private final Clinic clinic;
    private final byte[] logo;

    ClinicProfile(Clinic clinic, byte[] logo) {
        this.clinic = Objects.requireNonNull(clinic);
        this.logo = logo == null ? null : logo.clone();
    }

    public Clinic clinic() {
        return clinic;
    }

    /** A copy of the logo's bytes. */
    public Optional<byte[]> logo() {
        return Optional.ofNullable(logo).map(byte[]::clone);
    }
}
