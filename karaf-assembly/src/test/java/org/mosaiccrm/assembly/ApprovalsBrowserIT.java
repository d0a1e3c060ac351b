package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Approval of a discounted quote, in Chinese, by three people at their own browsers: the process
 * administrator defines the flow in the form editor (a quote discount of 10 % or more: any sales
 * manager approves); the rep's quote cannot be sent until approved, is submitted; the manager sees the
 * bell and the count beside "My approvals", gets the mail, approves; the rep is told and sends it. A
 * second quote is rejected with a reason and comes back to the rep editable. A third waits while the
 * sales module is uninstalled under the manager's open "My approvals": it leaves the list, and comes
 * back with the module. A second version of the flow has an all-must-approve step (会签) of two named
 * people: the quote waits for both, and for a third whom one of them adds after herself (加签). The flow
 * is switched off at the end, so the shared CRM's other quotes stay as they were.
 */
@ResourceLock(BrowserTestSupport.MODULES) // uninstalls and reinstalls sales
class ApprovalsBrowserIT extends BrowserTestSupport {

    /** The name of the second flow's all-must-approve step, which tells its tasks from the first flow's. */
    private static final String ALL_STEP = "经理与流程管理员会签";

    @Test
    void aDiscountedQuoteIsApprovedInMyApprovalsBeforeItIsSent() throws Exception {
        crm.install("mosaic-sales");
        try (Browser manager = Browser.open(); Browser process = Browser.open()) {
            // the process administrator's flow, made in the form editor
            process.signInAsNewUser(crm, "apprpei", "Process administrator");
            process.select("#language-switch", "简体中文");
            process.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
            process.waitUntilShownOnReload("flow editor", 60, crm.url("/admin/approval-flows"), d -> process.present("#flow-step-1-name"));
            quoteFlow(process);
            process.type("#flow-name input", "报价折扣审批");
            process.type("#flow-step-1-name input", "经理审批");
            process.select("#flow-step-1-mode", "或签（一人同意即可）");
            process.select("#flow-step-1-kind", "角色全体成员");
            process.waitUntil("role field", 10, d -> process.visible("#flow-step-1-role"));
            process.type("#flow-step-1-role input", "sales-manager");
            process.select("#flow-step-1-field", "整单折扣（%）");
            process.waitUntil("condition fields", 10, d -> process.visible("#flow-step-1-operator"));
            process.select("#flow-step-1-operator", "至少");
            process.type("#flow-step-1-value input", "10");
            process.choose("#flow-step-1-fallback", "apprpei", "apprpei");
            process.click("#flow-save");
            process.waitUntil("saved", 20, d -> String.join(" ", process.texts("vaadin-notification-card")).contains("已保存为第"));
            process.screenshot("70-approval-flow-editor-zh");
            process.assertEveryControlNamed("flow-editor-zh");

            // the manager keeps the price list and wants approvals by mail
            manager.signInAsNewUser(crm, "apprlin", "Sales manager");
            manager.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
            manager.switchLanguage(crm, "简体中文", "价目表");
            manager.waitUntilShownOnReload("Chinese header", 30, crm.url("/"), d -> manager.present("#notification-bell"));
            manager.click("#notification-bell");
            manager.waitUntil("notifications page", 30, d -> manager.present("#notifications-email"));
            manager.type("#notifications-email input", "lin.manager@dingsheng.example");
            manager.click("#notifications-save");
            manager.waitUntil("saved", 20, d -> String.join(" ", manager.texts("vaadin-notification-card")).contains("您的设置已保存"));
            manager.go(crm.url("/sales/products"));
            manager.waitUntil("price list", 30, d -> manager.present("#product-new"));
            manager.click("#product-new");
            manager.waitUntil("product dialog", 20, d -> manager.present("#product-code"));
            manager.type("#product-code input", "HMC-630");
            manager.type("#product-name input", "卧式加工中心 HMC-630");
            manager.type("#product-unit input", "台");
            manager.type("#product-price input", "860000");
            manager.click("#product-save");
            manager.waitUntil("product listed", 20, d -> manager.texts("#products-grid vaadin-grid-cell-content")
                    .contains("卧式加工中心 HMC-630"));

            // the rep's quote with 15 % off: not sent without approval, submitted
            browser.signInAsNewUser(crm, "apprrui", "Sales rep");
            browser.switchLanguage(crm, "简体中文", "报价单");
            String quotePage = quoteWithDiscount("潍坊恒远机械有限公司", "车间扩建", "15");
            browser.click("#quote-send");
            browser.waitUntil("sending refused", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                    .contains("此报价单需要审批后才能发送"));
            assertEquals("发送前需要审批", browser.find("#quote-approval-state").getText());
            browser.closeNotices();
            browser.click("#quote-submit-approval");
            browser.waitUntil("pending", 20, d -> browser.present("#quote-approval-state")
                    && browser.find("#quote-approval-state").getText().equals("审批中"));
            assertFalse(browser.present("#quote-save"), "locked while pending");
            browser.screenshot("71-approval-quote-pending-zh");

            // the manager: the bell, the count beside "My approvals", the mail; approves
            manager.waitUntilShownOnReload("count beside My approvals", 40, crm.url("/"),
                    d -> manager.present("#menu-count-approvals") && manager.visible("#menu-count-approvals"));
            assertTrue(manager.visible("#notification-count"));
            manager.waitUntil("mailed", 40, d -> TestMailServer.subjectsTo("lin.manager@dingsheng.example").stream()
                    .anyMatch(subject -> subject.startsWith("待您审批：")));
            manager.go(crm.url("/approvals"));
            manager.waitUntil("waiting for me", 30, d -> String.join(" ", manager.texts("#approvals-waiting vaadin-grid-cell-content"))
                    .contains("经理审批"));
            manager.screenshot("72-my-approvals-zh");
            manager.assertEveryControlNamed("my-approvals-zh");
            approveFirstWaiting(manager, "同意，老客户", "已同意");

            // the rep is told, and sends it
            browser.waitUntil("rep told", 40, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("审批通过"));
            browser.go(quotePage);
            browser.waitUntil("approved quote", 30, d -> browser.present("#quote-send"));
            assertTrue(String.join(" ", browser.texts("#quote-approval-history vaadin-grid-cell-content")).contains("同意，老客户"));
            browser.click("#quote-send");
            browser.waitUntil("sent", 20, d -> browser.present("#quote-accept"));
            assertEquals("已发送", browser.find("#quote-status").getText());
            browser.screenshot("73-approval-quote-sent-zh");

            // a second quote is rejected with a reason and comes back to the rep to change
            String second = quoteWithDiscount("淄博华泰化工有限公司", "反应釜更新", "20");
            browser.click("#quote-submit-approval");
            browser.waitUntil("pending", 20, d -> browser.present("#quote-approval-state")
                    && browser.find("#quote-approval-state").getText().equals("审批中"));
            manager.go(crm.url("/approvals"));
            manager.waitUntil("waiting again", 30, d -> manager.present("#approvals-waiting [id^='approval-reject-']"));
            manager.click("#approvals-waiting [id^='approval-reject-']");
            manager.waitUntil("reason dialog", 20, d -> manager.present("#approval-text"));
            manager.click("#approval-confirm");
            manager.waitUntil("a reason is required", 20, d -> String.join(" ", manager.texts("vaadin-text-area")).contains("请填写原因")
                    || String.join(" ", manager.texts("vaadin-notification-card")).contains("请填写原因"));
            manager.type("#approval-text textarea", "折扣过高，请控制在 10% 以内");
            manager.click("#approval-confirm");
            manager.waitUntil("rejected", 20, d -> String.join(" ", manager.texts("vaadin-notification-card")).contains("已驳回"));
            browser.go(second);
            browser.waitUntil("editable again", 30, d -> browser.present("#quote-save"));
            assertEquals("20.00", browser.find("#quote-discount input").getAttribute("value"), "the quote as it was submitted");
            assertTrue(String.join(" ", browser.texts("#quote-approval-history vaadin-grid-cell-content")).contains("折扣过高"));
            browser.screenshot("74-approval-quote-rejected-zh");

            // uninstalled under the manager's open "My approvals": the quote's task leaves the list, and comes back with sales
            String third = quoteWithDiscount("临沂金鼎建材有限公司", "搅拌站改造", "12");
            browser.click("#quote-submit-approval");
            browser.waitUntil("pending", 20, d -> browser.present("#quote-approval-state")
                    && browser.find("#quote-approval-state").getText().equals("审批中"));
            manager.go(crm.url("/approvals"));
            manager.waitUntil("listed", 30, d -> manager.present("#approvals-waiting [id^='approval-approve-']"));
            crm.uninstall("mosaic-sales");
            manager.waitUntil("gone from the open page", 90, d -> String.join(" ", manager.texts("vaadin-tab")).contains("待我审批（0）")
                    && !String.join(" ", manager.texts("#approvals-waiting vaadin-grid-cell-content")).contains("经理审批"));
            manager.screenshot("75-my-approvals-sales-uninstalled-zh");
            crm.install("mosaic-sales");
            // (a reinstall may re-resolve the platform's bundles and send open pages home: the page is opened again)
            manager.waitUntilShownOnReload("back with the module", 120, crm.url("/approvals"), d -> String.join(" ",
                    manager.texts("vaadin-tab")).contains("待我审批（1）")
                    && String.join(" ", manager.texts("#approvals-waiting vaadin-grid-cell-content")).contains("经理审批"));
            assertTrue(third.contains("/sales/quotes/"));

            // the manager quotes too, and holds the approving role: his own quote never waits for him
            String waitingBefore = String.join(" ", manager.texts("vaadin-tab"));
            String own = quoteWithDiscount(manager, "日照港联物流有限公司", "仓储系统", "18");
            manager.click("#quote-submit-approval");
            manager.waitUntil("his quote pending", 20, d -> manager.present("#quote-approval-state")
                    && manager.find("#quote-approval-state").getText().equals("审批中"));
            manager.go(crm.url("/approvals"));
            manager.waitUntil("my approvals", 30, d -> manager.present("#approvals-tab-waiting"));
            assertEquals(waitingBefore, String.join(" ", manager.texts("vaadin-tab")), "nothing new waits for the submitter");
            assertTrue(own.contains("/sales/quotes/"));

            // away next week: a deputy approves for him
            manager.click("#approval-delegation");
            manager.choose("#approval-deputy", "apprpei", "apprpei");
            manager.setProperty("#approval-deputy-from", "value", java.time.LocalDate.now().plusDays(7).toString());
            manager.setProperty("#approval-deputy-to", "value", java.time.LocalDate.now().plusDays(11).toString());
            manager.click("#approval-deputy-save");
            manager.waitUntil("deputy saved", 20, d -> String.join(" ", manager.texts("vaadin-notification-card")).contains("代您审批"));
            manager.click("#approval-deputy-end");
            manager.waitUntil("deputy ended", 20, d -> String.join(" ", manager.texts("vaadin-notification-card"))
                    .contains("已恢复由您本人处理"));

            // the page in English
            manager.select("#language-switch", "English");
            manager.waitUntilShownOnReload("English page", 30, crm.url("/approvals"), d -> String.join(" ", manager.texts("vaadin-tab"))
                    .contains("Waiting for me (1)"));
            manager.screenshot("76-my-approvals-en");
            manager.assertEveryControlNamed("my-approvals-en");

            // the waiting quote approved in English
            approveFirstWaiting(manager, "", "Approved.");
            manager.waitUntil("nothing waits", 20, d -> String.join(" ", manager.texts("vaadin-tab")).contains("Waiting for me (0)"));

            // a second flow: both named approvers must approve (会签), and one adds a third after herself (加签)
            try (Browser finance = Browser.open()) {
                finance.signInAsNewUser(crm, "apprgao", "Sales manager");
                process.go(crm.url("/admin/approval-flows"));
                process.waitUntil("flow editor", 30, d -> process.present("#flow-step-1-kind"));
                quoteFlow(process);
                process.type("#flow-step-1-name input", ALL_STEP);
                process.select("#flow-step-1-mode", "会签（全部同意）");
                process.select("#flow-step-1-kind", "指定人员");
                process.waitUntil("users field", 10, d -> process.visible("#flow-step-1-users"));
                process.chooseAll("#flow-step-1-users", "apprlin", "apprpei");
                process.click("#flow-save");
                process.waitUntil("saved", 20, d -> String.join(" ", process.texts("vaadin-notification-card")).contains("已保存为第 2 版"));
                process.screenshot("77-approval-flow-all-must-approve-zh");

                String fourth = quoteWithDiscount("青岛海晟机电有限公司", "产线自动化", "16");
                browser.click("#quote-submit-approval");
                browser.waitUntil("pending", 20, d -> browser.present("#quote-approval-state")
                        && browser.find("#quote-approval-state").getText().equals("审批中"));

                // the manager approves: one of two, so the quote still waits
                manager.go(crm.url("/approvals"));
                approveInRow(manager, ALL_STEP, "Approved.");
                browser.go(fourth);
                browser.waitUntil("quote page", 30, d -> browser.present("#quote-approval-state"));
                assertEquals("审批中", browser.find("#quote-approval-state").getText(), "the other approver has not approved yet");

                // the process administrator adds Gao after herself, then approves: the quote waits for Gao
                process.go(crm.url("/approvals"));
                process.waitUntil("her task", 30, d -> process.clickInRow("#approvals-waiting", ALL_STEP, "approval-more-"));
                process.waitUntil("more dialog", 20, d -> process.present("#approval-more-choice"));
                process.clickText("#approval-more-choice vaadin-radio-button", "在我之后加签");
                process.choose("#approval-person", "apprgao", "apprgao");
                process.click("#approval-more-confirm");
                process.waitUntil("added", 20, d -> String.join(" ", process.texts("vaadin-notification-card")).contains("已加签"));
                approveInRow(process, ALL_STEP, "已同意");
                browser.go(fourth);
                browser.waitUntil("quote page", 30, d -> browser.present("#quote-approval-state"));
                assertEquals("审批中", browser.find("#quote-approval-state").getText(), "the added approver has not approved yet");

                // Gao approves last, in English; the rep may send the quote
                finance.waitUntilShownOnReload("count beside My approvals", 40, crm.url("/"),
                        d -> finance.present("#menu-count-approvals") && finance.visible("#menu-count-approvals"));
                finance.go(crm.url("/approvals"));
                finance.waitUntil("added task", 30, d -> String.join(" ", finance.texts("#approvals-waiting vaadin-grid-cell-content"))
                        .contains(ALL_STEP));
                finance.screenshot("78-my-approvals-added-approver-en");
                approveInRow(finance, ALL_STEP, "Approved.");
                browser.go(fourth);
                browser.waitUntil("approved quote", 30, d -> browser.present("#quote-send"));
                String history = String.join(" ", browser.texts("#quote-approval-history vaadin-grid-cell-content"));
                assertTrue(history.contains("后加签") && history.contains("apprgao"), history);
                browser.screenshot("79-approval-quote-all-approved-zh");
            }

            // the flow off again: the shared CRM's other quotes need no approval
            process.go(crm.url("/admin/approval-flows"));
            process.waitUntil("flow editor", 30, d -> process.present("#flow-deactivate"));
            quoteFlow(process);
            process.click("#flow-deactivate");
            process.waitUntil("switched off", 20, d -> String.join(" ", process.texts("vaadin-notification-card")).contains("已停用"));
        }
    }

