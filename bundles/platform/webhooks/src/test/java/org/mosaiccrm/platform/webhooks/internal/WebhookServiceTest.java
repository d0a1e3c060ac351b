package org.mosaiccrm.platform.webhooks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.event.EventTopics;
import org.mosaiccrm.platform.persistence.ModuleDatabase;
import org.mosaiccrm.platform.persistence.internal.DataSourceModuleDatabases;
import org.mosaiccrm.platform.persistence.testing.MigrationsMustSucceed;
import org.mosaiccrm.platform.persistence.testing.TestClock;
import org.mosaiccrm.platform.persistence.testing.TestDatabase;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.DefaultGrant;
import org.mosaiccrm.platform.security.RecordScope;
import org.mosaiccrm.platform.security.RoleTemplate;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.service.internal.SecurityFixture;
import org.mosaiccrm.platform.webhook.CreatedWebhook;
import org.mosaiccrm.platform.webhook.DeliveryState;
import org.mosaiccrm.platform.webhook.NewWebhook;
import org.mosaiccrm.platform.webhook.WebhookDelivery;
import org.mosaiccrm.platform.webhook.WebhookEvent;
import org.mosaiccrm.platform.webhook.WebhookState;
import org.mosaiccrm.platform.webhook.WebhookSubscription;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Webhooks on the build's database, delivering over real HTTP to a receiver on 127.0.0.1: signed
 * bodies, retries with back-off on the test clock, giving up, pausing after failures in a row and
 * resuming, record scope, and refused input that stores nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookServiceTest {

    private static final String TOPIC = "org/mosaiccrm/ledger/Entry/CREATED";
    private static final WebhookEvent ENTRY_CREATED = new WebhookEvent("ledger.entry.created", TOPIC, "ledger.entry.read",
            "ledger.webhook.entryCreated");
    private static final DispatchSettings SETTINGS = new DispatchSettings(3, Duration.ofSeconds(10), 4, Duration.ofSeconds(5), 50);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTEGRATION_ADMIN = "integration-admin";

    private SecurityFixture security;
    /** Reads every entry, manages webhooks. */
    private Subject integrator;
    /** Reads own entries, manages webhooks. */
    private Subject clerk;
    /** Reads entries, may not manage webhooks. */
    private Subject auditor;
    private Receiver receiver;
    private TestDatabase testDatabase;
    private ModuleDatabase database;
    private TestClock clock;
    private WebhookService webhooks;

    @BeforeAll
    void users() throws Exception {
        security = new SecurityFixture("webhooks", false);
        // a module's roles; the integration administrator is the platform's
        security.roleDefaults.apply("ledger", List.of(new RoleTemplate("ledger-clerk", "Ledger clerk"),
                new RoleTemplate("ledger-auditor", "Ledger auditor")),
                List.of(new DefaultGrant("ledger-clerk", "ledger.entry.read", RecordScope.OWN),
                        new DefaultGrant("ledger-auditor", "ledger.entry.read", RecordScope.ALL)));
        integrator = security.user("ina", null, "ledger-auditor", INTEGRATION_ADMIN);
        clerk = security.user("cleo", null, "ledger-clerk", INTEGRATION_ADMIN);
        auditor = security.user("aldo", null, "ledger-auditor");
        receiver = new Receiver();
    }

    @AfterAll
    void closeUsers() {
        receiver.close();
        security.close();
    }

    @BeforeEach
    void open() {
        receiver.clear();
        testDatabase = TestDatabase.open("webhooks", "webhooks", empty -> new DataSourceModuleDatabases(empty,
                new MigrationsMustSucceed()).open(WebhookService.unit()).close());
        database = new DataSourceModuleDatabases(testDatabase.dataSource(), security.modules()).open(WebhookService.unit());
        clock = new TestClock(Instant.parse("2026-12-07T02:00:00Z"));
        webhooks = service(true);
    }

    private WebhookService service(boolean allowLoopback) {
        WebhookService service = new WebhookService(database, security.policy, security.auditLog, clock, SETTINGS, allowLoopback);
        service.addEvents(() -> List.of(ENTRY_CREATED));
        return service;
    }

    @AfterEach
    void close() {
        database.close();
        testDatabase.close();
    }

    private CreatedWebhook subscribe(Subject owner, String name) {
        return CurrentSubject.callAs(owner, () -> webhooks.create(new NewWebhook(name, receiver.url(), List.of(ENTRY_CREATED.name()))));
    }

    /** The module posts "entry created" as {@code by}, about entry {@code id} owned by {@code owner}. */
    private void entryCreated(Subject by, long id, Subject owner) {
        CurrentSubject.runAs(by, () -> webhooks.handleEvent(new Event(TOPIC,
                EventTopics.recordProperties(id, owner.userId(), Map.of("number", "E-" + id, "amount", new java.math.BigDecimal("12.50"),
                        "booked", java.time.LocalDate.of(2026, 12, 7))))));
    }

    private List<WebhookDelivery> log(long subscriptionId) {
        return CurrentSubject.callAs(integrator, () -> webhooks.deliveries(subscriptionId, 50));
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anEventReachesTheReceiverSignedWithTheSecret() throws Exception {
        CreatedWebhook created = subscribe(integrator, "ERP sync");
        assertTrue(created.secret().startsWith("whsec_") && created.secret().length() == 49, created.secret());

        entryCreated(clerk, 7, clerk);
        assertEquals(1, webhooks.sendDue());

        assertEquals(1, receiver.received().size());
        Receiver.Received got = receiver.received().get(0);
        assertEquals("ledger.entry.created", got.header("X-Mosaic-Event"));
        String signature = got.header("X-Mosaic-Signature");
        String time = signature.substring(2, signature.indexOf(','));
        assertEquals(String.valueOf(clock.instant().getEpochSecond()), time);
        assertEquals("t=" + time + ",v1=" + hmac(created.secret(), time + "." + got.body()), signature);
        assertTrue(got.header("Content-Type").startsWith("application/json"));

        JsonNode body = JSON.readTree(got.body());
        assertEquals(got.header("X-Mosaic-Delivery"), body.get("id").asText());
        assertEquals("ledger.entry.created", body.get("event").asText());
        assertEquals(7, body.get("recordId").asLong());
        assertEquals("cleo", body.get("user").asText());
        assertEquals("E-7", body.get("data").get("number").asText());
        assertTrue(got.body().contains("\"amount\":12.50"), "amounts keep their scale: " + got.body());
        assertEquals("2026-12-07", body.get("data").get("booked").asText());

        WebhookDelivery delivered = log(created.subscription().id()).get(0);
        assertEquals(DeliveryState.DELIVERED, delivered.state());
        assertEquals(200, delivered.lastStatus());
        assertEquals(1, delivered.attempts());
        assertEquals(0, webhooks.sendDue(), "a delivered event is not sent again");
    }

    @Test
    void aFailedAttemptIsTriedAgainAfterItsPauseWithTheSameEventId() throws Exception {
        CreatedWebhook created = subscribe(integrator, "retried");
        receiver.answer(500);
        entryCreated(integrator, 8, clerk);

        assertEquals(0, webhooks.sendDue());
        WebhookDelivery failed = log(created.subscription().id()).get(0);
        assertEquals(DeliveryState.PENDING, failed.state());
        assertEquals(1, failed.attempts());
        assertEquals(500, failed.lastStatus());
        assertEquals("HTTP 500", failed.lastError());
        assertEquals(clock.instant().plusSeconds(10), failed.nextAttemptAt());

        clock.advance(Duration.ofSeconds(9));
        assertEquals(0, webhooks.sendDue(), "not before its pause is over");
        assertEquals(1, receiver.received().size());

        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, webhooks.sendDue());
        assertEquals(2, receiver.received().size());
        assertEquals(receiver.received().get(0).header("X-Mosaic-Delivery"), receiver.received().get(1).header("X-Mosaic-Delivery"));
        assertNotEquals(receiver.received().get(0).header("X-Mosaic-Signature"), receiver.received().get(1).header("X-Mosaic-Signature"),
                "each attempt is signed at its own time");
        WebhookDelivery delivered = log(created.subscription().id()).get(0);
        assertEquals(DeliveryState.DELIVERED, delivered.state());
        assertEquals(2, delivered.attempts());
        assertEquals(0, CurrentSubject.callAs(integrator, () -> webhooks.subscription(created.subscription().id())).failuresInRow());
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpOnAndPausedThenResumed() {
        CreatedWebhook created = subscribe(integrator, "failing");
        long id = created.subscription().id();
        receiver.answerAlways(503);
        entryCreated(integrator, 9, clerk);
        webhooks.sendDue();
        clock.advance(Duration.ofSeconds(10));
        webhooks.sendDue();
        clock.advance(Duration.ofSeconds(20));
        webhooks.sendDue();
        WebhookDelivery givenUp = log(id).get(0);
        assertEquals(DeliveryState.FAILED, givenUp.state(), "three attempts, then given up");
        assertEquals(3, givenUp.attempts());
        assertNull(givenUp.nextAttemptAt());
        assertEquals(WebhookState.ACTIVE, CurrentSubject.callAs(integrator, () -> webhooks.subscription(id)).state());

        entryCreated(integrator, 10, clerk);
        webhooks.sendDue();
        WebhookSubscription paused = CurrentSubject.callAs(integrator, () -> webhooks.subscription(id));
        assertEquals(WebhookState.PAUSED, paused.state(), "the fourth failure in a row pauses it");
        assertEquals(WebhookRow.PAUSED_BY_FAILURES, paused.pausedReason());

        receiver.answerAlways(0);
        entryCreated(integrator, 11, clerk);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(0, webhooks.sendDue(), "nothing goes to a paused subscription");
        assertEquals(4, receiver.received().size());

        WebhookSubscription resumed = CurrentSubject.callAs(integrator, () -> webhooks.resume(id));
        assertEquals(WebhookState.ACTIVE, resumed.state());
        assertEquals(0, resumed.failuresInRow());
        assertEquals(2, webhooks.sendDue(), "what waited goes out: the retried event 10 and the new event 11");

        WebhookDelivery again = CurrentSubject.callAs(integrator, () -> webhooks.redeliver(givenUp.id()));
        assertEquals(DeliveryState.PENDING, again.state());
        assertEquals(1, webhooks.sendDue());
        assertEquals(DeliveryState.DELIVERED, log(id).stream().filter(d -> d.id() == givenUp.id()).findFirst().orElseThrow().state());
    }

    @Test
    void aSubscriptionHearsOnlyOfRecordsItsOwnerMayRead() {
        CreatedWebhook clerks = subscribe(clerk, "clerk's own");
        CreatedWebhook all = subscribe(integrator, "everything");
        entryCreated(integrator, 20, integrator);
        entryCreated(clerk, 21, clerk);

        assertEquals(1, log(clerks.subscription().id()).size());
        assertEquals(21, log(clerks.subscription().id()).get(0).recordId());
        assertEquals(2, log(all.subscription().id()).size());
        assertEquals(3, webhooks.sendDue());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        CurrentSubject.runAs(integrator, () -> {
            assertEquals("name", refusal(new NewWebhook(" ", receiver.url(), List.of(ENTRY_CREATED.name()))).field());
            assertEquals("url", refusal(new NewWebhook("x", "ftp://example.com/hook", List.of(ENTRY_CREATED.name()))).field());
            assertEquals("url", refusal(new NewWebhook("x", "https://user:pw@example.com/hook", List.of(ENTRY_CREATED.name()))).field());
            assertEquals("url", refusal(new NewWebhook("x", "not a url", List.of(ENTRY_CREATED.name()))).field());
            assertEquals("url", refusal(new NewWebhook("x", "http://169.254.169.254/latest", List.of(ENTRY_CREATED.name()))).field(),
                    "a cloud's metadata service is never a receiver");
            InputRefusedException unknown = refusal(new NewWebhook("x", receiver.url(), List.of("ledger.entry.vanished")));
            assertEquals("events", unknown.field());
            assertEquals("webhook.error.unknownEvent", unknown.getMessage());
            assertEquals("events", refusal(new NewWebhook("x", receiver.url(), List.of())).field());
            assertTrue(webhooks.subscriptions().isEmpty());
        });
    }

    private InputRefusedException refusal(NewWebhook webhook) {
        return assertThrows(InputRefusedException.class, () -> webhooks.create(webhook));
    }

    @Test
    void theCrmsOwnLoopbackIsRefusedUnlessAllowed() {
        WebhookService guarded = service(false);
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CurrentSubject.runAs(integrator,
                () -> guarded.create(new NewWebhook("self", receiver.url(), List.of(ENTRY_CREATED.name())))));
        assertEquals("url", refused.field());
        assertEquals("webhook.error.loopback", refused.getMessage());

        // allowed once, then the operator closes loopback: the attempt fails without calling it
        CreatedWebhook created = subscribe(integrator, "was allowed");
        entryCreated(integrator, 30, integrator);
        assertEquals(0, guarded.sendDue());
        assertTrue(receiver.received().isEmpty());
        assertTrue(log(created.subscription().id()).get(0).lastError().contains("loopback"));
    }

    @Test
    void onlyHoldersOfThePermissionManageAndOnlyEventsTheyMayRead() {
        assertThrows(AccessDeniedException.class, () -> subscribe(auditor, "not mine to make"));
        WebhookService withForeignEvent = service(true);
        withForeignEvent.addEvents(() -> List.of(new WebhookEvent("vault.secret.read", "org/mosaiccrm/vault/Secret/READ",
                "vault.secret.read", "vault.webhook.read")));
        InputRefusedException refused = assertThrows(InputRefusedException.class, () -> CurrentSubject.runAs(integrator,
                () -> withForeignEvent.create(new NewWebhook("x", receiver.url(), List.of("vault.secret.read")))));
        assertEquals("events", refused.field());
        assertEquals("webhook.error.eventNotPermitted", refused.getMessage());
    }

    @Test
    void aStaleChangeIsRefusedAndAPingTriesTheReceiver() throws Exception {
        CreatedWebhook created = subscribe(integrator, "first name");
        long id = created.subscription().id();
        WebhookSubscription renamed = CurrentSubject.callAs(integrator, () -> webhooks.update(id,
                new NewWebhook("second name", receiver.url(), List.of(ENTRY_CREATED.name())), created.subscription().version()));
        assertEquals("second name", renamed.name());
        assertThrows(OptimisticLockException.class, () -> CurrentSubject.runAs(integrator, () -> webhooks.update(id,
                new NewWebhook("stale", receiver.url(), List.of(ENTRY_CREATED.name())), created.subscription().version())));
        assertEquals("second name", CurrentSubject.callAs(integrator, () -> webhooks.subscription(id)).name());

        CreatedWebhook rotated = CurrentSubject.callAs(integrator, () -> webhooks.newSecret(id));
        assertNotEquals(created.secret(), rotated.secret());
        CurrentSubject.runAs(integrator, () -> webhooks.ping(id));
        assertEquals(1, webhooks.sendDue());
        Receiver.Received ping = receiver.received().get(0);
        assertEquals("platform.webhook.ping", ping.header("X-Mosaic-Event"));
        String time = String.valueOf(clock.instant().getEpochSecond());
        assertEquals("t=" + time + ",v1=" + hmac(rotated.secret(), time + "." + ping.body()), ping.header("X-Mosaic-Signature"),
                "signed with the new secret");

        CurrentSubject.runAs(integrator, () -> webhooks.delete(id));
        assertThrows(NoSuchElementException.class, () -> CurrentSubject.runAs(integrator, () -> webhooks.subscription(id)));
    }
}
