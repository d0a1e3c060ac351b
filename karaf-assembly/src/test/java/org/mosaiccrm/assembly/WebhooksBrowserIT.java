package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An integration administrator subscribes the company's ERP on the Webhooks page in Chinese: a bad
 * address is refused beside its field with the form kept, the signing secret is shown once, a test
 * event reaches the receiver (a program on 127.0.0.1 that fails the first attempt) signed with that
 * secret, the delivery log shows the failed attempt and then the delivery; pausing and resuming; the
 * page in English.
 */
class WebhooksBrowserIT extends BrowserTestSupport {

    @Test
    void anIntegrationAdministratorSubscribesTheErpAndSeesItsDeliveries() throws Exception {
        try (WebhookReceiver erp = new WebhookReceiver(500)) {
            browser.signInAsNewUser(crm, "hookzhao", "Sales rep", "Integration administrator");
            browser.select("#language-switch", "简体中文");
            browser.waitUntilShownOnReload("the Webhooks page in Chinese", 30, crm.url("/admin/webhooks"),
                    d -> browser.present("#webhooks-view") && String.join(" ", browser.texts("h2")).contains("Webhook 回调"));

            browser.click("#webhook-new");
            browser.waitUntil("the form", 20, d -> browser.present("#webhook-name"));
            browser.type("#webhook-name input", "金蝶 ERP 客户同步");
            browser.type("#webhook-url input", "ftp://erp.example.cn/events");
            browser.clickContaining("#webhook-events vaadin-checkbox", "customer.customer.created");
            browser.click("#webhook-save");
            browser.waitUntil("the address refused beside its field", 20,
                    d -> String.join(" ", browser.texts("#webhook-url")).contains("不是 http:// 或 https:// 地址"));
            assertEquals("金蝶 ERP 客户同步", browser.find("#webhook-name input").getAttribute("value"), "what was typed stays");
            browser.type("#webhook-url input", erp.url());
            browser.click("#webhook-save");
            browser.waitUntil("the secret, shown once", 20, d -> browser.present("#webhook-secret-value"));
            String secret = browser.find("#webhook-secret-value textarea").getAttribute("value");
            assertTrue(secret.startsWith("whsec_"), secret);
            browser.screenshot("85-webhook-secret-zh");
            browser.click("#webhook-secret-done");
            browser.waitUntil("listed", 20, d -> browser.texts("#webhooks-grid vaadin-grid-cell-content").contains("金蝶 ERP 客户同步"));
            assertFalse(String.join(" ", browser.texts("#webhooks-view vaadin-grid-cell-content")).contains(secret), "never shown again");

            browser.click("#webhook-ping");
            browser.waitUntil("the test event delivered after one failed attempt", 60, d -> {
                browser.click("#webhook-refresh");
                return browser.texts("#webhook-deliveries vaadin-grid-cell-content").contains("已投递");
            });
            assertEquals(2, erp.received().size());
            assertEquals("platform.webhook.ping", erp.received().get(1).header("X-Mosaic-Event"));
            assertTrue(WebhookReceiver.signedWith(erp.received().get(1), secret), "signed with the secret shown");
            assertEquals(erp.received().get(0).header("X-Mosaic-Delivery"), erp.received().get(1).header("X-Mosaic-Delivery"));
            assertTrue(browser.texts("#webhook-deliveries vaadin-grid-cell-content").contains("2"), "two attempts logged");
            browser.screenshot("86-webhook-deliveries-zh");
            browser.assertEveryControlNamed("webhooks-zh");

            browser.click("#webhook-pause");
            browser.waitUntil("paused", 20, d -> browser.texts("#webhooks-grid vaadin-grid-cell-content").contains("已暂停"));
            browser.click("#webhook-pause");
            browser.waitUntil("resumed", 20, d -> browser.texts("#webhooks-grid vaadin-grid-cell-content").contains("启用"));

            browser.select("#language-switch", "English");
            browser.waitUntilShownOnReload("the page in English", 30, crm.url("/admin/webhooks"),
                    d -> String.join(" ", browser.texts("h2")).contains("Webhooks"));
            browser.clickText("#webhooks-grid vaadin-grid-cell-content", "金蝶 ERP 客户同步");
            browser.waitUntil("its deliveries", 20, d -> browser.texts("#webhook-deliveries vaadin-grid-cell-content").contains("delivered"));
            browser.screenshot("87-webhooks-en");
            browser.assertEveryControlNamed("webhooks-en");
        }
    }
}
