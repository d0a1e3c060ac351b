package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;

import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.WebhookReceiver;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.security.User;
import org.mosaiccrm.platform.security.UserDraft;
import org.mosaiccrm.platform.webhook.Webhooks;

/**
 * Webhooks in the running CRM: a system — its service account, whose token a user administrator made —
 * registers its receiver on 127.0.0.1 over the API with that token, a customer created through the API reaches it signed with the subscription's secret, a
 * first answer of 500 is retried with the same event id until it is taken, the delivery log says so,
 * and a customer the subscriber may not read is never told of.
 */
public class WebhooksIT extends SharedKarafTestSupport {

    private final ApiCalls api = new ApiCalls(HTTP_PORT);

    @Test
    public void aSignedEventIsRetriedUntilTheReceiverTakesItAndOnlyWithinTheOwnersScope() throws Exception {
        // the ERP's own user: a service account, its business role approved by a second administrator,
        // its tokens made by a user administrator
        TestUsers users = new TestUsers(bundleContext);
        User erpAccount = asAdmin(() -> users.administration().createServiceAccount(new UserDraft("erp-hooks", "ERP 接口",
                null, Set.of("sales-rep", "integration-admin"))));
        users.approveRoles("erp-hooks");
        Subject otherRep = salesReps("hookrep")[0];
        CustomerService customers = service(CustomerService.class, 60);
        ApiTokens tokens = service(ApiTokens.class, 60);
        service(Webhooks.class, 60);
        assertFalse("a service account never signs in", users.authenticator().login("erp-hooks", "".toCharArray(), "127.0.0.1")
                .loggedIn());
        String token = asAdmin(() -> tokens.createFor(erpAccount.id(), "ERP", LocalDate.now().plusDays(30),
                Set.of(CustomerService.PERMISSION_READ, CustomerService.PERMISSION_CREATE, Webhooks.PERMISSION_ADMINISTER))).secret();
        String noWebhooks = asAdmin(() -> tokens.createFor(erpAccount.id(), "read only", LocalDate.now().plusDays(30),
                Set.of(CustomerService.PERMISSION_READ))).secret();
        await("the API answers", 60, () -> api.answers("/api/v1/webhooks") == 401);

        try (WebhookReceiver erp = new WebhookReceiver(500)) {
            String subscription = "{\"name\":\"ERP 客户同步\",\"url\":\"" + erp.url()
                    + "\",\"events\":[\"customer.customer.created\",\"customer.customer.updated\"]}";
            assertEquals(403, api.call("POST", "/api/v1/webhooks", noWebhooks, subscription).statusCode());
            HttpResponse<String> unknown = api.call("POST", "/api/v1/webhooks", token,
                    subscription.replace("customer.customer.updated", "customer.customer.vanished"));
            assertEquals(unknown.body(), 400, unknown.statusCode());
            assertTrue(unknown.body(), unknown.body().contains("\"field\":\"events\""));

            HttpResponse<String> created = api.call("POST", "/api/v1/webhooks", token, subscription);
            assertEquals(created.body(), 201, created.statusCode());
            String secret = ApiCalls.first(created.body(), "\"secret\":\"(whsec_[^\"]+)\"");
            long subscriptionId = ApiCalls.createdId(created);
            HttpResponse<String> events = api.call("GET", "/api/v1/webhooks/events", token, null);
            assertTrue(events.body(), events.body().contains("\"name\":\"customer.customer.merged\""));

            HttpResponse<String> customer = api.call("POST", "/api/v1/customer/customers", token,
                    "{\"name\":\"潍坊恒通机械有限公司\",\"type\":\"COMPANY\",\"city\":\"潍坊\"}");
            assertEquals(customer.body(), 201, customer.statusCode());
            long customerId = ApiCalls.createdId(customer);
            as(otherRep, () -> customers.create(new NewCustomer("日照港湾物流有限公司", CustomerType.COMPANY, null, null, "日照")));

            await("the event is delivered after one failed attempt", 60, () -> erp.received().size() >= 2);
            WebhookReceiver.Received first = erp.received().get(0);
            WebhookReceiver.Received second = erp.received().get(1);
            assertEquals("customer.customer.created", second.header("X-Mosaic-Event"));
            assertEquals("the same event, tried again", first.header("X-Mosaic-Delivery"), second.header("X-Mosaic-Delivery"));
            assertTrue(second.body(), second.body().contains("\"recordId\":" + customerId));
            assertTrue(second.body(), second.body().contains("潍坊恒通机械有限公司"));
            assertTrue("signed with the subscription's secret", WebhookReceiver.signedWith(second, secret));
            assertFalse("and with no other", WebhookReceiver.signedWith(second, secret + "x"));

            HttpResponse<String> log = api.call("GET", "/api/v1/webhooks/" + subscriptionId + "/deliveries", token, null);
            assertEquals(log.body(), 200, log.statusCode());
            assertTrue(log.body(), log.body().contains("\"state\":\"DELIVERED\"") && log.body().contains("\"attempts\":2"));
            assertEquals("the other rep's customer is not the service account's to hear of: " + log.body(), 1,
                    ApiCalls.all(log.body(), "\"eventName\":\"([^\"]+)\"").size());
            assertFalse(erp.received().stream().anyMatch(request -> request.body().contains("日照港湾物流有限公司")));

            assertEquals(204, api.call("DELETE", "/api/v1/webhooks/" + subscriptionId, token, null).statusCode());
            assertEquals(404, api.call("GET", "/api/v1/webhooks/" + subscriptionId, token, null).statusCode());
        }
    }
}
