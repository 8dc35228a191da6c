package org.smpdocs.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One recorded session: the clinical record a treatment report prints. {@code preTreatmentCheck}
 * is the same-day re-check of health and consent; {@code photoStorage} says where the photographs
 * listed in {@code photos} are kept (a folder or a record in the clinic's photo system), and is
 * required when there are photographs; {@code guardianPresent}, for a minor only, names the
 * consent's guardian who was present (see {@link GuardianPresentForMinor}).
 */
@SessionTimes
@MaterialsInDate
@PhotoStorageWhenPhotos
public record TreatmentSession(
        @NotNull @Min(1) Integer number,
        @NotNull @NotFarAhead LocalDate date,
        @NotNull LocalTime start,
        @NotNull LocalTime end,
        @NotBlank String practitionerId,
        @NotNull @Valid PreTreatmentCheck preTreatmentCheck,
        String guardianPresent,
        @NotNull @Valid Anaesthetic anaesthetic,
        @NotNull @Valid Pigment pigment,
        @NotNull @Valid Needle needle,
        @NotEmpty List<@NotNull TreatmentArea> areasTreated,
        @NotNull @Valid Observations observations,
        @NotNull Tolerance tolerance,
        @NotNull List<@NotBlank String> adverseEvents,
        @NotNull List<@NotBlank String> photos,
        String photoStorage,
        @NotBlank String nextSessionRecommendation,
        @NotBlank String aftercareVersion) {

    /** The longest a session may last. */
    public static final Duration MAX_LENGTH = Duration.ofHours(8);

    public TreatmentSession {
        areasTreated = Lists.frozen(areasTreated);
        adverseEvents = Lists.frozen(adverseEvents);
        photos = Lists.frozen(photos);
    }

    /** How long the session lasted; only meaningful once validated. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
