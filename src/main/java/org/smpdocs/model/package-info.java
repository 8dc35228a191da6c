/**
 * The domain records: clinic, practitioner, procedure content, patient case, screening, plan,
 * sessions and consent. All are immutable; constraints are Jakarta Bean Validation annotations,
 * checked when a case is read ({@link org.smpdocs.SmpDocs#readCase(java.nio.file.Path)}) and again
 * before a document is rendered.
 */
package org.smpdocs.model;
