package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Keys;

/**
 * A sales rep with the sales module: a new opportunity from the customer's page, moved on the
 * board by dragging its card, won in its details, and a contract drafted from it with the contract
 * module's "create contract"; the home page's pipeline widget; in Chinese.
 */
@ResourceLock(value = BrowserTestSupport.MODULES, mode = ResourceAccessMode.READ)
class SalesBrowserIT extends BrowserTestSupport {

    @Test
    void aRepWorksAnOpportunityFromTheCustomerPageToWon() throws Exception {
        crm.install("mosaic-sales");
        browser.signInAsNewUser(crm, "wei", "Sales rep");
        browser.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
        browser.select("#language-switch", "简体中文");
        browser.waitUntilShownOnReload("sales menu", 60, crm.url("/"),
                d -> browser.texts("vaadin-side-nav-item").contains("商机"));

        browser.createCustomer(crm, "常州华锐机电有限公司");
        browser.openCustomer("常州华锐机电有限公司");
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

        // won: the contract module offers "create contract", which drafts a contract for the customer from it
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.texts("#customers-grid vaadin-grid-cell-content").contains("常州华锐机电有限公司"));
        browser.openCustomer("常州华锐机电有限公司");
        browser.clickText("vaadin-tab", "商机");
        browser.waitUntil("won opportunity listed", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                .contains("赢单"));
        browser.clickText("#customer-opportunities-grid vaadin-grid-cell-content", "数控机床改造");
        browser.waitUntil("create contract offered", 20, d -> browser.texts("vaadin-button.won-action").contains("创建合同"));
        browser.screenshot("52b-sales-won-create-contract-zh");
        browser.clickText("vaadin-button.won-action", "创建合同");
        browser.waitUntil("contract drafted", 30, d -> browser.present("#contract-status")
                && browser.find("#contract-status").getText().equals("草稿"));
        assertEquals("常州华锐机电有限公司", browser.find("#contract-fact-customer").getText());
        assertEquals("860,000.00 CNY", browser.find("#contract-fact-amount").getText());
        assertTrue(browser.currentUrl().matches(".*/contract/contracts/\\d+$"), browser.currentUrl());
        browser.screenshot("52c-contract-from-opportunity-zh");

        browser.go(crm.url("/"));
        browser.waitUntil("pipeline widget", 30, d -> browser.present("#pipeline-widget"));
        assertTrue(browser.find("#pipeline-widget").getText().contains("没有进行中的商机"));
        browser.screenshot("53-sales-home-zh");
    }

    @Test
    void onAPhoneEveryPageFitsTheHeaderFoldsAndTheBoardShowsOneStageAtATime() throws Exception {
        crm.install("mosaic-sales");
        browser.desktopSize();
        browser.signInAsAdministrator(crm);
        String link = browser.createUser(crm, "mo", "Mo 莫", "Sales rep");
        browser.signOut();
        browser.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
        try {
            browser.phoneSize();
            browser.signInWithLink(crm, "mo", link, "mo passphrase");
            assertFitsThePhone("home");
            assertFalse(browser.find("#logout").isDisplayed(), "the wide header's sign-out is folded away");
            assertTrue(browser.find("#user-menu").isDisplayed(), "the header's menu is there instead");
            browser.screenshot("80-phone-home-en");

            browser.go(crm.url("/customers"));
            browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
            assertFitsThePhone("customers");
            assertTrue(browser.withinWidth("#customers-export"), "Export CSV within reach");
            browser.screenshot("81-phone-customers-en");
            browser.click("#customer-new");
            browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
            assertTrue(browser.withinWidth("#customer-save"), "the dialog's save button within reach");
            browser.screenshot("82-phone-customer-dialog-en");
            browser.type("#customer-name input", "Pocket Devices Ltd");
            browser.click("#customer-save");
            browser.waitUntil("saved", 20, d -> !browser.present("#customer-name"));
            browser.openCustomer("Pocket Devices Ltd");
            assertFitsThePhone("customer-360");
            browser.clickText("vaadin-tab", "Opportunities");
            browser.waitUntil("opportunities tab", 20, d -> browser.present("#customer-opportunity-new"));
            browser.click("#customer-opportunity-new");
            browser.waitUntil("opportunity dialog", 20, d -> browser.present("#opportunity-name"));
            browser.type("#opportunity-name input", "Handheld scanners");
            browser.type("#opportunity-amount input", "12000");
            browser.click("#opportunity-save");
            browser.waitUntil("created", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                    .contains("Handheld scanners"));

            // the board: one stage at a time, picked above it
            browser.go(crm.url("/sales/opportunities"));
            browser.waitUntil("board", 30, d -> browser.present("#stage-qualify .opportunity-card"));
            assertFitsThePhone("board");
            assertTrue(browser.find("#board-stage-picker").isDisplayed(), "the stage picker is offered");
            assertTrue(browser.find("#stage-qualify").isDisplayed());
            assertFalse(browser.find("#stage-proposal").isDisplayed(), "one stage at a time");
            browser.screenshot("83-phone-board-en");

            // by keyboard: a card opens with Enter, its details move it to another stage
            browser.find("#stage-qualify .opportunity-card").sendKeys(Keys.ENTER);
            browser.waitUntil("details", 20, d -> browser.present("#opportunity-stage"));
            browser.assertEveryControlNamed("phone-opportunity-details");
            browser.select("#opportunity-stage", "Proposal");
            browser.waitUntil("moved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                    .contains("Handheld scanners moved to Proposal"));
            browser.select("#board-stage-picker", "Proposal");
            browser.waitUntil("the picked stage shown", 20, d -> browser.find("#stage-proposal").isDisplayed()
                    && !browser.find("#stage-qualify").isDisplayed()
                    && browser.texts("#stage-proposal .opportunity-card span").contains("Handheld scanners"));

            // every other sales page fits too
            for (String[] page : new String[][] {{"/sales/leads", "#leads-grid"}, {"/sales/quotes", "#quotes-grid"},
                    {"/sales/orders", "#orders-grid"}, {"/sales/forecast", "#forecast-grid"}, {"/sales/products", "#products-grid"}}) {
                browser.go(crm.url(page[0]));
                browser.waitUntil(page[0], 30, d -> browser.present(page[1]));
                assertFitsThePhone(page[0]);
            }
            browser.screenshot("85-phone-price-list-en");

            // the folded header: language and sign-out in its menu
            browser.click("#user-menu vaadin-menu-bar-button");
            browser.waitUntil("header menu", 10, d -> browser.present("#user-menu-logout"));
            browser.screenshot("84-phone-header-menu-en");
            browser.click("#user-menu-logout");
            browser.waitUntil("signed out", 30, d -> browser.present("#login-username"));
            assertFitsThePhone("login");
        } finally {
            browser.desktopSize();
        }
    }

    private void assertFitsThePhone(String page) {
        assertEquals(0, browser.overflowRight(), page + ": nothing beyond the right edge");
    }
}
