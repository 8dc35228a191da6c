package org.smpdocs.internal.template;

import java.time.LocalDate;

/**
 * What the patient books next: session {@code number} of the plan on or after {@code earliest},
 * or, once the plan is complete, a touch-up review ({@code touchUp}) around {@code earliest}.
 */
public record NextVisit(boolean touchUp, int number, LocalDate earliest) {
}
