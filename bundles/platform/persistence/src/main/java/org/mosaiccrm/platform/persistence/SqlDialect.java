package org.mosaiccrm.platform.persistence;

import java.util.Locale;

import jakarta.persistence.EntityManager;

/**
 * The database a module's native SQL runs on, for what only one of them understands (an index hint
 * for Derby's optimizer, say). Standard SQL needs no case; this is for the exceptions.
 *
 * @since 1.4
 */
public enum SqlDialect {
    DERBY, POSTGRESQL, OTHER;

    /** The persistence-unit property the platform sets to the dialect's name when it opens a module's database. */
    public static final String PROPERTY = "org.mosaiccrm.sqlDialect";

    /** The database behind {@code em}. */
    public static SqlDialect of(EntityManager em) {
        Object name = em.getEntityManagerFactory().getProperties().get(PROPERTY);
        return name == null ? OTHER : valueOf(name.toString());
    }

    /** The dialect of a JDBC database product name ({@code DatabaseMetaData.getDatabaseProductName()}). */
    public static SqlDialect ofProduct(String productName) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        return product.contains("postgresql") ? POSTGRESQL : OTHER;
    }

    /**
     * A Derby optimizer override naming the index to walk ({@code --DERBY-PROPERTIES index=...} and a
     * line break, to follow a table in the FROM clause), or nothing on other databases, whose
     * planners choose from their statistics.
     */
    public String indexHint(String index) {
        return this == DERBY ? " --DERBY-PROPERTIES index=" + index + "\n" : "";
    }

    /**
     * Derby optimizer overrides as written ({@code joinOrder=FIXED} after FROM; {@code index=...,
     * joinStrategy=NESTEDLOOP} after a table), or nothing on other databases.
     *
     * @since 1.5
     */
    public String hint(String properties) {
        return this == DERBY ? " --DERBY-PROPERTIES " + properties + "\n" : "";
    }
}
