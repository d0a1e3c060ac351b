package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Keys;

/**
 * A sales rep's day with customers in the browser, in Chinese: enter customers, find one by the
 * list's filter, open its 360 page, record a visit with a follow-up, add a contact, see the
 * follow-up on the home page and find the contact in the global search; then the list in English.
 */
@ResourceLock(value = BrowserTestSupport.MODULES, mode = ResourceAccessMode.READ)
class CustomerBrowserIT extends BrowserTestSupport {

    @Test
    void aRepEntersFindsAndWorksWithCustomersInBothLanguages() throws Exception {
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
        // a pasted name far too long is kept whole and refused with a word, never cut without one (issue 24.4)
        browser.click("#customer-new");
        browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
        browser.type("#customer-name input", "苏州".repeat(500));
        browser.find("#customer-name input").sendKeys(org.openqa.selenium.Keys.TAB);
        browser.waitUntil("the field says how long it is", 10, d -> String.join(" ",
                browser.texts("#customer-name [slot='error-message']")).contains("当前为 1,000 个"));
        browser.click("#customer-save");
        browser.waitUntil("refused, still open", 10, d -> browser.present("#customer-name"));
        assertEquals(1000, browser.find("#customer-name input").getAttribute("value").length(), "nothing cut");
        browser.screenshot("01b-name-too-long-zh");
        browser.find("#customer-name input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitUntil("dialog closed", 10, d -> !browser.present("#customer-name"));
        browser.waitUntil("three customers counted", 20, d -> browser.texts("#customers-count").contains("3 个客户"));
        browser.waitUntil("listed in pinyin order (su before wu)", 20, d -> {
            List<String> cells = browser.texts("#customers-grid vaadin-grid-cell-content");
            int suzhou = cells.indexOf("苏州瑞丰纺织有限公司");
            int wuxi = cells.indexOf("无锡宏达电子有限公司");
            return suzhou >= 0 && wuxi > suzhou;
        });
        browser.select("#customers-sort", "最新创建");
        browser.waitUntil("newest first", 20, d -> {
            List<String> cells = browser.texts("#customers-grid vaadin-grid-cell-content");
            int first = cells.indexOf("苏州恒通机械有限公司");
            int last = cells.indexOf("无锡宏达电子有限公司");
            return first >= 0 && last >= 0 && last < first;
        });
        browser.select("#customers-sort", "按名称");

        browser.type("#customers-filter-text input", "苏州");
        browser.waitUntil("filtered to two", 20, d -> browser.texts("#customers-count").contains("2 个客户"));
        assertTrue(browser.texts("#customers-grid vaadin-grid-cell-content").contains("苏州恒通机械有限公司"));
        assertTrue(!browser.texts("#customers-grid vaadin-grid-cell-content").contains("无锡宏达电子有限公司"));
        browser.screenshot("20-customers-filtered-zh");
        browser.assertUnnamedControlsAreFound();
        browser.assertEveryControlNamed("customers-filtered-zh");

        browser.openCustomer("苏州恒通机械有限公司");
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
        browser.clickText("#contacts-grid vaadin-grid-cell-content", "陈静");
        browser.waitUntil("contact opened to change", 10, d -> browser.present("#contact-contactPoints-add"));
        browser.click("#contact-contactPoints-add");
        browser.waitUntil("a line to fill", 10, d -> browser.present("#contact-contactPoints .contact-point-value input"));
        browser.select("#contact-contactPoints .contact-point-kind", "邮箱");
        browser.type("#contact-contactPoints .contact-point-label input", "私人");
        browser.type("#contact-contactPoints .contact-point-value input", "chenjing@163.com");
        browser.click("#contact-save");
        browser.waitUntil("further email listed", 20, d -> browser.texts("#contacts-grid vaadin-grid-cell-content")
                .contains("私人: chenjing@163.com"));
        browser.screenshot("21-customer-360-zh");
        browser.assertEveryControlNamed("customer-360-timeline-zh");

        // attachments (issue 18.4): the licence scan kept with the customer and read back; an HTML page
        // kept as what it is and only ever saved as a file; a program named like a PDF refused
        browser.clickText("vaadin-tab", "附件");
        browser.waitUntil("attachments tab", 10, d -> browser.present("#attachment-upload"));
        assertTrue(browser.find("#attachment-limits").getText().contains("20 MB"), "the limit is said before uploading");
        Path files = Files.createTempDirectory("attachments-");
        browser.upload("#attachment-upload", Files.write(files.resolve("营业执照.pdf"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        browser.waitUntil("the scan listed", 30, d -> browser.texts("#attachments-grid vaadin-grid-cell-content").contains("营业执照.pdf"));
        String scan = "#attachments-grid a[download='营业执照.pdf']";
        assertEquals("%PDF-", browser.downloadStart(scan, 5));
        String scanAddress = browser.find(scan).getAttribute("href");
        browser.upload("#attachment-upload", Files.writeString(files.resolve("page.html"),
                "<html><body><script>document.title = 'ran'</script>报价</body></html>"));
        browser.waitUntil("the page listed", 30, d -> browser.texts("#attachments-grid vaadin-grid-cell-content").contains("page.html"));
        String page = browser.downloadHeaders("#attachments-grid a[download='page.html']", "content-disposition");
        assertTrue(page.startsWith("200 | attachment;") && page.endsWith("| application/octet-stream"), page);
        byte[] program = new byte[256];
        program[0] = 'M';
        program[1] = 'Z';
        browser.upload("#attachment-upload", Files.write(files.resolve("发票.pdf"), program));
        browser.waitUntil("the program refused with a word", 30, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("不能添加此类附件"));
        assertFalse(browser.texts("#attachments-grid vaadin-grid-cell-content").contains("发票.pdf"), "nothing kept");
        browser.screenshot("21b-customer-attachments-zh");
        browser.assertEveryControlNamed("customer-attachments-zh");
        // another rep with the address of mei's file: the same answer as for a file that does not exist
        try (Browser other = Browser.open()) {
            other.signInAsNewUser(crm, "meiother", "Sales rep");
            other.go(scanAddress);
            other.waitUntil("refused", 20, d -> String.join(" ", other.texts("body")).contains("This file does not exist"));
            assertFalse(String.join(" ", other.texts("body")).contains("%PDF"));
        }

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
        browser.assertEveryControlNamed("customers-en");
        browser.openCustomer("苏州恒通机械有限公司");
        browser.clickText("vaadin-tab", "Attachments");
        browser.waitUntil("the files in English", 20, d -> browser.texts("#attachments-grid vaadin-grid-cell-content")
                .containsAll(List.of("营业执照.pdf", "PDF", "Web page (HTML)"))
                && String.join(" ", browser.texts("#attachment-upload")).contains("Attach a file"));
        browser.screenshot("23b-customer-attachments-en");
        browser.assertEveryControlNamed("customer-attachments-en");
    }

    /**
     * A sales manager's work on the customer base: imports a file saved by Chinese Excel (GBK, one bad
     * row), is warned about a duplicate when entering a customer by hand, edits a customer, merges the
     * duplicate; then, in English, edits again and re-imports the same file, which adds nothing twice.
     */
    @Test
    void aManagerImportsEditsAndMergesInBothLanguages() throws Exception {
        browser.signInAsNewUser(crm, "gao", "Sales manager");
        browser.click("#language-switch");
        browser.clickText("vaadin-select-item", "简体中文");
        browser.waitUntil("Chinese menu", 20, d -> browser.texts("vaadin-side-nav-item").contains("客户"));
        Path file = Files.createTempFile("kunshan-", ".csv");
        Files.write(file, ("客户名称,电话,城市,客户等级,标签\r\n"
                + "昆山精密模具有限公司,0512-5777 1234,昆山,A,\"重点,华东\"\r\n"
                + "常州新材料科技有限公司,0519-8666 0000,常州,B,\r\n"
                + "南通船舶配件厂,电话待定,南通,C,\r\n").getBytes(Charset.forName("GBK")));

        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customers-import"));
        browser.click("#customers-import");
        browser.waitUntil("import page", 20, d -> browser.present("#import-upload"));
        browser.upload("#import-upload", file);
        browser.waitUntil("mapping step", 30, d -> browser.present("#import-mapping"));
        assertTrue(browser.find("#import-encoding").getText().contains("GB18030"), "Chinese Excel's GBK recognised");
        assertTrue(browser.texts("#import-preview vaadin-grid-cell-content").contains("昆山精密模具有限公司"));
        browser.screenshot("24-import-mapping-zh");
        browser.assertEveryControlNamed("import-mapping-zh");
        browser.click("#import-start");
        browser.waitUntil("import finished", 60, d -> browser.present("#import-result"));
        String result = browser.find("#import-result").getText();
        assertTrue(result.contains("导入完成") && result.contains("新建 2") && result.contains("拒绝 1"), result);
        assertTrue(String.join(" ", browser.texts("#import-rejected vaadin-grid-cell-content")).contains("电话号码"),
                "the bad phone is explained");
        browser.screenshot("25-import-result-zh");

        browser.go(crm.url("/customers"));
        browser.waitUntil("imported customers listed", 30, d -> browser.texts("#customers-grid vaadin-grid-cell-content")
                .contains("昆山精密模具有限公司"));
        browser.click("#customer-new");
        browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
        browser.type("#customer-name input", "昆山精密模具");
        browser.click("#customer-save");
        browser.waitUntil("duplicate warning", 20, d -> browser.present("#customer-duplicates .customer-duplicate"));
        assertTrue(browser.find("#customer-duplicates").getText().contains("昆山精密模具有限公司"));
        assertEquals("仍然保存", browser.find("#customer-save").getText().strip());
        browser.screenshot("26-duplicate-warning-zh");
        browser.click("#customer-save");
        browser.waitUntil("saved anyway", 20, d -> !browser.present("#customer-dialog"));

        browser.openCustomer("昆山精密模具有限公司");
        browser.waitUntil("customer 360", 20, d -> browser.present("#customer-edit"));
        browser.click("#customer-edit");
        browser.waitUntil("edit dialog", 10, d -> browser.present("#customer-dialog"));
        browser.type("#customer-address textarea", "昆山市玉山镇祖冲之路 88 号");
        browser.type("#customer-website input", "www.ks-mould.cn");
        browser.click("#customer-contactPoints-add");
        browser.waitUntil("a line to fill", 10, d -> browser.present("#customer-contactPoints .contact-point-value input"));
        browser.type("#customer-contactPoints .contact-point-label input", "传真");
        browser.type("#customer-contactPoints .contact-point-value input", "0512-5777 8899");
        browser.screenshot("27-edit-dialog-zh");
        browser.assertEveryControlNamed("customer-edit-zh");
        browser.click("#customer-save");
        browser.waitUntil("edited facts shown", 20, d -> String.join(" ", browser.texts("#customer-facts"))
                .contains("祖冲之路 88 号"));
        String facts = String.join(" ", browser.texts("#customer-facts"));
        assertTrue(facts.contains("电话 · 传真") && facts.contains("0512-5777 8899"), facts);

        browser.click("#customer-merge");
        browser.waitUntil("merge dialog", 10, d -> browser.present("#merge-pick"));
        browser.click("#merge-pick");
        browser.clickText("vaadin-combo-box-item", "昆山精密模具");
        browser.waitUntil("what will happen is said", 10, d -> browser.find("#merge-explain").getText().contains("无法撤销"));
        browser.screenshot("28-merge-zh");
        browser.click("#merge-confirm");
        browser.waitUntil("merged", 20, d -> !browser.present("#merge-dialog"));
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customers-filter-text"));
        browser.type("#customers-filter-text input", "昆山");
        browser.waitUntil("one Kunshan customer left", 20, d -> browser.texts("#customers-count").contains("1 个客户"));

        browser.click("#language-switch");
        browser.clickText("vaadin-select-item", "English");
        browser.waitUntil("English list", 20, d -> browser.texts("#customers-view h2").contains("Customers"));
        browser.openCustomer("昆山精密模具有限公司");
        browser.waitUntil("customer 360", 20, d -> browser.present("#customer-edit"));
        browser.click("#customer-edit");
        browser.waitUntil("edit dialog", 10, d -> browser.present("#customer-dialog"));
        browser.type("#customer-city input", "Kunshan");
        browser.click("#customer-save");
        browser.waitUntil("saved in English", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("Customer 昆山精密模具有限公司 saved."));
        assertTrue(String.join(" ", browser.texts("#customer-facts")).contains("Kunshan"));

        browser.go(crm.url("/customers/import"));
        browser.waitUntil("import page", 20, d -> browser.present("#import-upload"));
        browser.upload("#import-upload", file);
        browser.waitUntil("mapping step", 30, d -> browser.present("#import-start"));
        browser.click("#import-start");
        browser.waitUntil("import finished", 60, d -> browser.present("#import-result"));
        String again = browser.find("#import-result").getText();
        assertTrue(again.contains("created: 0") && again.contains("skipped: 2") && again.contains("rejected: 1"), again);
        browser.screenshot("29-reimport-en");
        Files.delete(file);
    }
}
