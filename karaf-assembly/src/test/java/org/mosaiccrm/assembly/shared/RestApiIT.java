package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.mosaiccrm.customer.Customer;
import org.mosaiccrm.customer.CustomerQuery;
import org.mosaiccrm.customer.CustomerService;
import org.mosaiccrm.customer.CustomerType;
import org.mosaiccrm.customer.NewCustomer;
import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.Subject;

/**
 * The integration API over HTTP with API tokens, in the running CRM: a rep's token lists only the
 * rep's customers, another rep's customer answers 404 (as one that does not exist), a token without
 * the scope is refused, a create answers 201 with its address and ETag, a change needs If-Match and a
 * stale one answers 412, bad JSON and bad values answer 400 naming the field with nothing written, a
 * Chinese caller reads Chinese, a revoked token answers 401.
 */
public class RestApiIT extends SharedKarafTestSupport {

    private final ApiCalls api = new ApiCalls(HTTP_PORT);

    @Test
    public void aRepsTokenReachesTheRepsCustomersOnlyAndChangesThemOnlyWithTheCurrentVersion() throws Exception {
        Subject[] reps = salesReps("apirep", "apirep2");
        Subject rep = reps[0];
        CustomerService customers = service(CustomerService.class, 60);
        ApiTokens tokens = service(ApiTokens.class, 60);
        Customer own = as(rep, () -> customers.create(new NewCustomer("青岛海联贸易有限公司", CustomerType.COMPANY,
                "buy@hailian.example", null, "青岛")));
        Customer others = as(reps[1], () -> customers.create(new NewCustomer("烟台远航物流有限公司", CustomerType.COMPANY,
                null, null, "烟台")));

        String full = as(rep, () -> tokens.create("ERP 接口", LocalDate.now().plusDays(30),
                Set.of(CustomerService.PERMISSION_READ, CustomerService.PERMISSION_CREATE, CustomerService.PERMISSION_EDIT))).secret();
        String readOnly = as(rep, () -> tokens.create("报表", LocalDate.now().plusDays(30), Set.of(CustomerService.PERMISSION_READ)))
                .secret();
        InputRefusedException notHeld = assertThrows(InputRefusedException.class, () -> as(rep, () -> tokens.create("too much",
                LocalDate.now().plusDays(30), Set.of("platform.users.administer"))));
        assertEquals("scopes", notHeld.field());
        assertTrue(as(rep, tokens::mine).stream().anyMatch(t -> t.name().equals("ERP 接口")));

        await("the API answers", 60, () -> api.answers("/api/v1/customer/customers") == 401);
        HttpResponse<String> anonymous = call("GET", "/api/v1/customer/customers", null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body(), anonymous.body().contains("\"key\":\"api.error.unauthenticated\""));
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(401, call("GET", "/api/v1/customer/customers", "mcrm_nonsense", null).statusCode());

        // the rep's customers only, paged by cursor
        HttpResponse<String> list = call("GET", "/api/v1/customer/customers?limit=200", full, null);
        assertEquals(list.body(), 200, list.statusCode());
        assertTrue(list.body(), list.body().contains("青岛海联贸易有限公司"));
        assertFalse(list.body(), list.body().contains("烟台远航物流有限公司"));
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            HttpResponse<String> page = call("GET", "/api/v1/customer/customers?limit=1" + (next == null ? "" : "&after=" + next), full, null);
            assertEquals(page.body(), 200, page.statusCode());
            seen.addAll(ApiCalls.all(page.body(), "\"name\":\"([^\"]+)\""));
            next = ApiCalls.first(page.body(), "\"next\":\"([^\"]+)\"");
        } while (next != null && seen.size() < 50);
        long inScope = as(rep, () -> customers.count(CustomerQuery.ALL, 1000));
        assertEquals("one page each, every customer in the rep's scope once", inScope, seen.size());
        assertEquals(400, status(call("GET", "/api/v1/customer/customers?limit=201", full, null)));
        assertEquals(400, status(call("GET", "/api/v1/customer/customers?after=%21%21", full, null)));

