package org.smpdocs.internal.template;

import org.smpdocs.model.HealthQuestion;

/** One health question of the clinic with the patient's answer, for templates to list. */
public record HealthAnswer(HealthQuestion question, boolean yes) {
}
