package org.smpdocs.model;

/**
 * What a "yes" to a health question means: a contraindication stops the consent (the case stays a
 * valid record), a precaution lets treatment go ahead with care, and the patient is told what it
 * means for them.
 */
public enum YesMeans {
    CONTRAINDICATION, PRECAUTION
}
