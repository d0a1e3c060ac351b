package org.mosaiccrm.platform.security.internal.audit;

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
import org.mosaiccrm.platform.security.internal.SecurityFixture;

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

    private long sequenceOf(String recordId) {
        return CurrentSubject.callAs(auditor,
                () -> security.auditLog.find(new AuditQuery(null, "customer", recordId, null, null, null, 1))).get(0)
                .sequence();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = security.jdbc().getConnection(); Statement s = connection.createStatement()) {
            assertEquals(1, s.executeUpdate(statement));
        }
    }
}
