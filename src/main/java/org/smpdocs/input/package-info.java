/**
 * Strict reading of clinic profiles and case files: JSON through Jackson with every leniency off,
 * then Bean Validation; all problems come back at once, each with its field path.
 */
package org.smpdocs.input;