    /** Approves the first task waiting for the user of {@code browser}, with {@code comment}; waits for the notice {@code done}. */
    /**
     * Chooses the quotes' flow in the editor: other modules' types are listed too (the contracts' comes
     * first, with the flow that module ships).
     */
    private static void quoteFlow(Browser process) {
        process.select("#flow-type", "报价单");
        process.waitUntil("the quotes' flow", 20, d -> !process.find("#flow-version").getText().contains("module contract"));
    }

    private static void approveFirstWaiting(Browser browser, String comment, String done) {
        browser.click("#approvals-waiting [id^='approval-approve-']");
        browser.waitUntil("comment dialog", 20, d -> browser.present("#approval-text"));
        if (!comment.isEmpty()) {
            browser.type("#approval-text textarea", comment);
        }
        browser.click("#approval-confirm");
        browser.waitUntil("approved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains(done));
    }

    /**
     * Approves the task in the row showing {@code rowText} (other tasks may wait for the same person: a
     * role's members differ with the users the shared CRM has); waits for the notice {@code done}.
     */
    private static void approveInRow(Browser browser, String rowText, String done) {
        browser.go(browser.currentUrl());
        browser.waitUntil("the task", 30, d -> browser.clickInRow("#approvals-waiting", rowText, "approval-approve-"));
        browser.waitUntil("comment dialog", 20, d -> browser.present("#approval-text"));
        browser.click("#approval-confirm");
        browser.waitUntil("approved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains(done));
    }

    /** As the signed-in rep: a customer, its opportunity and a quote of one machine with {@code discount} %; returns the quote's address. */
    private String quoteWithDiscount(String customer, String opportunity, String discount) {
        return quoteWithDiscount(browser, customer, opportunity, discount);
    }

    /** As the user signed in to {@code browser}: the same. */
    private String quoteWithDiscount(Browser browser, String customer, String opportunity, String discount) {
        browser.createCustomer(crm, customer);
        browser.openCustomer(customer);
        browser.clickText("vaadin-tab", "商机");
        browser.waitUntil("opportunities tab", 20, d -> browser.present("#customer-opportunity-new"));
        browser.click("#customer-opportunity-new");
        browser.waitUntil("opportunity dialog", 20, d -> browser.present("#opportunity-name"));
        browser.type("#opportunity-name input", opportunity);
        browser.type("#opportunity-amount input", "860000");
        browser.click("#opportunity-save");
        browser.waitUntil("created", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content").contains(opportunity));
        browser.go(crm.url("/sales/opportunities"));
        browser.waitUntil("board", 30, d -> browser.texts(".opportunity-card").stream().anyMatch(card -> card.contains(opportunity)));
        browser.clickContaining(".opportunity-card", opportunity);
        browser.waitUntil("details", 20, d -> browser.present("#quote-new"));
        browser.click("#quote-new");
        browser.waitUntil("quote page", 30, d -> browser.present("#quote-editor"));
        browser.choose(".quote-line-product", "HMC", "HMC-630 · 卧式加工中心 HMC-630");
        browser.type(".quote-line-quantity input", "1");
        browser.type("#quote-discount input", discount);
        browser.click("#quote-save");
        browser.waitUntil("saved", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("已保存"));
        browser.closeNotices();
        return browser.currentUrl();
    }
}
