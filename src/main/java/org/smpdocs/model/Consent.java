package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The consent as agreed: its date (the appointment at which it is signed), who signs it, the
 * consent choices the patient already made and signed earlier ({@code choices}, optional: a choice
 * not recorded is an empty box on the form) and, for a minor, the medical reason and the
 * directing doctor (see {@link MinorRules}).
 */
@KnownChoices
public record Consent(
        @NotNull @NotFarAhead LocalDate date,
        @NotEmpty List<@NotNull @Valid Signer> signers,
        List<@NotNull @Valid RecordedChoice> choices,
        @Valid MinorTreatment minor) {

    public Consent {
        signers = Lists.frozen(signers);
        choices = choices == null ? List.of() : Lists.frozen(choices);
    }

    /** The recorded choice with this id, if the patient made it earlier. */
    public Optional<RecordedChoice> choice(String id) {
        return choices.stream().filter(c -> c != null && id.equals(c.id())).findFirst();
    }

    /** The first signer in this role, if there is one. */
    public Optional<Signer> signer(SignerRole role) {
        return signers.stream().filter(s -> s != null && s.role() == role).findFirst();
    }
}
