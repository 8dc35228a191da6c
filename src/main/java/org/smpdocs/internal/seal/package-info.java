/**
 * The clinic's seal: a PAdES certification signature over a finished PDF, made with the clinic's
 * certificate (baseline B-B, B-T with an RFC 3161 time-stamp, long-term validation data in a DSS
 * dictionary), and its verification against the clinic's trust anchors.
 * Internal: not part of the library's API.
 */
package org.smpdocs.internal.seal;
