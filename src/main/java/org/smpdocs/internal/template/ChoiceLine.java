package org.smpdocs.internal.template;

import org.smpdocs.model.ConsentChoice;
import org.smpdocs.model.RecordedChoice;

/**
 * One consent choice as the consent shows it: {@code recorded} is the patient's earlier, signed
 * answer (printed as a fact with its date) or null, when the choice is an empty box to tick.
 */
public record ChoiceLine(ConsentChoice choice, RecordedChoice recorded) {
}
