/** The {@code smp-docs} command line (picocli). Only {@link org.smpdocs.internal.cli.Main#main} exits the JVM. */
package org.smpdocs.internal.cli;