        HttpResponse<String> one = call("GET", "/api/v1/customer/customers/" + own.id(), full, null);
        assertEquals(200, one.statusCode());
        assertEquals("\"" + own.version() + "\"", one.headers().firstValue("ETag").orElse(""));
        HttpResponse<String> hidden = call("GET", "/api/v1/customer/customers/" + others.id(), full, null);
        assertEquals("another rep's customer reads as none", 404, hidden.statusCode());
        assertEquals(hidden.body(), call("GET", "/api/v1/customer/customers/99999999", full, null).body());

        // create: not with a read-only token; 201 with its address with the full one
        String body = "{\"name\":\"威海蓝海渔具有限公司\",\"type\":\"COMPANY\",\"city\":\"威海\",\"tags\":[\"API\"]}";
        HttpResponse<String> refused = call("POST", "/api/v1/customer/customers", readOnly, body);
        assertEquals(refused.body(), 403, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("customer.create"));
        HttpResponse<String> created = call("POST", "/api/v1/customer/customers", full, body);
        assertEquals(created.body(), 201, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location, location.matches("http://127\\.0\\.0\\.1:\\d+/api/v1/customer/customers/\\d+"));
        long createdId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertEquals("rep", own.ownerId(), as(rep, () -> customers.find(createdId)).orElseThrow().ownerId());

        // change: If-Match required, a stale version refused, the current one taken
        String change = "{\"name\":\"威海蓝海渔具有限公司\",\"type\":\"COMPANY\",\"city\":\"荣成\",\"tags\":[\"API\"]}";
        assertEquals(428, status(call("PUT", "/api/v1/customer/customers/" + createdId, full, change)));
        long version = as(rep, () -> customers.find(createdId)).orElseThrow().version();
        HttpResponse<String> changed = call("PUT", "/api/v1/customer/customers/" + createdId, full, change, "If-Match", "\"" + version + "\"");
        assertEquals(changed.body(), 200, changed.statusCode());
        assertEquals("荣成", as(rep, () -> customers.find(createdId)).orElseThrow().city());
        HttpResponse<String> stale = call("PUT", "/api/v1/customer/customers/" + createdId, full, change.replace("荣成", "文登"),
                "If-Match", "\"" + version + "\"");
        assertEquals(stale.body(), 412, stale.statusCode());
        assertEquals("nothing overwritten", "荣成", as(rep, () -> customers.find(createdId)).orElseThrow().city());
        assertEquals(404, status(call("PUT", "/api/v1/customer/customers/" + others.id(), full, change, "If-Match", "\"" + others.version() + "\"")));

