package org.smpdocs.model;

/** Scalp areas a plan or session covers. JSON spells them in kebab case: "frontal-hairline". */
public enum TreatmentArea {
    FRONTAL_HAIRLINE, TEMPLES, MID_SCALP, CROWN, SCAR, DONOR_AREA
}
