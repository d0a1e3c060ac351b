package org.mosaiccrm.contract;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The list of contract types (sales, purchase, service, framework… and what an administrator adds),
 * kept by who holds {@link ContractService#PERMISSION_ADMINISTER}. {@link ContractService#types()}
 * reads it. A type is never deleted: one no longer offered keeps its contracts.
 *
 * @since 1.1
 */
@ProviderType
public interface ContractTypes {

    int MAX_NAME = 50;

    /**
     * Adds a type of this name, offered for new contracts after the others.
     *
     * @throws org.mosaiccrm.platform.InputRefusedException ({@code name}) when empty, longer than
     *         {@value #MAX_NAME} characters or another type's name
     * @throws org.mosaiccrm.platform.security.AccessDeniedException without the permission
     */
    ContractType add(String name);

    /**
     * Renames a type; a shipped one then has this name in every language.
     *
     * @throws java.util.NoSuchElementException for no such type
     */
    ContractType rename(String code, String name);

    /** Offers the type for new contracts again, or no longer (its contracts keep it). */
    ContractType setActive(String code, boolean active);
}
