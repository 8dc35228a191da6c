package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * The clinic profile: identity and contact, practitioners, and the procedure content its
 * documents state. {@code logo} is a PNG or JPEG path relative to the profile file.
 * {@code documentLanguage} is the language the documents are written in (BCP 47, e.g. "en").
 * {@code premisesLicence} is the licence or registration of the premises, where the law asks for one.
 * {@code minors} is what the law where the clinic works asks of treating a minor.
 */
public record Clinic(
        @NotBlank String name,
        @NotNull @Valid Address address,
        @NotBlank String phone,
        @NotBlank @Email(regexp = Emails.PATTERN, message = Emails.EXPECTED) String email,
        String website,
        String logo,
        String premisesLicence,
        @NotBlank @Pattern(regexp = Languages.PATTERN, message = Languages.EXPECTED) String documentLanguage,
        @NotEmpty List<@NotNull @Valid Practitioner> practitioners,
        @NotNull @Valid ProcedureContent content,
        @NotNull @Valid MinorRules minors) {

    public Clinic {
        practitioners = Lists.frozen(practitioners);
    }

    /** The practitioner with this id, if the clinic has one. */
    public Optional<Practitioner> practitioner(String id) {
        return practitioners.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
