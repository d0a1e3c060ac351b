package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A rep makes an API token on the API tokens page in Chinese, with only the permission to read
 * customers: the token is shown once, lets a program list the rep's customers and not create one, is
 * listed with its last use, and stops at once when revoked there; the page in English. The API's
 * OpenAPI document is valid and names the customer paths. A user administrator makes a service
 * account for the ERP and a token for it, which works for the API and stops when revoked.
 */
class ApiTokensBrowserIT extends BrowserTestSupport {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRepMakesAReadOnlyTokenUsesItAndRevokesIt() throws Exception {
        browser.signInAsNewUser(crm, "apitang", "Sales rep");
        browser.select("#language-switch", "简体中文");
        browser.waitUntilShownOnReload("Chinese header", 30, crm.url("/"), d -> browser.present("#api-tokens"));
        browser.click("#api-tokens");
        browser.waitUntil("tokens page", 30, d -> browser.present("#api-token-name"));
        assertTrue(String.join(" ", browser.texts("h2")).contains("API 令牌"));
        browser.click("#api-token-create");
        browser.waitUntil("a name is required", 20, d -> String.join(" ", browser.texts("vaadin-text-field")).contains("请为令牌命名")
                || String.join(" ", browser.texts("vaadin-notification-card")).contains("请为令牌命名"));
        browser.type("#api-token-name input", "金蝶 ERP 同步");
        browser.chooseAll("#api-token-scopes", "customer.read");
        browser.click("#api-token-create");
        browser.waitUntil("shown once", 20, d -> browser.present("#api-token-secret"));
        String token = browser.find("#api-token-secret textarea").getAttribute("value");
        assertTrue(token.startsWith("mcrm_"), token);
        browser.screenshot("80-api-token-created-zh");
        browser.click("#api-token-done");
        browser.waitUntil("listed", 20, d -> browser.texts("#api-tokens-grid vaadin-grid-cell-content").contains("金蝶 ERP 同步"));
        assertFalse(String.join(" ", browser.texts("#api-tokens-grid vaadin-grid-cell-content")).contains(token), "never shown again");

        HttpResponse<String> list = call("GET", token, null);
        assertEquals(200, list.statusCode(), list.body());
        HttpResponse<String> create = call("POST", token, "{\"name\":\"不该建成的公司\",\"type\":\"COMPANY\"}");
        assertEquals(403, create.statusCode(), create.body());
        assertTrue(create.body().contains("缺少权限 customer.create"), create.body());

        // the API's document: readable without a token, valid OpenAPI 3, naming the customer paths
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(crm.url("/api/v1/openapi.json"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode());
        io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(document.body(), null, null);
        assertEquals(java.util.List.of(), parsed.getMessages(), "a valid document");
        assertTrue(parsed.getOpenAPI().getPaths().containsKey("/v1/customer/customers/{id}"), parsed.getOpenAPI().getPaths().keySet().toString());
        // and the page people read, without a token
        browser.go(crm.url("/api/v1/reference"));
        browser.waitUntil("the reference page", 20, d -> browser.present("h1"));
        assertTrue(String.join(" ", browser.texts("h3 code")).contains("/api/v1/customer/customers/{id}"), "every call listed");
        assertTrue(String.join(" ", browser.texts("nav a")).contains("Customers"), "grouped by resource");
        browser.screenshot("84-api-reference");
        HttpResponse<String> chinese = http.send(HttpRequest.newBuilder(URI.create(crm.url("/api/v1/reference")))
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(chinese.body().contains("<title>Mosaic CRM API 参考</title>"), "in the reader's language");

        browser.go(crm.url("/api-tokens"));
        browser.waitUntil("last use shown", 20, d -> browser.present("#api-tokens-grid")
                && !String.join(" ", browser.texts("#api-tokens-grid vaadin-grid-cell-content")).contains("从未使用"));
        browser.assertEveryControlNamed("api-tokens-zh");
        browser.click("#api-tokens-grid [id^='api-token-revoke-']");
        browser.waitUntil("revoked", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("立即失效"));
        assertEquals(401, call("GET", token, null).statusCode());
        assertTrue(browser.texts("#api-tokens-grid vaadin-grid-cell-content").contains("已撤销"));
        browser.screenshot("81-api-tokens-revoked-zh");

        browser.select("#language-switch", "English");
        browser.waitUntilShownOnReload("English page", 30, crm.url("/api-tokens"), d -> String.join(" ", browser.texts("h2"))
                .contains("API tokens"));
        browser.screenshot("82-api-tokens-en");
        browser.assertEveryControlNamed("api-tokens-en");
    }

    @Test
    void anAdministratorMakesAServiceAccountAndGivesItsSystemAToken() throws Exception {
        browser.signInAsAdministrator(crm);
        browser.createServiceAccount(crm, "erp-kingdee", "金蝶 ERP", "Sales rep");
        browser.select("#language-switch", "简体中文");
        browser.waitUntilShownOnReload("the users page in Chinese", 30, crm.url("/admin/users"),
                d -> browser.present("#user-tokens-erp-kingdee") && String.join(" ", browser.texts("h2")).contains("用户"));
        assertTrue(String.join(" ", browser.texts("#users-grid vaadin-grid-cell-content")).contains("服务账号"));
        assertFalse(browser.present("#user-reset-erp-kingdee"), "no password to reset");

        browser.click("#user-tokens-erp-kingdee");
        browser.waitUntil("its tokens", 20, d -> browser.present("#service-token-name"));
        browser.type("#service-token-name input", "金蝶云星空同步");
        browser.chooseAll("#service-token-scopes", "customer.read");
        browser.click("#service-token-create");
        browser.waitUntil("the token, shown once", 20, d -> browser.visible("#service-token-secret")
                && browser.find("#service-token-secret textarea").getAttribute("value").startsWith("mcrm_"));
        String token = browser.find("#service-token-secret textarea").getAttribute("value");
        browser.screenshot("83-service-account-token-zh");
        browser.assertEveryControlNamed("service-account-tokens-zh");
        HttpResponse<String> list = call("GET", token, null);
        assertEquals(200, list.statusCode(), "the account's token reads its customers: " + list.body());
        assertTrue(list.body().startsWith("{\"items\":["), list.body());

        browser.click("#service-tokens-grid [id^='service-token-revoke-']");
        browser.waitUntil("revoked", 20, d -> browser.texts("#service-tokens-grid vaadin-grid-cell-content").contains("已撤销"));
        assertEquals(401, call("GET", token, null).statusCode(), "revoked: at once");
        browser.click("#service-tokens-close");
        browser.select("#language-switch", "English");
        browser.waitUntilShownOnReload("back in English", 30, crm.url("/admin/users"),
                d -> String.join(" ", browser.texts("h2")).contains("Users"));
    }

    private HttpResponse<String> call(String method, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(crm.url("/api/v1/customer/customers")))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).header("Accept-Language", "zh-CN")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
