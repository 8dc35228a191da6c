package org.smpdocs.model;

/**
 * Validation group for rules that only stop a consent form: a case with a contraindication is
 * still a valid record (its report and history must print), but no consent may be issued for it.
 */
public interface ConsentChecks {
}
