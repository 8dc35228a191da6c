/**
 * Strict reading of clinic profiles and case files: JSON through Jackson with every leniency off,
 * then Bean Validation; all problems come back at once, each with its field path.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.input;