        // bad input: 400 naming the field, nothing written
        long before = as(rep, () -> customers.count(CustomerQuery.ALL, 1000));
        HttpResponse<String> badJson = call("POST", "/api/v1/customer/customers", full, "{\"name\": ");
        assertEquals(400, badJson.statusCode());
        assertTrue(badJson.body(), badJson.body().contains("api.error.json"));
        HttpResponse<String> badType = call("POST", "/api/v1/customer/customers", full, "{\"name\":\"X 公司\",\"type\":\"GIANT\"}");
        assertEquals(400, badType.statusCode());
        assertTrue(badType.body(), badType.body().contains("\"field\":\"type\""));
        HttpResponse<String> unknown = call("POST", "/api/v1/customer/customers", full, "{\"name\":\"X 公司\",\"type\":\"COMPANY\",\"fax\":\"1\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("\"field\":\"fax\""));
        HttpResponse<String> noName = call("POST", "/api/v1/customer/customers", full, "{\"name\":\" \",\"type\":\"COMPANY\"}", "Accept-Language", "zh-CN");
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body(), noName.body().contains("\"field\":\"name\""));
        assertTrue("in the caller's language: " + noName.body(), ApiCalls.first(noName.body(), "\"title\":\"([^\"]+)\"").codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertEquals("nothing half-written", before, (long) as(rep, () -> customers.count(CustomerQuery.ALL, 1000)));

        // the customer's contacts and timeline
        HttpResponse<String> contact = call("POST", "/api/v1/customer/contacts", full, "{\"customerId\":" + createdId
                + ",\"name\":\"于海波\",\"title\":\"采购经理\",\"mobile\":\"13905321234\"}");
        assertEquals(contact.body(), 201, contact.statusCode());
        String contactLocation = contact.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> contacts = call("GET", "/api/v1/customer/customers/" + createdId + "/contacts", full, null);
        assertTrue(contacts.body(), contacts.statusCode() == 200 && contacts.body().contains("于海波"));
        assertEquals(404, status(call("GET", "/api/v1/customer/customers/" + others.id() + "/contacts", full, null)));
        HttpResponse<String> logged = call("POST", "/api/v1/customer/interactions", full, "{\"customerId\":" + createdId
                + ",\"kind\":\"CALL\",\"occurredAt\":\"2026-12-07T02:30:00Z\",\"summary\":\"询问渔具报价\",\"followUpOn\":\""
                + LocalDate.now().plusDays(3) + "\"}");
        assertEquals(logged.body(), 201, logged.statusCode());
        HttpResponse<String> timeline = call("GET", "/api/v1/customer/customers/" + createdId + "/interactions", full, null);
        assertTrue(timeline.body(), timeline.statusCode() == 200 && timeline.body().contains("询问渔具报价"));
        assertEquals(404, status(call("POST", "/api/v1/customer/interactions", full, "{\"customerId\":" + others.id()
                + ",\"kind\":\"CALL\",\"occurredAt\":\"2026-12-07T02:30:00Z\",\"summary\":\"x\"}")));
        HttpResponse<String> tags = call("GET", "/api/v1/customer/tags", full, null);
        assertTrue(tags.body(), tags.statusCode() == 200 && tags.body().startsWith("{\"items\":["));
        assertEquals(204, status(call("DELETE", contactLocation.substring(contactLocation.indexOf("/api/")), full, null)));

        // revoked: stops at once
        long fullId = as(rep, tokens::mine).stream().filter(t -> t.name().equals("ERP 接口")).findFirst().orElseThrow().id();
        as(rep, () -> {
            tokens.revoke(fullId);
            return null;
        });
        HttpResponse<String> revoked = call("GET", "/api/v1/customer/customers", full, null);
        assertEquals(401, revoked.statusCode());
        assertTrue(revoked.body(), revoked.body().contains("api.error.token"));
        assertNotNull(as(rep, tokens::mine).stream().filter(t -> t.id() == fullId && t.revoked() && t.lastUsed() != null)
                .findFirst().orElse(null));
    }

    @Test
    public void aThousandCustomersAtMostGoInOneImportRunWithEveryRefusalByPosition() throws Exception {
        Subject rep = salesReps("apibulk")[0];
        CustomerService customers = service(CustomerService.class, 60);
        ApiTokens tokens = service(ApiTokens.class, 60);
        String token = as(rep, () -> tokens.create("网店批量", LocalDate.now().plusDays(30), Set.of(CustomerService.PERMISSION_READ,
                CustomerService.PERMISSION_CREATE, CustomerService.PERMISSION_IMPORT))).secret();
        String noImport = as(rep, () -> tokens.create("no import", LocalDate.now().plusDays(30), Set.of(CustomerService.PERMISSION_READ,
                CustomerService.PERMISSION_CREATE))).secret();
        await("the API answers", 60, () -> api.answers("/api/v1/customer/customers") == 401);
        long before = as(rep, () -> customers.count(CustomerQuery.ALL, 100_000));

        String bulk = "{\"customers\":["
                + "{\"name\":\"=SUM(1,2)\",\"type\":\"COMPANY\",\"city\":\"淄博\",\"tags\":[\"网店\"],"
                + "\"notes\":\"第一行\\n第二行, \\\"引号\\\"\",\"contactPoints\":[{\"kind\":\"PHONE\",\"label\":\"传真\",\"value\":\"0533-1234567\"}]},"
                + "{\"name\":\"滨州坏邮箱有限公司\",\"type\":\"COMPANY\",\"email\":\"not-an-email\"},"
                + "{\"name\":\"东营黄河口贸易有限公司\",\"type\":\"COMPANY\",\"stage\":\"ACTIVE\",\"grade\":\"A\"}]}";
        HttpResponse<String> forbidden = call("POST", "/api/v1/customer/customers/bulk", noImport, bulk);
        assertEquals(forbidden.body(), 403, forbidden.statusCode());
        HttpResponse<String> done = call("POST", "/api/v1/customer/customers/bulk", token, bulk, "Accept-Language", "zh-CN");
        assertEquals(done.body(), 200, done.statusCode());
        assertTrue(done.body(), done.body().contains("\"state\":\"DONE\"") && done.body().contains("\"created\":2")
                && done.body().contains("\"rejected\":1"));
        assertTrue("the second customer, its field named: " + done.body(), done.body().contains("{\"index\":1,\"field\":\"email\""));
        assertEquals(before + 2, (long) as(rep, () -> customers.count(CustomerQuery.ALL, 100_000)));
        Customer formula = as(rep, () -> customers.list(CustomerQuery.ALL, null, 200)).items().stream()
                .filter(c -> c.name().equals("=SUM(1,2)"))
                .findFirst().orElseThrow(() -> new AssertionError("the name exactly as sent"));
        assertEquals("第一行\n第二行, \"引号\"", formula.notes());
        assertEquals(rep.userId(), formula.ownerId());
        assertEquals("传真", formula.contactPoints().get(0).label());

        String rejectedPath = ApiCalls.first(done.body(), "\"rejectedRows\":\"([^\"]+)\"");
        HttpResponse<String> rejected = call("GET", rejectedPath, token, null, "Accept-Language", "zh-CN", "Accept", "text/csv");
        assertEquals(rejected.body(), 200, rejected.statusCode());
        assertTrue(rejected.body(), rejected.body().contains("滨州坏邮箱有限公司"));
        String jobId = ApiCalls.first(done.body(), "\"jobId\":\"([^\"]+)\"");
        assertEquals(200, status(call("GET", "/api/v1/imports/customer/" + jobId, token, null)));

        HttpResponse<String> again = call("POST", "/api/v1/customer/customers/bulk?duplicates=SKIP", token, bulk);
        assertTrue("the same customers again are skipped: " + again.body(), again.body().contains("\"created\":0")
                && again.body().contains("\"skipped\":2"));

        // what an import cannot carry is refused before anything is written
        HttpResponse<String> owner = call("POST", "/api/v1/customer/customers/bulk", token, "{\"customers\":[{\"name\":\"A\",\"type\":\"COMPANY\"},"
                + "{\"name\":\"B\",\"type\":\"COMPANY\",\"ownerId\":1}]}");
        assertEquals(owner.body(), 400, owner.statusCode());
        assertTrue(owner.body(), owner.body().contains("\"field\":\"customers[1].ownerId\""));
        StringBuilder many = new StringBuilder("{\"customers\":[");
        for (int i = 0; i <= 1000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\":\"批量").append(i).append("\",\"type\":\"COMPANY\"}");
        }
        HttpResponse<String> tooMany = call("POST", "/api/v1/customer/customers/bulk", token, many.append("]}").toString());
        assertEquals(tooMany.body(), 400, tooMany.statusCode());
        assertTrue(tooMany.body(), tooMany.body().contains("\"field\":\"customers\""));
        assertEquals("nothing half-written", before + 2, (long) as(rep, () -> customers.count(CustomerQuery.ALL, 100_000)));
    }

    private HttpResponse<String> call(String method, String path, String token, String body, String... headers) throws Exception {
        return api.call(method, path, token, body, headers);
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }
}
