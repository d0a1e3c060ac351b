package org.mosaiccrm.platform.security.service.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.mosaiccrm.platform.audit.AuditEntry;
import org.mosaiccrm.platform.audit.AuditEvent;
import org.mosaiccrm.platform.audit.AuditQuery;
import org.mosaiccrm.platform.audit.AuditVerification;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;

/** The hash chain detects rows changed or deleted behind the application's back. */
class AuditChainTest {

    private SecurityFixture security;
    private Subject auditor;

    @BeforeEach
    void open(TestInfo test) {
        security = new SecurityFixture(test.getTestMethod().orElseThrow().getName());
        auditor = security.user("audrey", null, "auditor");
        Subject rep = security.user("rep", null, "sales-rep");
        CurrentSubject.runAs(rep, () -> {
            for (int i = 0; i < 30; i++) {
                security.auditLog.record(AuditEvent.updated("customer", "Customer", i, Map.of("name", "Old " + i),
                        Map.of("name", "New " + i, "password", "never-stored")));
            }
        });
    }

    @AfterEach
    void close() {
        security.close();
    }

    private AuditVerification verify() {
        return CurrentSubject.callAs(auditor, security.auditLog::verify);
    }

    @Test
    void entriesCarryWhoWhatBeforeAndAfterButNoSecret() {
        List<AuditEntry> entries = CurrentSubject.callAs(auditor,
                () -> security.auditLog.find(new AuditQuery("rep", "customer", "7", null, null, null, 10)));
        assertEquals(1, entries.size());
        AuditEntry entry = entries.get(0);
        assertEquals("10.0.0.9", entry.address());
        assertTrue(entry.changes().stream().anyMatch(c -> c.field().equals("name") && c.before().equals("Old 7")
                && c.after().equals("New 7")));
        assertTrue(entry.changes().stream().anyMatch(c -> c.field().equals("password")
                && AuditEvent.REDACTED.equals(c.after())));
    }

