package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/**
 * Who prescribed or authorised a medicine given in a session, by name and professional
 * registration number (GMC, NMC or GPhC number in the UK). A named prescriber rather than a
 * practitioner id, because the prescriber is often outside the clinic (the patient's GP, a visiting
 * prescriber) and a clinic practitioner's registration number is optional, while a prescription
 * always carries one.
 */
public record Prescriber(@NotBlank String name, @NotBlank String registrationNumber) {
}
