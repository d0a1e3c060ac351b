package org.mosaiccrm.platform.security;

/**
 * Which records a granted permission reaches, from narrowest to broadest: the user's own records,
 * those of the user's team, or all. A team lead's {@link #OWN} grants reach the team's records.
 */
public enum RecordScope {
    OWN, TEAM, ALL;

    /** The broader of two scopes. */
    public RecordScope widest(RecordScope other) {
        return other == null || compareTo(other) >= 0 ? this : other;
    }
}