    @Test
    void onlyAuditorsReadTheLog() {
        Subject rep = security.authenticator.login("rep", "rep own passphrase".toCharArray(), "").subject();
        assertThrows(AccessDeniedException.class,
                () -> CurrentSubject.callAs(rep, () -> security.auditLog.find(AuditQuery.latest(5))));
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(security.admin(), security.auditLog::verify));
    }

    @Test
    void intactLogVerifies() {
        AuditVerification result = verify();
        assertTrue(result.intact(), result.toString());
        assertTrue(result.checkedEntries() > 30);
    }

    @Test
    void alteredEntryIsFound() throws SQLException {
        long target = sequenceOf("12");
        sql("UPDATE SEC_AUDIT SET CHANGES = '[{\"field\":\"name\",\"before\":\"Old 12\",\"after\":\"Newer 12\"}]'"
                + " WHERE SEQ = " + target);
        AuditVerification result = verify();
        assertFalse(result.intact());
        assertEquals(target, result.brokenAt());
        assertEquals("entry altered", result.problem());
    }

    @Test
    void deletedEntryIsFound() throws SQLException {
        long target = sequenceOf("20");
        sql("DELETE FROM SEC_AUDIT WHERE SEQ = " + target);
        AuditVerification result = verify();
        assertFalse(result.intact());
        assertEquals(target, result.brokenAt());
    }

    @Test
    void recomputedHashDoesNotHideAChangeFromTheNextEntry() throws SQLException {
        long target = sequenceOf("5");
        sql("UPDATE SEC_AUDIT SET USERNAME = 'someone', HASH = '" + "f".repeat(64) + "' WHERE SEQ = " + target);
        assertFalse(verify().intact());
    }

    @Test
    void retentionKeepsTheRestVerifiable() {
        int removed = security.auditLog.prune(Instant.now().plusSeconds(1));
        assertTrue(removed > 30);
        AuditVerification result = verify();
        assertTrue(result.intact(), result.toString());
    }

    @Test
    void verificationShowsTheHeadAndWritesItOutsideTheDatabase() throws Exception {
        AuditVerification result = verify();
        AuditEntry newest = CurrentSubject.callAs(auditor, () -> security.auditLog.find(AuditQuery.latest(1))).get(0);
        // the verification itself is audited after the check: the head is the entry before it
        assertEquals(newest.sequence() - 1, result.headSequence());
        String anchors = java.nio.file.Files.readString(security.auditFiles.resolve("audit-anchors.log"));
        assertTrue(anchors.contains(" seq=" + result.headSequence() + " head=" + result.headHash() + " key=k1 mac="), anchors);
    }

    @Test
    void deletingTheNewestEntriesIsFoundEvenAfterARestart() throws SQLException {
        security.auditLog.anchorHead(); // as every quarter hour and at shutdown
        long newest = CurrentSubject.callAs(auditor, () -> security.auditLog.find(AuditQuery.latest(1))).get(0).sequence();
        sqlCount("DELETE FROM SEC_AUDIT WHERE SEQ >= " + (newest - 1), 2);
        AuditVerification result = CurrentSubject.callAs(auditor, security.auditLog(true)::verify);
        assertFalse(result.intact(), result.toString());
        assertTrue(result.problem().startsWith("entries missing at the end"), result.problem());
    }

    @Test
    void aChainRewrittenWithPlainSha256IsFound() throws SQLException {
        // the whole chain recomputed without the key, entry 12 changed on the way
        rewriteWithPlainSha256(sequenceOf("12"));
        AuditVerification result = CurrentSubject.callAs(auditor, security.auditLog(true)::verify);
        assertFalse(result.intact(), result.toString());
        assertEquals(1L, result.brokenAt());
        assertEquals("entry not signed with an audit key", result.problem());
    }

    /** Recomputes every entry with plain SHA-256 and no key id, changing entry {@code target}; returns the last sequence. */
    private long rewriteWithPlainSha256(long target) throws SQLException {
        List<ChainedEntry> rows = security.database.read(em -> em.createQuery(
                "select a from AuditEntryEntity a order by a.sequence", AuditEntryEntity.class).getResultList().stream()
                .map(AuditEntryEntity::toChained).toList());
        String previous = ChainedEntry.GENESIS;
        for (ChainedEntry row : rows) {
            String changes = row.sequence() == target ? row.changes().replace("New 12", "Forged 12") : row.changes();
            ChainedEntry plain = new ChainedEntry(row.sequence(), row.at(), row.userId(), row.username(), row.address(),
                    row.category(), row.action(), row.module(), row.recordType(), row.recordId(), changes, previous, null, "");
            String hash = plain.computeHash(null);
            try (Connection connection = security.jdbc().getConnection();
                    java.sql.PreparedStatement update = connection.prepareStatement(
                            "UPDATE SEC_AUDIT SET CHANGES = ?, PREV_HASH = ?, HASH = ?, KEY_ID = NULL WHERE SEQ = ?")) {
                update.setString(1, changes);
                update.setString(2, previous);
                update.setString(3, hash);
                update.setLong(4, row.sequence());
                assertEquals(1, update.executeUpdate());
            }
            previous = hash;
        }
        return rows.get(rows.size() - 1).sequence();
    }

    @Test
    void cuttingTheBeginningAndAddingAnAnchorRowIsFound() throws SQLException {
        ChainedEntry tenth = security.database.read(em -> em.find(AuditEntryEntity.class, 10L).toChained());
        sqlCount("DELETE FROM SEC_AUDIT WHERE SEQ <= 10", 10);
        sql("INSERT INTO SEC_AUDIT_ANCHOR (ID, FIRST_SEQ, PREV_HASH) VALUES (1, 11, '" + tenth.hash() + "')");
        AuditVerification withRetention = CurrentSubject.callAs(auditor, security.auditLog(true)::verify);
        assertFalse(withRetention.intact());
        assertEquals("the start of the chain was moved without an audit key", withRetention.problem());
        AuditVerification withoutRetention = CurrentSubject.callAs(auditor, security.auditLog(false)::verify);
        assertFalse(withoutRetention.intact());
        assertTrue(withoutRetention.problem().contains("although no retention is configured"), withoutRetention.problem());
    }

    @Test
    void anUpgradedLogKeepsItsPlainEntriesAndSignsTheNewOnes() throws Exception {
        // as written before the chain was keyed: plain SHA-256, no key id
        long last = rewriteWithPlainSha256(-1);
        java.nio.file.Path keyFile = security.auditFiles.resolve("upgraded.keys");
        AuditKeys keys = AuditKeys.open(keyFile, HashChainAuditLog.plainEntriesBeforeKeys(security.database));
        assertEquals(last, keys.legacyUntil());
        HashChainAuditLog upgraded = new HashChainAuditLog(security.database, security.grants, keys,
                security.auditFiles.resolve("upgraded-anchors.log"), false);
        CurrentSubject.runAs(auditor, () -> upgraded.record(AuditEvent.security("after.upgrade", "Test", 1L, List.of())));
        AuditVerification result = CurrentSubject.callAs(auditor, upgraded::verify);
        assertTrue(result.intact(), result.toString());
        assertTrue(result.headSequence() > last);
        // a key file made again later accepts no plain entries: they would be a downgrade
        assertEquals(0, HashChainAuditLog.plainEntriesBeforeKeys(security.database));
    }

    @Test
    void aForgedLineInTheAnchorFileIsPassedOver() throws Exception {
        security.auditLog.anchorHead();
        java.nio.file.Files.writeString(security.auditFiles.resolve("audit-anchors.log"),
                "2026-12-06T10:00:00Z seq=99999 head=" + "a".repeat(64) + " key=k1 mac=" + "b".repeat(64) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(verify().intact(), "a line without a valid signature counts for nothing");
    }

    @Test
    void afterAKeyRotationOldAndNewEntriesVerify() throws Exception {
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(security.admin(), security.auditLog::rotateKey));
        assertEquals("k2", CurrentSubject.callAs(auditor, security.auditLog::rotateKey));
        CurrentSubject.runAs(auditor, () -> security.auditLog.record(AuditEvent.security("after.rotation", "Test", 1L, List.of())));
        AuditVerification result = verify();
        assertTrue(result.intact(), result.toString());
        assertTrue(java.nio.file.Files.readString(security.auditKeys.file()).contains("current=k2"));
    }

    private long sequenceOf(String recordId) {
        return CurrentSubject.callAs(auditor,
                () -> security.auditLog.find(new AuditQuery(null, "customer", recordId, null, null, null, 1))).get(0)
                .sequence();
    }

    private void sql(String statement) throws SQLException {
        sqlCount(statement, 1);
    }

    private void sqlCount(String statement, int rows) throws SQLException {
        try (Connection connection = security.jdbc().getConnection(); Statement s = connection.createStatement()) {
            assertEquals(rows, s.executeUpdate(statement));
        }
    }
}
