package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The consent as agreed: its date, who signs it, the photo choices and, for a minor, the medical
 * reason and the directing doctor (see {@link MinorRules}).
 */
public record Consent(
        @NotNull @NotFarAhead LocalDate date,
        @NotEmpty List<@NotNull @Valid Signer> signers,
        @NotNull @Valid PhotoConsent photos,
        @Valid MinorTreatment minor) {

    public Consent {
        signers = Lists.frozen(signers);
    }

    /** The first signer in this role, if there is one. */
    public Optional<Signer> signer(SignerRole role) {
        return signers.stream().filter(s -> s != null && s.role() == role).findFirst();
    }
}
