package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A sales rep works leads in Chinese: imports a trade-fair list saved by Chinese Excel (GBK; a
 * row without phone or email is rejected with the reason), captures a lead by hand (refused
 * without a way to reach the person), plans a follow-up whose reminder pops up, and converts the
 * lead in one step into customer, contact and opportunity; the leads page and form in English.
 */
@ResourceLock(value = BrowserTestSupport.MODULES, mode = ResourceAccessMode.READ)
class LeadsBrowserIT extends BrowserTestSupport {

    @Test
    void aRepImportsCapturesRemindsAndConvertsLeads() throws Exception {
        crm.install("mosaic-sales");
        browser.signInAsNewUser(crm, "lu", "Sales rep");
        browser.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
        browser.select("#language-switch", "简体中文");
        browser.waitUntilShownOnReload("leads menu", 60, crm.url("/"),
                d -> browser.texts("vaadin-side-nav-item").contains("线索"));

        // import a GBK file from Chinese Excel
        Path file = Files.createTempFile("fair-", ".csv");
        Files.write(file, ("姓名,公司,手机,邮箱,等级,来源\r\n"
                + "周杰,深圳华拓电子,13800000011,,热,上海工博会\r\n"
                + "郑敏,苏州启明自动化,,zheng.min@qiming.example,温,上海工博会\r\n"
                + "孙七,无联系方式公司,,,冷,上海工博会\r\n").getBytes(Charset.forName("GBK")));
        browser.go(crm.url("/sales/leads"));
        browser.waitUntil("leads page", 30, d -> browser.present("#lead-import"));
        browser.click("#lead-import");
        browser.waitUntil("import page", 20, d -> browser.present("#import-upload"));
        browser.upload("#import-upload", file);
        browser.waitUntil("mapping step", 30, d -> browser.present("#import-mapping"));
        assertTrue(browser.find("#import-encoding").getText().contains("GB18030") || browser.find("#import-encoding")
                .getAttribute("value").contains("GB18030"), "GBK recognised");
        browser.screenshot("54-leads-import-mapping-zh");
        browser.click("#import-start");
        browser.waitUntil("import result", 60, d -> browser.present("#import-result"));
        String result = browser.find("#import-result").getText();
        assertTrue(result.contains("新建：2") || result.contains("新建: 2") || result.contains("2"), result);
        assertTrue(String.join(" ", browser.texts("#import-rejected vaadin-grid-cell-content")).contains("请填写邮箱或电话"));
        browser.screenshot("55-leads-import-result-zh");

        // capture one by hand: refused without phone or email, then saved
        browser.go(crm.url("/sales/leads"));
        browser.waitUntil("imported leads listed", 30, d -> browser.texts("#leads-grid vaadin-grid-cell-content").contains("周杰"));
        browser.click("#lead-new");
        browser.waitUntil("lead form", 20, d -> browser.present("#lead-name"));
        org.junit.jupiter.api.Assertions.assertEquals("lu", browser.find("#lead-owner vaadin-select-value-button").getText().strip(),
                "a rep's new lead is the rep's own unless handed on");
        browser.type("#lead-name input", "王芳");
        browser.type("#lead-company input", "宁波海纳精工有限公司");
        browser.click("#lead-save");
        browser.waitUntil("unreachable refused", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("请填写邮箱或电话"));
        browser.type("#lead-phone input", "0574 8888 1234");
        browser.screenshot("56-leads-form-zh");
        browser.assertEveryControlNamed("lead-form-zh");
        browser.click("#lead-save");
        browser.waitUntil("saved", 20, d -> browser.texts("#leads-grid vaadin-grid-cell-content").contains("王芳"));

        // the rep wants reminders by mail: the bell leads to the notifications page and its settings
        browser.click("#notification-bell");
        browser.waitUntil("notifications page", 20, d -> browser.present("#notifications-email"));
        browser.type("#notifications-email input", "lu.rep@haina.example");
        browser.click("#notifications-kind-sales-lead-reminder");
        browser.click("#notifications-save");
        browser.waitUntil("settings saved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("您的设置已保存"));
        browser.screenshot("56b-notifications-settings-zh");
        browser.assertEveryControlNamed("notifications-zh");
        browser.closeNotices();
        browser.go(crm.url("/sales/leads"));
        browser.waitUntil("leads page", 30, d -> browser.texts("#leads-grid vaadin-grid-cell-content").contains("王芳"));

        // a follow-up task whose reminder time has come: the notice pops up
        browser.clickText("#leads-grid vaadin-grid-cell-content", "王芳");
        browser.waitUntil("details", 20, d -> browser.present("#lead-task-title"));
        browser.type("#lead-task-title input", "回电确认需求");
        browser.setProperty("#lead-task-due", "value",
                LocalDateTime.now().plusHours(2).withSecond(0).withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        browser.select("#lead-task-remind", "提前 1 天");
        browser.click("#lead-task-add");
        browser.waitUntil("task listed", 20, d -> String.join(" ", browser.texts("#lead-tasks vaadin-checkbox")).contains("回电确认需求"));
        browser.screenshot("57-leads-details-zh");
        browser.waitUntil("reminder pops up", 40, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("提醒：回电确认需求（王芳）"));
        browser.screenshot("58-leads-reminder-zh");
        // kept under the bell, and mailed in Chinese to the address the rep gave
        browser.waitUntil("bell counts it", 20, d -> browser.visible("#notification-count")
                && !browser.find("#notification-count").getText().isBlank());
        assertTrue(browser.find("#notification-bell").getAttribute("aria-label").startsWith("通知："));
        browser.waitUntil("reminder mailed", 40, d -> TestMailServer.subjectsTo("lu.rep@haina.example").stream()
                .anyMatch(subject -> subject.equals("提醒：回电确认需求")));
        browser.go(crm.url("/sales/leads")); // the lead's dialog covers the header
        browser.waitUntil("leads page", 30, d -> browser.present("#notification-bell"));
        browser.click("#notification-bell");
        browser.waitUntil("listed unread", 20, d -> String.join(" ", browser.texts("#notifications-grid [data-unread]"))
                .contains("提醒：回电确认需求（王芳）"));
        browser.screenshot("58b-notifications-zh");
        browser.clickText("#notifications-grid vaadin-button", "提醒：回电确认需求（王芳）");
        browser.waitUntil("back on the lead, read", 20, d -> browser.present("#lead-task-title")
                && !browser.visible("#notification-count"));

        // convert in one step: customer + contact + opportunity
        browser.click("#lead-convert");
        browser.waitUntil("convert dialog", 20, d -> browser.present("#lead-convert-opportunity"));
        browser.type("#lead-convert-opportunity input", "二期扩产设备");
        browser.type("#lead-convert-amount input", "800000");
        browser.screenshot("59-leads-convert-zh");
        browser.click("#lead-convert-save");
        browser.waitUntil("customer page", 30, d -> browser.present("#customer-timeline"));
        assertTrue(browser.find("h2").getText().contains("宁波海纳精工有限公司"));
        browser.clickText("vaadin-tab", "商机");
        browser.waitUntil("opportunity on the customer", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                .contains("二期扩产设备"));
        browser.screenshot("60-leads-converted-customer-zh");
        browser.go(crm.url("/sales/leads"));
        browser.waitUntil("leads page", 30, d -> browser.present("#leads-tab-CONVERTED"));
        browser.click("#leads-tab-CONVERTED");
        browser.waitUntil("converted list", 20, d -> browser.texts("#leads-grid vaadin-grid-cell-content").contains("王芳"));

        // the same page in English
        browser.select("#language-switch", "English");
        browser.waitUntil("English leads page", 30, d -> browser.texts("vaadin-tab").contains("Converted")
                && browser.texts("vaadin-side-nav-item").contains("Leads"));
        browser.click("#lead-new");
        browser.waitUntil("lead form in English", 20, d -> browser.present("#lead-name"));
        browser.click("#lead-save");
        browser.waitUntil("refusal in English", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("Enter the person's name."));
        browser.screenshot("61-leads-form-en");
        browser.assertEveryControlNamed("lead-form-en");
    }
}
