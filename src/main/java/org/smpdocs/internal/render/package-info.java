/** What every renderer shares: the named resources (the clinic logo) documents refer to. */
package org.smpdocs.internal.render;
