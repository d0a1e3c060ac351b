package org.mosaiccrm.platform.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.mosaiccrm.platform.persistence.PersistenceUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a module's schema was checked against at its last successful migration: its changelog's
 * SHA-256, the Liquibase version, the database and how many change sets its history holds. When a
 * module opens its database and the stamp is the same, Liquibase is not run at all: its start-up
 * (1.5–2 s for the first module) and the schema check (0.1–0.4 s a module) are the largest parts of
 * a warm restart (docs/benchmarks.md). Anything that could change the answer changes the stamp: an
 * edited changelog, another Liquibase, another database, a history with rows added or removed (a
 * restored backup, a purge, another node's migration). A changelog that includes other files has no
 * stamp: it is always checked.
 * <p>
 * Outside OSGi (service tests, benchmarks) the stamps live in this process's memory instead
 * ({@link #inThisProcess()}), without the database's address: a test database copied from a migrated
 * template then opens without Liquibase, as a restarted product does, while an empty or older one
 * (another count of history rows) or another changelog is migrated as always.
 */
final class SchemaStamps {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaStamps.class);

    /** The stamps of {@link #inThisProcess()}, by module. */
    private static final Map<String, String> PROCESS_STAMPS = new ConcurrentHashMap<>();

    /** Where stamps are kept; null: in {@link #memory} or none. */
    private final Path folder;
    /** The stamps kept in memory, by module (without the database's address); null: in {@link #folder} or none. */
    private final Map<String, String> memory;

    private SchemaStamps(Path folder, Map<String, String> memory) {
        this.folder = folder;
        this.memory = memory;
    }

    static SchemaStamps in(Path folder) {
        return new SchemaStamps(folder, null);
    }

    /** None: every open runs Liquibase. */
    static SchemaStamps none() {
        return new SchemaStamps(null, null);
    }

    /** In this process's memory, shared by every database opened in it (outside OSGi). */
    static SchemaStamps inThisProcess() {
        return new SchemaStamps(null, PROCESS_STAMPS);
    }

    /**
     * The module's stamp now, or empty when it cannot be told (no folder, an include, unreadable);
     * without a folder nothing is read and no connection is opened.
     */
    Optional<String> now(PersistenceUnit unit, DataSource dataSource) {
        if (folder == null && memory == null) {
            return Optional.empty();
        }
        try (InputStream in = unit.classLoader().getResourceAsStream(unit.changelog());
                Connection connection = dataSource.getConnection()) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] changelog = in.readAllBytes();
            String text = new String(changelog, StandardCharsets.UTF_8);
            if (text.contains("<include")) {
                return Optional.empty();
            }
            String table = LiquibaseMigrator.historyTable(unit.moduleId());
            long applied = 0;
            if (LiquibaseMigrator.tableExists(connection, table)) {
                try (Statement query = connection.createStatement();
                        ResultSet count = query.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    applied = count.getLong(1);
                }
            }
            String where = memory != null ? "this process"
                    : connection.getMetaData().getURL() + "\n" + connection.getMetaData().getUserName();
            return Optional.of(String.join("\n", HexFormat.of().formatHex(sha256(changelog)), liquibaseVersion(), where,
                    String.valueOf(applied)));
        } catch (IOException | SQLException e) {
            LOG.debug("No schema stamp for module '{}': {}", unit.moduleId(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether the module's last successful migration left this very stamp. */
    boolean unchanged(PersistenceUnit unit, String stamp) {
        if (memory != null) {
            return stamp.equals(memory.get(unit.moduleId()));
        }
        Path file = file(unit);
        try {
            return file != null && Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(stamp);
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the stamp of a migration that just succeeded. */
    void record(PersistenceUnit unit, Optional<String> stamp) {
        if (memory != null) {
            stamp.ifPresentOrElse(known -> memory.put(unit.moduleId(), known), () -> memory.remove(unit.moduleId()));
            return;
        }
        Path file = file(unit);
        if (file == null) {
            return;
        }
        try {
            if (stamp.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Files.createDirectories(folder);
            Path written = Files.writeString(folder.resolve(file.getFileName() + ".tmp"), stamp.get(), StandardCharsets.UTF_8);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not keep the schema stamp of module '{}' (its next start checks the schema): {}",
                    unit.moduleId(), e.getMessage());
        }
    }

    private Path file(PersistenceUnit unit) {
        return folder == null ? null : folder.resolve(unit.moduleId() + ".stamp");
    }

    /** Liquibase's version without initialising Liquibase (its start-up is what the stamp saves). */
    private static String liquibaseVersion() {
        try {
            Class<?> liquibase = Class.forName("liquibase.Liquibase", false, SchemaStamps.class.getClassLoader());
            Bundle bundle = FrameworkUtil.getBundle(liquibase);
            return bundle == null ? "liquibase" : bundle.getSymbolicName() + " " + bundle.getVersion();
        } catch (ClassNotFoundException e) {
            return "liquibase";
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
