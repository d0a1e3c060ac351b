package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A contract in Chinese, by three people at their own browsers: the rep drafts it (a bad amount is
 * refused beside its field, what was typed stays), submits it; it goes through the flow the module
 * ships — the rep's team lead, then finance for 250,000 — in "My approvals"; the rep signs it once
 * approved. Another rep of the team opening it by its address is told it is not there for them.
 */
@ResourceLock(value = BrowserTestSupport.MODULES, mode = ResourceAccessMode.READ)
class ContractsBrowserIT extends BrowserTestSupport {

    @Test
    void aContractIsDraftedApprovedByTheTeamLeadAndFinanceAndSigned() throws Exception {
        try (Browser lead = Browser.open(); Browser finance = Browser.open(); Browser other = Browser.open()) {
            lead.signInAsNewUser(crm, "htzuzhang", "Sales manager");
            lead.switchLanguage(crm, "简体中文", "合同");
            Browser.teamLedBy(crm, "合同华东组", "htzuzhang");
            finance.signInAsNewUser(crm, "htcaiwu", "Finance");
            finance.switchLanguage(crm, "简体中文", "合同");

            // the rep drafts a contract for a customer of their own
            browser.signInAsNewMember(crm, "htxiaoli", "合同华东组", "Sales rep");
            browser.switchLanguage(crm, "简体中文", "合同");
            browser.go(crm.url("/customers"));
            browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
            browser.click("#customer-new");
            browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
            browser.type("#customer-name input", "常州恒润精密机械有限公司");
            browser.click("#customer-save");
            browser.waitUntil("saved", 20, d -> !browser.present("#customer-name"));

            browser.go(crm.url("/contract/contracts"));
            browser.waitUntil("contracts", 30, d -> browser.present("#contract-new"));
            browser.click("#contract-new");
            browser.waitUntil("contract dialog", 20, d -> browser.present("#contract-title"));
            browser.type("#contract-title input", "五轴加工中心采购合同");
            browser.choose("#contract-customer", "常州恒润", "常州恒润精密机械有限公司");
            browser.type("#contract-amount input", "250000.005");
            browser.type("#contract-payment-terms textarea", "签约后预付 30%，验收合格后 30 天内付清");
            browser.click("#contract-save");
            browser.waitUntil("refused beside the amount", 20, d -> String.join(" ",
                    browser.texts("#contract-amount [slot='error-message']")).contains("最多两位小数"));
            assertEquals("五轴加工中心采购合同", browser.find("#contract-title input").getAttribute("value"), "what was typed stays");
            browser.screenshot("80-contract-refused-zh");
            browser.type("#contract-amount input", "250000");
            browser.click("#contract-save");
            browser.waitUntil("contract page", 30, d -> browser.present("#contract-page") && browser.present("#contract-submit"));
            assertEquals("草稿", browser.find("#contract-status").getText());
            String page = browser.currentUrl();
            assertTrue(page.matches(".*/contract/contracts/\\d+$"), page);
            browser.screenshot("81-contract-draft-zh");
            browser.assertEveryControlNamed("contract-draft-zh");

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
            browser.waitUntil("pending", 20, d -> browser.find("#contract-status").getText().equals("审批中"));
            assertFalse(browser.present("#contract-edit"), "no editing while in approval");
            approveFirstWaiting(lead);
            approveFirstWaiting(finance);

            // approved: the rep signs it
            browser.go(page);
            browser.waitUntil("approved", 30, d -> browser.present("#contract-sign"));
            assertEquals("已审批", browser.find("#contract-status").getText());
            browser.click("#contract-sign");
            browser.waitUntil("signed", 20, d -> browser.find("#contract-status").getText().equals("已签约"));
            assertFalse(browser.find("#contract-fact-customer-signed").getText().isEmpty());
            browser.screenshot("82-contract-signed-zh");
            browser.click("#contract-close");
            browser.waitUntil("listed as signed", 30, d -> browser.texts("#contracts-grid vaadin-grid-cell-content").contains("已签约")
                    && browser.texts("#contracts-grid vaadin-grid-cell-content").contains("五轴加工中心采购合同"));
            assertTrue(browser.texts("#contracts-grid vaadin-grid-cell-content").contains("250,000.00 CNY"));
            browser.screenshot("83-contracts-list-zh");
        }
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
