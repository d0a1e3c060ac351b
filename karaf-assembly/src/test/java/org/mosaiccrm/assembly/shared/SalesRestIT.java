package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.Subject;

/**
 * The sales module's resources over HTTP with a sales manager's token: a product on the price list, a
 * lead from a web form converted into a customer and an opportunity, the opportunity moved on, a quote
 * with its PDF in Chinese, sent and accepted into an order the ERP advances; another opportunity lost
 * with a reason. Uninstalling sales takes its paths away while the customers' stay; reinstalling brings
 * them back.
 */
public class SalesRestIT extends SharedKarafTestSupport {

    private static final String OPPORTUNITIES = "org.mosaiccrm.sales.OpportunityService";

    private final ApiCalls api = new ApiCalls(HTTP_PORT);

    @Test
    public void aLeadBecomesAnOrderThroughTheApiAndTheSalesPathsFollowTheModule() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        await("sales up", 60, () -> hasService(OPPORTUNITIES));
        try {
            scenario(modules);
        } finally { // the shared Karaf's other scenarios expect sales uninstalled
            if (hasService(OPPORTUNITIES)) {
                asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
            }
        }
    }

    private void scenario(ModuleManager modules) throws Exception {
        Subject manager = new TestUsers(bundleContext).user("apimanager", null, "sales-manager");
        ApiTokens tokens = service(ApiTokens.class, 60);
        String token = as(manager, () -> tokens.create("网店", LocalDate.now().plusDays(7), tokens.grantable())).secret();
        await("sales paths", 60, () -> status("GET", "/api/v1/sales/leads", token, null) == 200);
        assertTrue("the document names the sales paths", api.call("GET", "/api/v1/openapi.json", null, null).body().contains("\"/v1/sales/leads/{id}/convert\""));

        HttpResponse<String> product = api.call("POST", "/api/v1/sales/products", token,
                "{\"code\":\"API-100\",\"name\":\"数控车床 CK6150\",\"unit\":\"台\",\"price\":128000,\"currency\":\"CNY\",\"taxRate\":13,\"active\":true}");
        assertEquals(product.body(), 201, product.statusCode());
        long productId = ApiCalls.createdId(product);

        HttpResponse<String> lead = api.call("POST", "/api/v1/sales/leads", token,
                "{\"name\":\"孙立\",\"company\":\"日照金港机械有限公司\",\"phone\":\"0633-2288 1100\",\"source\":\"网店询价\",\"ownerId\":"
                        + manager.userId() + "}"); // named: other scenarios may have set a round robin for new leads
        assertEquals(lead.body(), 201, lead.statusCode());
        long leadId = ApiCalls.createdId(lead);
        assertEquals(428, api.call("POST", "/api/v1/sales/leads/" + leadId + "/convert", token, "{\"opportunityName\":\"车床采购\"}").statusCode());
        HttpResponse<String> converted = api.call("POST", "/api/v1/sales/leads/" + leadId + "/convert", token,
                "{\"opportunityName\":\"车床采购\",\"amount\":256000,\"currency\":\"CNY\",\"expectedClose\":\"" + LocalDate.now().plusMonths(1) + "\"}",
                "If-Match", ApiCalls.etag(lead));
        assertEquals(converted.body(), 200, converted.statusCode());
        long opportunityId = Long.parseLong(ApiCalls.first(converted.body(), "\"opportunityId\":(\\d+)"));

        HttpResponse<String> opportunity = api.call("GET", "/api/v1/sales/opportunities/" + opportunityId, token, null);
        assertEquals(opportunity.body(), 200, opportunity.statusCode());
        String nextStage = ApiCalls.all(api.call("GET", "/api/v1/sales/opportunities/stages", token, null).body(), "\"code\":\"([^\"]+)\"").get(1);
        HttpResponse<String> moved = api.call("POST", "/api/v1/sales/opportunities/" + opportunityId + "/stage", token,
                "{\"stage\":\"" + nextStage + "\"}", "If-Match", ApiCalls.etag(opportunity));
        assertEquals(moved.body(), 200, moved.statusCode());
        assertEquals("the stale version refused", 412, api.call("POST", "/api/v1/sales/opportunities/" + opportunityId + "/stage", token,
                "{\"stage\":\"" + nextStage + "\"}", "If-Match", ApiCalls.etag(opportunity)).statusCode());

        HttpResponse<String> quote = api.call("POST", "/api/v1/sales/opportunities/" + opportunityId + "/quotes", token,
                "{\"discountPercent\":0,\"lines\":[{\"productId\":" + productId + ",\"quantity\":2}]}");
        assertEquals(quote.body(), 201, quote.statusCode());
        long quoteId = ApiCalls.createdId(quote);
        HttpResponse<byte[]> pdf = api.bytes("/api/v1/sales/quotes/" + quoteId + "/pdf", token, "zh-CN");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        HttpResponse<String> sent = api.call("POST", "/api/v1/sales/quotes/" + quoteId + "/send", token, null, "If-Match", ApiCalls.etag(quote));
        assertEquals(sent.body(), 200, sent.statusCode());
        HttpResponse<String> order = api.call("POST", "/api/v1/sales/quotes/" + quoteId + "/accept", token, null, "If-Match", ApiCalls.etag(sent));
        assertEquals(order.body(), 201, order.statusCode());
        long orderId = ApiCalls.createdId(order);
        HttpResponse<String> advanced = api.call("POST", "/api/v1/sales/orders/" + orderId + "/advance", token, null, "If-Match", ApiCalls.etag(order));
        assertEquals(advanced.body(), 200, advanced.statusCode());
        assertTrue(api.call("GET", "/api/v1/sales/orders?limit=200", token, null).body().contains("\"id\":" + orderId));
        // keyset pages, one record each: every one once, newest first, the new ones among them
        for (String list : List.of("/api/v1/sales/orders", "/api/v1/sales/quotes", "/api/v1/sales/opportunities", "/api/v1/sales/leads")) {
            List<Long> ids = walk(list, token);
            assertEquals(list + ": each once " + ids, ids.size(), new HashSet<>(ids).size());
            for (int i = 1; i < ids.size(); i++) {
                assertTrue(list + ": newest first " + ids, ids.get(i) < ids.get(i - 1));
            }
            assertTrue(list + " " + ids, ids.contains(list.endsWith("orders") ? orderId : list.endsWith("quotes") ? quoteId
                    : list.endsWith("opportunities") ? opportunityId : leadId));
        }

        HttpResponse<String> other = api.call("POST", "/api/v1/sales/opportunities", token, "{\"customerId\":"
                + ApiCalls.first(converted.body(), "\"customerId\":(\\d+)") + ",\"name\":\"备件年度合同\",\"amount\":50000,\"currency\":\"CNY\"}");
        assertEquals(other.body(), 201, other.statusCode());
        HttpResponse<String> noReason = api.call("POST", "/api/v1/sales/opportunities/" + ApiCalls.createdId(other) + "/lose", token,
                "{\"reason\":\"\"}", "If-Match", ApiCalls.etag(other));
        assertEquals(noReason.body(), 400, noReason.statusCode());
        HttpResponse<String> lost = api.call("POST", "/api/v1/sales/opportunities/" + ApiCalls.createdId(other) + "/lose", token,
                "{\"reason\":\"预算取消\"}", "If-Match", ApiCalls.etag(other));
        assertEquals(lost.body(), 200, lost.statusCode());

        asAdmin(() -> modules.apply("sales", ModuleChange.UNINSTALL));
        await("sales paths gone", 60, () -> status("GET", "/api/v1/sales/leads", token, null) == 404);
        assertEquals("the customers' stay", 200, status("GET", "/api/v1/customer/customers", token, null));
        String document = api.call("GET", "/api/v1/openapi.json", null, null).body();
        assertTrue(document, document.contains("\"/v1/customer/customers\"") && !document.contains("/v1/sales/leads"));
        asAdmin(() -> modules.apply("sales", ModuleChange.INSTALL));
        await("sales paths back", 60, () -> status("GET", "/api/v1/sales/orders/" + orderId, token, null) == 200);
    }

    private int status(String method, String path, String token, String body) {
        try {
            return api.call(method, path, token, body).statusCode();
        } catch (Exception notYet) {
            return 0;
        }
    }

    /** The ids of a list read page by page ({@code limit=1}, following {@code next}). */
    private List<Long> walk(String path, String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        String next = null;
        do {
            HttpResponse<String> page = api.call("GET", path + "?limit=1" + (next == null ? "" : "&after=" + next), token, null);
            assertEquals(page.body(), 200, page.statusCode());
            String first = ApiCalls.first(page.body(), "^\\{\"items\":\\[\\{\"id\":(\\d+)");
            if (first != null) {
                ids.add(Long.parseLong(first));
            }
            next = ApiCalls.first(page.body(), "\"next\":\"([^\"]+)\"");
        } while (next != null && ids.size() < 500);
        return ids;
    }
}
