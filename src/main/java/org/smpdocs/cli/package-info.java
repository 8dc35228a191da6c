/** The {@code smp-docs} command line (picocli). Only {@link org.smpdocs.cli.Main#main} exits the JVM. */
package org.smpdocs.cli;
