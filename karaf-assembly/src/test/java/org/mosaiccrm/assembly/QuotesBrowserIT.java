package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A sales manager in Chinese: keeps the price list, sets up a stage, edits an opportunity, quotes
 * it (lines priced from the list, the totals, refused input), sends it, downloads the PDF, records
 * the customer's acceptance and moves the order it became on; the quotes list in English.
 */
@ResourceLock(value = BrowserTestSupport.MODULES, mode = ResourceAccessMode.READ)
class QuotesBrowserIT extends BrowserTestSupport {

    @Test
    void aManagerQuotesAnOpportunityAndTheAcceptedQuoteBecomesAnOrder() throws Exception {
        crm.install("mosaic-sales");
        browser.signInAsNewUser(crm, "zhou", "Sales manager", "Contract manager");
        browser.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
        browser.select("#language-switch", "简体中文");
        browser.waitUntilShownOnReload("sales menu", 60, crm.url("/"),
                d -> browser.texts("vaadin-side-nav-item").contains("价目表"));

        // the price list
        browser.go(crm.url("/sales/products"));
        browser.waitUntil("price list", 30, d -> browser.present("#product-new"));
        browser.click("#product-new");
        browser.waitUntil("product dialog", 20, d -> browser.present("#product-code"));
        browser.type("#product-code input", "CNC-200");
        browser.type("#product-name input", "数控机床 CNC-200");
        browser.type("#product-unit input", "台");
        browser.type("#product-price input", "-5");
        browser.click("#product-save");
        browser.waitUntil("negative price refused", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("价格须为 0 或以上"));
        browser.type("#product-price input", "120000");
        browser.click("#product-save");
        browser.waitUntil("product listed", 20, d -> browser.texts("#products-grid vaadin-grid-cell-content").contains("数控机床 CNC-200"));
        browser.screenshot("62-sales-price-list-zh");

        // a customer and its opportunity
        browser.createCustomer(crm, "烟台鼎盛重工有限公司");
        browser.openCustomer("烟台鼎盛重工有限公司");
        browser.clickText("vaadin-tab", "商机");
        browser.waitUntil("opportunities tab", 20, d -> browser.present("#customer-opportunity-new"));
        browser.click("#customer-opportunity-new");
        browser.waitUntil("opportunity dialog", 20, d -> browser.present("#opportunity-name"));
        browser.type("#opportunity-name input", "重型加工中心");
        browser.type("#opportunity-amount input", "240000");
        browser.click("#opportunity-save");
        browser.waitUntil("created", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                .contains("重型加工中心"));

        // a stage of its own, then the opportunity edited
        browser.go(crm.url("/sales/opportunities"));
        browser.waitUntil("board", 30, d -> browser.present("#stage-qualify .opportunity-card"));
        browser.click("#stages-settings");
        browser.waitUntil("stage settings", 20, d -> browser.present("#stages-add"));
        browser.click("#stages-add");
        browser.waitUntil("new row", 10, d -> browser.texts(".stage-row").size() == 5);
        browser.type(".stage-row:last-child .stage-name input", "技术交流");
        browser.screenshot("63-sales-stages-zh");
        browser.click("#stages-save");
        browser.waitUntil("new stage on the board", 20, d -> String.join(" ", browser.texts(".pipeline-stage")).contains("技术交流 · 50%"));
        browser.click("#stage-qualify .opportunity-card");
        browser.waitUntil("details", 20, d -> browser.present("#opportunity-edit"));
        browser.click("#opportunity-edit");
        browser.waitUntil("edit dialog", 20, d -> browser.present("#opportunity-probability"));
        browser.type("#opportunity-next-step input", "周五前发报价");
        browser.type("#opportunity-probability input", "40");
        browser.click("#opportunity-save");
        browser.waitUntil("edited", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("已保存 重型加工中心"));

        // a quote: a line from the price list, the totals, sent
        browser.click("#stage-qualify .opportunity-card");
        browser.waitUntil("details again", 20, d -> browser.present("#quote-new"));
        assertTrue(browser.find("#opportunity-facts").getText().contains("周五前发报价"));
        browser.click("#quote-new");
        browser.waitUntil("quote page", 30, d -> browser.present("#quote-editor"));
        browser.choose(".quote-line-product", "CNC", "CNC-200 · 数控机床 CNC-200");
        browser.type(".quote-line-quantity input", "2");
        browser.type(".quote-line-discount input", "5");
        browser.click("#quote-save");
        browser.waitUntil("priced", 20, d -> browser.present("#quote-total") && browser.find("#quote-total").getText().contains("257,640.00"));
        browser.screenshot("64-sales-quote-draft-zh");
        browser.assertEveryControlNamed("quote-draft-zh");
        browser.type(".quote-line-quantity input", "0");
        browser.click("#quote-save");
        browser.waitUntil("zero quantity refused", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("数量须大于 0"));
        browser.type(".quote-line-quantity input", "2");
        browser.type("#quote-discount input", "2");
        browser.click("#quote-send");
        browser.waitUntil("sent", 20, d -> browser.present("#quote-accept"));
        List<String> quoteFigures = browser.texts("#quote-totals span");
        assertTrue(String.join(" ", quoteFigures).contains("2%"), "the quote discount is shown: " + quoteFigures);
        assertEquals("已发送", browser.find("#quote-status").getText());
        assertEquals("%PDF", browser.downloadStart("#quote-pdf", 4));
        browser.screenshot("65-sales-quote-sent-zh");

        // accepted: the order, moved on
        browser.click("#quote-accept");
        browser.waitUntil("order opened", 30, d -> browser.present("#order-advance"));
        assertEquals("已确认", browser.find("#order-status").getText());
        assertTrue(browser.texts("#order-lines-grid vaadin-grid-cell-content").contains("数控机床 CNC-200"));
        assertEquals(quoteFigures, browser.texts("#order-totals span"),
                "the order shows its quote's subtotal, discount, net, tax and total");
        assertTrue(browser.texts("vaadin-button.order-action").contains("创建合同"), "the contract module offers a contract from the order");
        browser.screenshot("66-sales-order-zh");
        browser.assertEveryControlNamed("order-zh");
        browser.click("#order-advance");
        browser.waitUntil("delivered", 20, d -> browser.texts("#orders-grid vaadin-grid-cell-content").contains("已交付"));

        // the order on the customer's page
        browser.go(crm.url("/customers"));
        browser.openCustomer("烟台鼎盛重工有限公司");
        browser.clickText("vaadin-tab", "销售订单");
        browser.waitUntil("order tab", 20, d -> browser.texts("#customer-orders-grid vaadin-grid-cell-content").contains("已交付"));
        browser.clickText("vaadin-tab", "报价单");
        browser.waitUntil("quote tab", 20, d -> browser.texts("#customer-quotes-grid vaadin-grid-cell-content").contains("已接受"));
        browser.screenshot("67-sales-customer-quotes-zh");

        // the opportunity is won: "create contract" drafts a contract with the order's lines, its total the amount
        String quoteTotal = quoteFigures.get(quoteFigures.size() - 1);
        browser.clickText("vaadin-tab", "商机");
        browser.waitUntil("won opportunity", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                .contains("赢单"));
        browser.clickText("#customer-opportunities-grid vaadin-grid-cell-content", "重型加工中心");
        browser.waitUntil("create contract offered", 20, d -> browser.texts("vaadin-button.won-action").contains("创建合同"));
        browser.clickText("vaadin-button.won-action", "创建合同");
        browser.waitUntil("contract drafted with lines", 30, d -> browser.present("#contract-lines-grid"));
        assertEquals(quoteTotal.substring(quoteTotal.indexOf(": ") + 2), browser.find("#contract-fact-amount").getText(),
                "the contract's amount is the order's total: " + quoteFigures);
        browser.scrollTo("#contract-lines-grid");
        List<String> lines = browser.texts("#contract-lines-grid vaadin-grid-cell-content");
        assertTrue(lines.contains("CNC-200") && lines.contains("数控机床 CNC-200") && lines.contains("2 台") && lines.contains("5 %"),
                lines.toString());
        String totals = browser.shownText("#contract-lines-totals");
        assertTrue(totals.contains("整单折扣 2 %") && totals.endsWith(quoteTotal.substring(quoteTotal.indexOf(": ") + 2)), totals);
        browser.screenshot("67b-contract-from-won-opportunity-zh");
        browser.click("#contract-close");
        browser.waitUntil("back on the contracts list", 20, d -> browser.present("#contracts-grid"));

        // the quotes list in English
        browser.select("#language-switch", "English");
        browser.waitUntil("English menu", 30, d -> browser.texts("vaadin-side-nav-item").contains("Quotes"));
        browser.go(crm.url("/sales/quotes"));
        browser.waitUntil("quotes in English", 30, d -> browser.texts("#quotes-grid vaadin-grid-cell-content").contains("Accepted"));
        browser.screenshot("68-sales-quotes-en");
    }
}
