package org.mosaiccrm.sales.rest.internal;

/** The body of a call that needs a reason (lose, disqualify, reject, cancel): {@code {"reason": "..."}}. */
public record Reason(String reason) {
}
