package org.mosaiccrm.platform.approval;

/**
 * A field of an approvable record that a condition may test.
 *
 * @param name     the key in {@link ApprovableRecord#values()}
 * @param labelKey i18n key of its label
 * @param numeric  compared as a number ({@code at least}, {@code below}); otherwise as text ({@code one of})
 */
public record ApprovalField(String name, String labelKey, boolean numeric) {
}
