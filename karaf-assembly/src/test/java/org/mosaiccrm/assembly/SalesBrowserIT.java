package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A sales rep with the sales module: a new opportunity from the customer's page, moved on the
 * board by dragging its card, won in its details; the home page's pipeline widget; in Chinese.
 */
class SalesBrowserIT extends BrowserTestSupport {

    @Test
    void aRepWorksAnOpportunityFromTheCustomerPageToWon() throws Exception {
        crm.install("mosaic-sales");
        browser.signInAsNewUser(crm, "wei", "Sales rep");
        browser.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
        browser.select("#language-switch", "简体中文");
        browser.waitUntil("sales menu", 60, d -> {
            if (browser.texts("vaadin-side-nav-item").contains("商机")) {
                return true;
            }
            browser.go(crm.url("/"));
            return false;
        });

        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
        browser.click("#customer-new");
        browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
        browser.type("#customer-name input", "常州华锐机电有限公司");
        browser.click("#customer-save");
        browser.waitUntil("saved", 20, d -> !browser.present("#customer-name"));
        browser.clickText("#customers-grid vaadin-grid-cell-content", "常州华锐机电有限公司");
        browser.waitUntil("customer 360", 20, d -> browser.present("#customer-timeline"));
        browser.clickText("vaadin-tab", "商机");
        browser.waitUntil("opportunities tab", 20, d -> browser.present("#customer-opportunity-new"));
        browser.click("#customer-opportunity-new");
        browser.waitUntil("opportunity dialog", 20, d -> browser.present("#opportunity-name"));
        browser.type("#opportunity-name input", "数控机床改造");
        browser.type("#opportunity-amount input", "-1");
        browser.click("#opportunity-save");
        browser.waitUntil("negative amount refused", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("请输入 0 或以上"));
        browser.find("#opportunity-amount input").clear();
        browser.type("#opportunity-amount input", "860000");
        browser.screenshot("50-sales-new-opportunity-zh");
        browser.click("#opportunity-save");
        browser.waitUntil("created", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                .contains("数控机床改造"));

        browser.go(crm.url("/sales/opportunities"));
        browser.waitUntil("board", 30, d -> browser.present("#stage-qualify .opportunity-card"));
        String card = "#stage-qualify .opportunity-card";
        browser.dragTo(card, "#stage-proposal");
        browser.waitUntil("moved to proposal", 20, d -> browser.present("#stage-proposal .opportunity-card"));
        browser.screenshot("51-sales-board-zh");
        browser.click("#stage-proposal .opportunity-card");
        browser.waitUntil("details", 20, d -> browser.present("#opportunity-win"));
        assertTrue(String.join(" ", browser.texts("#opportunity-history span")).contains("资格确认 → 方案报价"));
        browser.screenshot("52-sales-details-zh");
        browser.click("#opportunity-win");
        browser.waitUntil("won", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("数控机床改造：赢单"));
        browser.waitUntil("off the board", 20, d -> !browser.present("#stage-proposal .opportunity-card"));

        browser.go(crm.url("/"));
        browser.waitUntil("pipeline widget", 30, d -> browser.present("#pipeline-widget"));
        assertTrue(browser.find("#pipeline-widget").getText().contains("没有进行中的商机"));
        browser.screenshot("53-sales-home-zh");
    }
}
