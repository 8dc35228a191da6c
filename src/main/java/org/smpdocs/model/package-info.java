/**
 * The domain records: clinic, practitioner, procedure content, patient case, screening, plan,
 * sessions and consent. All are immutable; constraints are Jakarta Bean Validation annotations,
 * checked by {@link org.smpdocs.internal.input.InputReader}.
 */
package org.smpdocs.model;
