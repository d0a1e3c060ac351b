package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A contract in Chinese, by four people at their own browsers: the rep drafts it (a bad amount is
 * refused beside its field, what was typed stays) and gives it a line item (a bad quantity refused
 * beside it), submits it; it goes through the flow the module
 * ships — the rep's team lead, then finance for 250,000 — in "My approvals"; the rep signs it once
 * approved, and marks a delivery planned on it done. It ends in 20 days: the reminder job tells the
 * rep in the open tab and by mail. The rep
 * plans two instalments (refused beside the amount when the plan would pass the contract's); finance
 * records a part of the first, its rest, then the second; the rep asks for the invoice (refused above
 * the amount), finance issues it, and the contract, collected and invoiced in full, is completed; the
 * rep renews it (a draft from the day after it ends, linked both ways).
 * Another rep of the team opening it by its address is told it is not there for them.
 */
@ResourceLock(value = BrowserTestSupport.MODULES, mode = ResourceAccessMode.READ)
class ContractsBrowserIT extends BrowserTestSupport {

    @Test
    void aContractIsApprovedSignedRemindedCollectedInvoicedAndCompleted() throws Exception {
        try (Browser lead = Browser.open(); Browser finance = Browser.open(); Browser other = Browser.open()) {
            lead.signInAsNewUser(crm, "htzuzhang", "Sales manager");
            lead.switchLanguage(crm, "简体中文", "合同");
            Browser.teamLedBy(crm, "合同华东组", "htzuzhang");
            finance.signInAsNewUser(crm, "htcaiwu", "Finance");
            finance.switchLanguage(crm, "简体中文", "合同");

            // the rep drafts a contract for a customer of their own
            browser.signInAsNewMember(crm, "htxiaoli", "合同华东组", "Sales rep");
            browser.switchLanguage(crm, "简体中文", "合同");
            browser.createCustomer(crm, "常州恒润精密机械有限公司");

            // the rep gives an address for the contracts' reminders (mailed unless they say otherwise)
            browser.click("#notification-bell");
            browser.waitUntil("notifications page", 20, d -> browser.present("#notifications-email"));
            browser.type("#notifications-email input", "li.rep@hengrun.example");
            browser.closeNotices();
            browser.click("#notifications-save");
            browser.waitUntil("settings saved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                    .contains("您的设置已保存"));

            browser.go(crm.url("/contract/contracts"));
            browser.waitUntil("contracts", 30, d -> browser.present("#contract-new"));
            browser.click("#contract-new");
            browser.waitUntil("contract dialog", 20, d -> browser.present("#contract-title"));
            browser.type("#contract-title input", "五轴加工中心采购合同");
            browser.choose("#contract-customer", "常州恒润", "常州恒润精密机械有限公司");
            browser.type("#contract-amount input", "250000.005");
            browser.type("#contract-payment-terms textarea", "签约后预付 30%，验收合格后 30 天内付清");
            // it ends in 20 days: once signed, the 30-day expiry notice is due
            browser.setProperty("#contract-start", "value", LocalDate.now().toString());
            browser.setProperty("#contract-end", "value", LocalDate.now().plusDays(20).toString());
            browser.click("#contract-save");
            browser.waitUntil("refused beside the amount", 20, d -> String.join(" ",
                    browser.texts("#contract-amount [slot='error-message']")).contains("最多两位小数"));
            assertEquals("五轴加工中心采购合同", browser.find("#contract-title input").getAttribute("value"), "what was typed stays");
            browser.screenshot("80-contract-refused-zh");
            browser.type("#contract-amount input", "250000");
            browser.click("#contract-save");
            browser.waitUntil("contract page", 30, d -> browser.present("#contract-page") && browser.present("#contract-submit"));
            assertEquals("草稿", status(browser));
            String page = browser.currentUrl();
            assertTrue(page.matches(".*/contract/contracts/\\d+$"), page);
            browser.screenshot("81-contract-draft-zh");
            browser.assertEveryControlNamed("contract-draft-zh");

            // a line item: a quantity of 0 refused beside it; saved, the amount is the lines' total (no tax typed: 0 %)
            browser.click("#contract-line-add");
            browser.waitUntil("line dialog", 20, d -> browser.present("#contract-line-description"));
            browser.type("#contract-line-description input", "五轴立式加工中心 VMC-850");
            browser.type("#contract-line-unit input", "台");
            browser.type("#contract-line-quantity input", "0");
            browser.type("#contract-line-price input", "250000");
            browser.click("#contract-line-save");
            browser.waitUntil("refused beside the quantity", 20, d -> String.join(" ",
                    browser.texts("#contract-line-quantity [slot='error-message']")).contains("数量须大于 0"));
            browser.type("#contract-line-quantity input", "1");
            browser.click("#contract-line-save");
            browser.waitUntil("line listed", 20, d -> !browser.present("#contract-line-dialog")
                    && browser.texts("#contract-lines-grid vaadin-grid-cell-content").contains("五轴立式加工中心 VMC-850"));
            assertEquals("250,000.00 CNY", browser.find("#contract-fact-amount").getText());
            assertTrue(browser.shownText("#contract-lines-totals").endsWith("价税合计 250,000.00 CNY"));

            // a tag (标签) typed new: Enter adds and saves it
            browser.type("#contract-tags input", "重点项目");
            browser.find("#contract-tags input").sendKeys(org.openqa.selenium.Keys.ENTER);
            browser.waitUntil("tag saved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("的标签已保存"));

            // who signs (签约人): on our side, the rep
            browser.scrollTo("#contract-signers-edit");
            browser.click("#contract-signers-edit");
            browser.waitUntil("signers dialog", 20, d -> browser.present("#signers-ours"));
            browser.choose("#signers-ours", "htxiaoli", "htxiaoli");
            browser.click("#signers-save");
            browser.waitUntil("our signatory named", 20, d -> !browser.present("#signers-dialog")
                    && shown(browser, "#contract-fact-our-signer").equals("htxiaoli"));

            // another rep of the team opens it by its address: not there for him
            other.signInAsNewMember(crm, "htxiaozhao", "合同华东组", "Sales rep");
            other.switchLanguage(crm, "简体中文", "合同");
            other.go(page);
            other.waitUntil("told it is not there", 30, d -> String.join(" ", other.texts("vaadin-notification-card"))
                    .contains("合同不存在"));
            assertFalse(other.present("#contract-page"));

            // submitted: locked, with the team lead first
            browser.type("#contract-submit-comment input", "老客户复购，请审批");
            browser.click("#contract-submit");
            browser.waitUntil("pending", 20, d -> status(browser).equals("审批中"));
            assertFalse(browser.present("#contract-edit"), "no editing while in approval");
            approveFirstWaiting(lead);
            approveFirstWaiting(finance);

            // approved: the rep signs it
            browser.go(page);
            browser.waitUntil("approved", 30, d -> browser.present("#contract-sign"));
            assertEquals("已审批", status(browser));
            browser.click("#contract-sign");
            browser.waitUntil("signed", 20, d -> status(browser).equals("已签约"));
            assertFalse(browser.find("#contract-fact-customer-signed").getText().isEmpty());
            browser.screenshot("82-contract-signed-zh");

            // a delivery (交付) planned on the signed contract, then marked done
            browser.scrollTo("#contract-milestone-add");
            browser.click("#contract-milestone-add");
            browser.waitUntil("milestone dialog", 20, d -> browser.present("#milestone-title"));
            browser.type("#milestone-title input", "设备到货及安装调试");
            browser.setProperty("#milestone-due-date", "value", LocalDate.now().plusDays(10).toString());
            browser.click("#milestone-save");
            browser.waitUntil("planned", 20, d -> !browser.present("#milestone-dialog")
                    && browser.rowText("#contract-milestones-grid", "设备到货及安装调试").contains("待完成"));
            browser.scrollTo("#contract-milestones-grid");
            browser.click(".milestone-done");
            browser.waitUntil("done", 20, d -> browser.rowText("#contract-milestones-grid", "设备到货及安装调试")
                    .contains("已完成 " + LocalDate.now()));
            browser.screenshot("82a-contract-milestone-done-zh");

            // the reminder job tells the rep it ends soon: in the open tab, under the bell, and by mail in Chinese
            browser.waitUntil("expiry reminder pops up", 60, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                    .contains("五轴加工中心采购合同 将于 " + LocalDate.now().plusDays(20) + " 到期（还有 20 天）"));
            browser.waitUntil("expiry reminder mailed", 40, d -> TestMailServer.subjectsTo("li.rep@hengrun.example").stream()
                    .anyMatch(subject -> subject.startsWith("合同即将到期：HT-") && subject.endsWith(" 五轴加工中心采购合同")));
            browser.screenshot("82b-contract-expiry-reminder-zh");
            browser.closeNotices();

            // the payment plan (回款计划): two instalments, never more than the amount; the first was due 40 days ago
            addInstalment(LocalDate.now().minusDays(40), "100000");
            browser.waitUntil("first instalment", 20, d -> !browser.present("#instalment-dialog")
                    && shown(browser, "#contract-collection").startsWith("计划回款 100,000.00 CNY"));
            addInstalment(LocalDate.now().plusDays(90), "200000");
            browser.waitUntil("refused beside the amount", 20, d -> String.join(" ",
                    browser.texts("#instalment-amount [slot='error-message']")).contains("还可计划 150000.00"));
            browser.type("#instalment-amount input", "150000");
            browser.click("#instalment-save");
            browser.waitUntil("planned in full", 20, d -> !browser.present("#instalment-dialog")
                    && shown(browser, "#contract-collection").startsWith("计划回款 250,000.00 CNY"));
            browser.scrollTo("#contract-instalments");
            assertEquals(List.of("已逾期", "待回款"), browser.texts("#contract-instalments vaadin-grid-cell-content").stream()
                    .filter(cell -> cell.equals("待回款") || cell.equals("已逾期")).toList());

            // the rep's home says what needs attention; the payments due page lists what is to come in
            browser.go(crm.url("/"));
            browser.waitUntil("attention widget", 30, d -> browser.present("#contracts-attention-widget"));
            String attention = browser.find("#contracts-attention-widget").getText();
            assertTrue(attention.contains("逾期：HT-") && attention.contains("第 1 期，" + LocalDate.now().minusDays(40) + " 到期，未回款 100,000.00 CNY"),
                    attention);
            assertTrue(attention.contains(LocalDate.now().plusDays(20) + " 到期：合同 HT-"), attention);
            browser.screenshot("82c-home-contracts-attention-zh");
            browser.go(crm.url("/contract/payments-due"));
            browser.waitUntil("payments due", 30, d -> browser.texts("#payments-due-grid vaadin-grid-cell-content")
                    .contains(LocalDate.now().minusDays(40).toString()));
            assertFalse(browser.texts("#payments-due-grid vaadin-grid-cell-content").contains(LocalDate.now().plusDays(90).toString()));
            browser.select("#payments-due-window", "已逾期及 90 天内到期");
            browser.waitUntil("within 90 days", 20, d -> browser.texts("#payments-due-grid vaadin-grid-cell-content")
                    .contains(LocalDate.now().plusDays(90).toString()));
            browser.screenshot("82d-payments-due-zh");
            browser.assertEveryControlNamed("payments-due-zh");

            // finance records the payments (回款): part of the first instalment, its rest, then the second
            finance.go(page);
            receive(finance, "60000", "（24 %）");
            assertEquals("执行中", status(finance), "the first payment starts its execution");
            finance.scrollTo("#contract-instalments");
            assertTrue(finance.texts("#contract-instalments vaadin-grid-cell-content").contains("已逾期"), "partly paid, still overdue");

            // what is still owed past due shows in the receivables ageing (账龄分析): per owner, a line opening the owner's customers
            finance.go(crm.url("/contract/ageing"));
            finance.waitUntil("ageing per owner", 30, d -> finance.texts("#ageing-grid vaadin-grid-cell-content").contains("htxiaoli"));
            String owner = finance.rowText("#ageing-grid", "htxiaoli");
            assertTrue(owner.startsWith("htxiaoli | ") && owner.endsWith(" | CNY | — | 40,000.00 CNY | — | — | 40,000.00 CNY"),
                    "40 days overdue, 40,000 left of the first instalment: " + owner);
            String csv = finance.downloadStart("#ageing-export", 400);
            assertTrue(csv.startsWith("\u00EF\u00BB\u00BF") && csv.contains(",CNY,0.00,40000.00,0.00,0.00,40000.00"), csv);
            assertTrue(finance.find("#ageing-as-of").getText().contains(LocalDate.now().toString()));
            finance.clickText("#ageing-grid vaadin-grid-cell-content", "htxiaoli");
            finance.waitUntil("the owner's customers", 20, d -> finance.texts("#ageing-grid vaadin-grid-cell-content")
                    .contains("常州恒润精密机械有限公司") && finance.find("#ageing-owner").getText().equals("htxiaoli 的客户"));
            finance.screenshot("83a-receivables-ageing-zh");
            finance.assertEveryControlNamed("ageing-zh");
            finance.go(page);
            receive(finance, null, "（40 %）");
            receive(finance, null, "（100 %）");
            finance.scrollTo("#contract-receipts");
            finance.screenshot("83-contract-collected-zh");
            finance.waitUntil("three receipts listed", 10, d -> finance.texts("#contract-receipts vaadin-grid-cell-content").stream()
                    .filter(cell -> cell.startsWith("招行回单")).count() == 3);

            // the rep asks for the invoice (发票), never more than the amount; finance issues it
            browser.go(page);
            browser.waitUntil("invoice request", 30, d -> browser.present("#contract-invoice-request"));
            browser.click("#contract-invoice-request");
            browser.waitUntil("invoice dialog", 20, d -> browser.present("#invoice-tax-number"));
            assertEquals("常州恒润精密机械有限公司", browser.find("#invoice-title input").getAttribute("value"));
            browser.type("#invoice-tax-number input", "91320412MA1XK3HN2C");
            browser.type("#invoice-bank input", "中国工商银行常州分行");
            browser.type("#invoice-account input", "1105 0211 0900 0123 456");
            browser.type("#invoice-amount input", "300000");
            browser.click("#invoice-request-save");
            browser.waitUntil("refused beside the amount", 20, d -> String.join(" ",
                    browser.texts("#invoice-amount [slot='error-message']")).contains("最多还可开 250000.00"));
            browser.type("#invoice-amount input", "250000");
            browser.click("#invoice-request-save");
            // (a grid below the fold renders its rows once scrolled to)
            browser.waitUntil("requested", 20, d -> {
                browser.scrollTo("#contract-invoices");
                return !browser.present("#invoice-request-dialog")
                        && browser.texts("#contract-invoices vaadin-grid-cell-content").contains("待开票");
            });
            finance.go(page);
            finance.waitUntil("issue button", 30, d -> finance.present("#contract-invoices [id^='invoice-issue-']"));
            finance.click("#contract-invoices [id^='invoice-issue-']");
            finance.waitUntil("issue dialog", 20, d -> finance.present("#invoice-number"));
            finance.type("#invoice-number input", "25322000000041234567");
            finance.type("#invoice-tracking input", "SF1402938475612");
            finance.click("#invoice-issue-save");
            finance.waitUntil("completed", 20, d -> status(finance).equals("已完成"));
            assertEquals("已开票 250,000.00 CNY · 已回款 250,000.00 CNY", shown(finance, "#contract-invoiced"),
                    "invoiced beside received");
            finance.screenshot("84-contract-completed-zh");
            finance.assertEveryControlNamed("contract-completed-zh");

            // the same page in English (the language is switched in the header, which the page covers)
            finance.go(crm.url("/"));
            finance.waitUntil("home", 30, d -> finance.present("#language-switch"));
            finance.select("#language-switch", "English");
            finance.waitUntilShownOnReload("English contract page", 30, page, d -> finance.present("#contract-status")
                    && status(finance).equals("Completed"));
            assertEquals("Invoiced 250,000.00 CNY · received 250,000.00 CNY", shown(finance, "#contract-invoiced"));
            assertTrue(shown(finance, "#contract-collection").contains("received 250,000.00 CNY (100 %)"),
                    shown(finance, "#contract-collection"));
            finance.screenshot("86-contract-completed-en");
            // collected in full: nothing left in the ageing, which says so in English
            finance.go(crm.url("/contract/ageing"));
            finance.waitUntil("ageing in English", 30, d -> finance.present("#ageing-grid")
                    && finance.find("#ageing-as-of").getText().startsWith("Days overdue counted to "));
            assertTrue(finance.rowText("#ageing-grid", "htxiaoli").isEmpty(), "nothing overdue for the rep any more");
            finance.screenshot("86a-receivables-ageing-en");
            finance.assertEveryControlNamed("ageing-en");
            finance.assertEveryControlNamed("contract-completed-en");

            browser.go(crm.url("/contract/contracts"));
            browser.waitUntil("listed as completed", 30, d -> browser.texts("#contracts-grid vaadin-grid-cell-content").contains("已完成")
                    && browser.texts("#contracts-grid vaadin-grid-cell-content").contains("五轴加工中心采购合同"));
            assertTrue(browser.texts("#contracts-grid vaadin-grid-cell-content").contains("250,000.00 CNY"));
            assertTrue(browser.texts("#contracts-grid vaadin-grid-cell-content").contains("100 %"));
            browser.screenshot("85-contracts-list-zh");
            browser.choose("#contracts-tag", "重点", "重点项目");
            browser.waitUntil("the tag's contracts", 20, d -> browser.texts("#contracts-grid vaadin-grid-cell-content")
                    .contains("五轴加工中心采购合同"));

            // the contract reports (合同统计): the rep's own signed this month, collected and invoiced in full; its CSV
            browser.go(crm.url("/contract/reports"));
            browser.waitUntil("reports", 30, d -> browser.present("#contract-reports-grid"));
            String month = YearMonth.now().toString();
            browser.waitUntil("this month's line", 20, d -> !browser.rowText("#contract-reports-grid", month).isEmpty());
            assertEquals(month + " | CNY | 1 | 250,000.00 CNY | 250,000.00 CNY | 250,000.00 CNY | 100.0 %",
                    browser.rowText("#contract-reports-grid", month));
            browser.waitUntil("chart drawn", 20, d -> browser.find("#contract-reports-chart").getAttribute("data-drawn") != null);
            String signedCsv = browser.downloadStart("#contract-reports-export", 300);
            assertTrue(signedCsv.contains(month + ",CNY,1,250000.00,250000.00,250000.00,100.0"), signedCsv);
            browser.select("#contract-reports-by", "状态");
            browser.waitUntil("per status", 20, d -> browser.rowText("#contract-reports-grid", "已完成").contains("100.0 %")
                    && !browser.present("vaadin-select-overlay[opened], vaadin-select-overlay[closing]"));
            browser.screenshot("85a-contract-reports-zh");
            browser.assertEveryControlNamed("contract-reports-zh");

            // renewed (续约): a draft that follows it, linked both ways
            browser.go(page);
            browser.waitUntil("renew offered", 30, d -> browser.present("#contract-renew"));
            browser.click("#contract-renew");
            browser.waitUntil("the renewal's draft", 30, d -> browser.present("#contract-renews")
                    && status(browser).equals("草稿"));
            assertTrue(browser.find("#contract-renews").getText().endsWith("五轴加工中心采购合同"));
            assertEquals(LocalDate.now().plusDays(21).toString(), browser.find("#contract-fact-start").getText(),
                    "from the day after the first one ends");
            assertFalse(browser.currentUrl().equals(page));
            browser.screenshot("87-contract-renewal-zh");
            String renewal = browser.currentUrl();

            // the renewal goes to approval; the team lead rejects it with a reason, which the rep reads on the
            // contract, a draft again; edited, it is submitted anew and waits for the team lead again
            browser.type("#contract-submit-comment input", "续约，请审批");
            browser.click("#contract-submit");
            browser.waitUntil("pending", 20, d -> status(browser).equals("审批中"));
            reject(lead, "续约金额请按新报价调整为 240000 元");
            browser.go(renewal);
            browser.waitUntil("a draft again", 30, d -> browser.present("#contract-edit") && status(browser).equals("草稿"));
            browser.scrollTo("#contract-approval-history");
            assertTrue(String.join(" ", browser.texts("#contract-approval-history vaadin-grid-cell-content"))
                    .contains("续约金额请按新报价调整为 240000 元"), "the reason on the contract");
            browser.screenshot("87a-contract-rejected-zh");
            // the renewal has the first one's line: its price is changed, and with it the amount
            browser.scrollTo("#contract-lines-grid");
            browser.clickText("#contract-lines-grid vaadin-grid-cell-content", "五轴立式加工中心 VMC-850");
            browser.waitUntil("line dialog", 20, d -> browser.present("#contract-line-price"));
            browser.type("#contract-line-price input", "240000");
            browser.click("#contract-line-save");
            browser.waitUntil("edited", 20, d -> !browser.present("#contract-line-dialog")
                    && shown(browser, "#contract-fact-amount").startsWith("240,000.00"));
            browser.click("#contract-edit");
            browser.waitUntil("contract dialog", 20, d -> browser.present("#contract-amount"));
            assertEquals("true", browser.find("#contract-amount").getAttribute("readonly"), "the amount is the lines' total");
            browser.click("#contract-cancel");
            browser.waitUntil("form closed", 20, d -> !browser.present("#contract-dialog"));
            browser.type("#contract-submit-comment input", "已按新报价调整");
            browser.click("#contract-submit");
            browser.waitUntil("pending again", 20, d -> status(browser).equals("审批中"));
            lead.waitUntilShownOnReload("waiting for the team lead again", 60, crm.url("/approvals"),
                    d -> String.join(" ", lead.texts("#approvals-waiting vaadin-grid-cell-content")).contains("240,000.00"));

            browser.go(page);
            browser.waitUntil("renewed by", 30, d -> browser.present("#contract-renewed-by"));
            assertFalse(browser.present("#contract-renew"), "renewed once");
        }
    }

    /** The contract's status on its page. */
    private static String status(Browser on) {
        return shown(on, "#contract-status");
    }

    /** The text of {@code css} on the contract page, scrolled to: the page is long, and what is out of view reads empty. */
    private static String shown(Browser on, String css) {
        return on.shownText(css);
    }

    /** Opens the instalment dialog on the rep's contract page and saves an instalment. */
    private void addInstalment(LocalDate due, String amount) {
        browser.click("#contract-instalment-add");
        browser.waitUntil("instalment dialog", 20, d -> browser.present("#instalment-amount"));
        browser.setProperty("#instalment-due-date", "value", due.toString());
        browser.type("#instalment-amount input", amount);
        browser.click("#instalment-save");
    }

    /**
     * Records a payment on the contract page open in {@code finance}'s browser: {@code amount}, or
     * what the dialog offers (what is still due on the earliest open instalment) when null.
     */
    private static void receive(Browser finance, String amount, String collected) {
        finance.waitUntil("record receipt", 30, d -> finance.present("#contract-receipt-add"));
        finance.click("#contract-receipt-add");
        finance.waitUntil("receipt dialog", 20, d -> finance.present("#receipt-amount"));
        if (amount != null) {
            finance.type("#receipt-amount input", amount);
        }
        finance.type("#receipt-reference input", "招行回单 " + collected.replaceAll("\\D", ""));
        finance.click("#receipt-save");
        finance.waitUntil("collected " + collected, 20, d -> !finance.present("#receipt-dialog")
                && shown(finance, "#contract-collection").contains(collected));
    }

    /** In "My approvals", rejects the one task waiting for the user of {@code approver}, giving {@code reason}. */
    private void reject(Browser approver, String reason) {
        approver.waitUntilShownOnReload("waiting for me", 60, crm.url("/approvals"),
                d -> approver.present("#approvals-waiting [id^='approval-reject-']"));
        approver.click("#approvals-waiting [id^='approval-reject-']");
        approver.waitUntil("reason dialog", 20, d -> approver.present("#approval-text"));
        approver.type("#approval-text textarea", reason);
        approver.click("#approval-confirm");
        approver.waitUntil("rejected", 20, d -> String.join(" ", approver.texts("vaadin-notification-card")).contains("已驳回"));
    }

    /** In "My approvals", approves the one task waiting for the user of {@code approver}. */
    private void approveFirstWaiting(Browser approver) {
        approver.waitUntilShownOnReload("waiting for me", 60, crm.url("/approvals"),
                d -> approver.present("#approvals-waiting [id^='approval-approve-']"));
        assertTrue(String.join(" ", approver.texts("#approvals-waiting vaadin-grid-cell-content")).contains("五轴加工中心采购合同"));
        approver.click("#approvals-waiting [id^='approval-approve-']");
        approver.waitUntil("comment dialog", 20, d -> approver.present("#approval-confirm"));
        approver.click("#approval-confirm");
        approver.waitUntil("approved", 20, d -> String.join(" ", approver.texts("vaadin-notification-card")).contains("已同意"));
    }
}
