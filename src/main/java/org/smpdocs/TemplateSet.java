package org.smpdocs;

/**
 * The template set an engine renders with, as a document records it: its declared version and
 * the SHA-256 of the files it lists, each as the engine resolved it (the clinic's copy where
 * there is one, else the built-in one).
 */
public record TemplateSet(String version, String sha256) {
}
