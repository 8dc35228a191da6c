/**
 * The validators behind the model's constraint annotations: the cross-field and clinic rules a case
 * must meet, each reporting its problems at the field they concern. Internal: not part of the
 * library's API.
 */
package org.smpdocs.internal.rules;
