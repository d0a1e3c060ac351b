package org.mosaiccrm.platform.security;

/**
 * A team of users; its lead reaches the records of all members.
 *
 * @param id     {@code 0} for a new team
 * @param leadId the lead's user id, or {@code null}
 */
public record Team(long id, String name, Long leadId) {
}
