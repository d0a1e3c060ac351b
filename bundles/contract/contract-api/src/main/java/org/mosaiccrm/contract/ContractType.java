package org.mosaiccrm.contract;

/**
 * A kind of contract (sales, purchase, service, framework…), an editable list.
 *
 * @param labelKey i18n key of its name for the built-in ones; empty for one an administrator added
 * @param name     its name as an administrator typed it (built-in: the English name)
 */
public record ContractType(String code, String labelKey, String name, boolean active) {
}
