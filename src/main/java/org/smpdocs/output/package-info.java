/** Where finished documents go: a directory, written atomically. */
package org.smpdocs.output;
