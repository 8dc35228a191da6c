package org.smpdocs.model;

/** Whether the offered patch test was done or the patient declined it. */
public enum PatchTestOutcome {
    DONE, DECLINED
}
