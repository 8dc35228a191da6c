/** SHA-256 digests of documents, inputs and template sets. Internal: not part of the library's API. */
package org.smpdocs.internal.digest;
