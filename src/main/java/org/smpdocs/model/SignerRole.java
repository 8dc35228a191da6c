package org.smpdocs.model;

/** Who signs a consent. JSON spells them in lower case: "patient", "guardian", ... */
public enum SignerRole {
    PATIENT, GUARDIAN, PRACTITIONER, WITNESS, INTERPRETER
}
