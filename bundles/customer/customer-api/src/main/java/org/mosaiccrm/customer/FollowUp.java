package org.mosaiccrm.customer;

/**
 * A follow-up due, with the customer's name for lists such as "my follow-ups due".
 *
 * @param interaction  the interaction that planned it
 * @param customerName the customer's name
 */
public record FollowUp(Interaction interaction, String customerName) {
}
