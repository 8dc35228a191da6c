package org.smpdocs.model;

import java.time.LocalDate;

/**
 * The patch test the clinic offered before the first session: {@code done} on a {@code date}, at
 * a {@code site}, with its {@code result} as read; or {@code declined} by the patient (then
 * {@code date} may say when). A done test without its date or result is refused
 * ({@link PatchTestRecorded}).
 */
@PatchTestRecorded
public record PatchTest(
        @jakarta.validation.constraints.NotNull PatchTestOutcome outcome,
        @NotFarAhead LocalDate date,
        String site,
        String result) {

    /** Whether the test was done. */
    public boolean done() {
        return outcome == PatchTestOutcome.DONE;
    }
}
