package org.mosaiccrm.platform.persistence;

/** A LIKE pattern for "starts with" user input, its wildcards escaped; query with {@code like :key escape '\'}. */
public final class LikePrefix {

    private LikePrefix() {
    }

    /** {@code key} with {@code \}, {@code %} and {@code _} escaped, followed by {@code %}. */
    public static String of(String key) {
        return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
