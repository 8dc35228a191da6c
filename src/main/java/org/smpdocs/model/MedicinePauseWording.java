package org.smpdocs.model;

import jakarta.validation.constraints.NotBlank;

/**
 * How the aftercare sheet words a medicine pause of the plan ({@link MedicinePause}), clinic
 * content. {@code after} is printed for a pause with hours after the session; in it
 * {@code {medicine}} stands for the medicine, {@code {hours}} for the hours after and
 * {@code {until}} for the date and time the pause ends ("11:40 on Thu 19 Nov 2026").
 * {@code before} is printed for a pause with hours before a session, about the next appointment;
 * in it {@code {medicine}} and {@code {hours}} (the hours before) stand for the same.
 */
public record MedicinePauseWording(@NotBlank String after, @NotBlank String before) {
}
