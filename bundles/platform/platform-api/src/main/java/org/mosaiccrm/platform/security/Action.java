package org.mosaiccrm.platform.security;

import java.util.Locale;

/** What a permission allows on a module's records; the last segment of a permission id. */
public enum Action {
    READ, CREATE, EDIT, DELETE, IMPORT, EXPORT, APPROVE, ADMINISTER;

    /** The id segment, e.g. {@code read}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
