package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One patient's case file: the patient, screening, patch test, plan, recorded sessions and consent. The
 * {@code id} names the output files, so it is restricted to file-name-safe characters.
 */
@GuardianForMinor
@MinorsAsTheClinicRequires
@InterpreterWhenLanguagesDiffer
@SessionsWithinPlan
@SessionsAfterConsent
@KnownPractitioners
@GuardianPresentForMinor
public record PatientCase(
        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.EXPECTED) String id,
        @NotNull @Valid Patient patient,
        @NotNull @Valid Screening screening,
        @NotNull @Valid PatchTest patchTest,
        @NotNull @Valid TreatmentPlan plan,
        @NotNull List<@NotNull @Valid TreatmentSession> sessions,
        @NotNull @Valid Consent consent) {

    public PatientCase {
        sessions = Lists.frozen(sessions);
    }

    /** The session with this number, if recorded. */
    public Optional<TreatmentSession> session(int number) {
        return sessions.stream().filter(s -> s.number() != null && s.number() == number).findFirst();
    }

    /**
     * The sessions numbered below {@code number}, in order of their numbers: what a later
     * session's report lists as earlier sessions.
     */
    public List<TreatmentSession> sessionsBefore(int number) {
        return sessions.stream().filter(s -> s.number() != null && s.number() < number)
                .sorted(Comparator.comparingInt(TreatmentSession::number)).toList();
    }

    /** The session with the highest number, if any was recorded. */
    public Optional<TreatmentSession> latestSession() {
        return sessions.stream().filter(s -> s.number() != null)
                .max(Comparator.comparingInt(TreatmentSession::number));
    }
}
