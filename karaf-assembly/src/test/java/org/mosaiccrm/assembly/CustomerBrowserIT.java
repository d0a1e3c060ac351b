package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * A sales rep's day with customers in the browser, in Chinese: enter customers, find one by the
 * list's filter, open its 360 page, record a visit with a follow-up, add a contact, see the
 * follow-up on the home page and find the contact in the global search; then the list in English.
 */
class CustomerBrowserIT extends BrowserTestSupport {

    @Test
    void aRepEntersFindsAndWorksWithCustomersInBothLanguages() {
        browser.signInAsNewUser(crm, "mei", "Sales rep");
        browser.click("#language-switch");
        browser.clickText("vaadin-select-item", "简体中文");
        browser.waitUntil("Chinese menu", 20, d -> browser.texts("vaadin-side-nav-item").contains("客户"));

        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customers-view"));
        for (String name : new String[] { "苏州恒通机械有限公司", "苏州瑞丰纺织有限公司", "无锡宏达电子有限公司" }) {
            browser.click("#customer-new");
            browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
            browser.type("#customer-name input", name);
            browser.click("#customer-save");
            browser.waitUntil("saved: " + name, 20, d -> !browser.present("#customer-name"));
        }
        browser.waitUntil("three customers counted", 20, d -> browser.texts("#customers-count").contains("3 个客户"));

        browser.type("#customers-filter-text input", "苏州");
        browser.waitUntil("filtered to two", 20, d -> browser.texts("#customers-count").contains("2 个客户"));
        assertTrue(browser.texts("#customers-grid vaadin-grid-cell-content").contains("苏州恒通机械有限公司"));
        assertTrue(!browser.texts("#customers-grid vaadin-grid-cell-content").contains("无锡宏达电子有限公司"));
        browser.screenshot("20-customers-filtered-zh");

        browser.clickText("#customers-grid vaadin-grid-cell-content", "苏州恒通机械有限公司");
        browser.waitUntil("customer 360", 20, d -> browser.present("#customer-timeline"));
        assertEquals("苏州恒通机械有限公司", browser.find("#customer-name-heading").getText().strip());
        browser.type("#interaction-summary textarea", "上门拜访，客户计划明年扩产");
        browser.type("#interaction-next-step input", "下周发送报价");
        browser.find("#interaction-follow-up input").sendKeys(java.time.LocalDate.now().toString() + Keys.ENTER);
        browser.click("#interaction-save");
        browser.waitUntil("visit on the timeline", 20, d -> browser.texts("#timeline-entries .timeline-summary")
                .contains("上门拜访，客户计划明年扩产"));

        browser.clickText("vaadin-tab", "联系人");
        browser.waitUntil("contacts tab", 10, d -> browser.present("#contact-new"));
        browser.click("#contact-new");
        browser.waitUntil("contact dialog", 10, d -> browser.present("#contact-name"));
        browser.type("#contact-name input", "陈静");
        browser.type("#contact-title input", "设备科科长");
        browser.type("#contact-mobile input", "138 1234 5678");
        browser.click("#contact-save");
        browser.waitUntil("contact listed", 20, d -> browser.texts("#contacts-grid vaadin-grid-cell-content").contains("陈静"));
        browser.screenshot("21-customer-360-zh");

        browser.go(crm.url("/"));
        browser.waitUntil("home", 20, d -> browser.present("#home-view"));
        browser.screenshot("22-home-followups-zh");
        browser.waitUntil("follow-up on the home page", 20, d -> String.join(" ", browser.texts("#followups-widget"))
                .contains("苏州恒通机械有限公司"));
        browser.type("#global-search input", "1381234");
        browser.waitUntil("global search finds the contact by mobile", 20,
                d -> browser.texts("vaadin-combo-box-item").stream().anyMatch(t -> t.contains("陈静")));
        browser.find("#global-search input").sendKeys(Keys.ESCAPE);

        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.texts("#customers-count").contains("3 个客户"));
        browser.click("#language-switch");
        browser.clickText("vaadin-select-item", "English");
        browser.waitUntil("English list", 20, d -> browser.texts("#customers-count").contains("3 customers"));
        browser.screenshot("23-customers-en");
    }
}
