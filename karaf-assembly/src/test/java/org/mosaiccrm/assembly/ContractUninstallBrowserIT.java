package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A contract manager (a rep too) in Chinese adds a contract type and drafts a contract of it with a payment plan;
 * while its page is open the contract module is uninstalled: the user is sent home with a notice, the
 * contracts' menu, customer tab and widget are gone, the customer core keeps working. Reinstalled, the
 * contract is back as it was, its type and plan included.
 */
// a CRM of its own: the other classes keep working on the shared one while contracts come and go here
@OwnCrm
class ContractUninstallBrowserIT extends BrowserTestSupport {

    private static final String CUSTOMER = "绍兴鉴湖纺织机械有限公司";

    @Test
    void uninstallingContractsUnderAnOpenContractSendsTheUserHomeAndReinstallingBringsItBack() throws Exception {
        crm.install("mosaic-contract");
        browser.signInAsNewUser(crm, "htzhou", "Sales rep", "Contract manager");
        browser.waitUntil("contract module active", 90, d -> crm.moduleActive("contract"));
        browser.switchLanguage(crm, "简体中文", "合同");

        browser.createCustomer(crm, CUSTOMER);

        // the types are the administrator's list: a new one, refused once as a name already taken
        browser.go(crm.url("/contract/contracts"));
        browser.waitUntil("contracts", 30, d -> browser.present("#contract-types"));
        browser.click("#contract-types");
        browser.waitUntil("types dialog", 20, d -> browser.present("#contract-type-new-name"));
        browser.type("#contract-type-new-name input", "服务合同");
        browser.click("#contract-type-add");
        browser.waitUntil("a name taken is refused beside it", 20, d -> String.join(" ",
                browser.texts("#contract-type-new-name [slot='error-message']")).contains("已有名为“服务合同”的合同类型"));
        browser.type("#contract-type-new-name input", "设备租赁合同");
        browser.click("#contract-type-add");
        browser.waitUntil("added", 20, d -> browser.present("#contract-types-grid [id^='contract-type-name-custom-']"));
        browser.screenshot("88a-contract-types-zh");
        browser.assertEveryControlNamed("contract-types-zh");
        browser.click("#contract-types-close");
        browser.click("#contract-new");
        browser.waitUntil("contract dialog", 20, d -> browser.present("#contract-title"));
        browser.type("#contract-title input", "剑杆织机维保合同");
        browser.choose("#contract-customer", "绍兴鉴湖", CUSTOMER);
        browser.select("#contract-type", "设备租赁合同");
        browser.type("#contract-amount input", "86000");
        browser.setProperty("#contract-start", "value", LocalDate.now().toString());
        browser.setProperty("#contract-end", "value", LocalDate.now().plusYears(1).toString());
        browser.click("#contract-save");
        browser.waitUntil("contract page", 30, d -> browser.present("#contract-page") && browser.present("#contract-instalment-add"));
        String page = browser.currentUrl();
        browser.click("#contract-instalment-add");
        browser.waitUntil("instalment dialog", 20, d -> browser.present("#instalment-amount"));
        browser.setProperty("#instalment-due-date", "value", LocalDate.now().plusMonths(6).toString());
        browser.type("#instalment-amount input", "86000");
        browser.click("#instalment-save");
        browser.waitUntil("planned", 20, d -> !browser.present("#instalment-dialog")
                && browser.shownText("#contract-collection").startsWith("计划回款 86,000.00 CNY"));

        // uninstalled under the open contract page
        crm.uninstall("mosaic-contract");
        // home and the notice come in one push; seen together, or the notice's ten seconds may pass on a busy machine
        browser.waitUntil("sent home with a notice when the module goes", 90, d -> browser.present("#home-view")
                && String.join(" ", browser.texts("vaadin-notification-card")).contains("已被卸载"));
        browser.waitUntil("contract menus gone", 30, d -> !browser.texts("vaadin-side-nav-item").contains("回款计划到期"));
        assertFalse(browser.texts("vaadin-side-nav-item").contains("账龄分析"));
        assertFalse(browser.present("#contracts-attention-widget"), "the contracts' widget is gone");
        browser.screenshot("88-contract-uninstalled-zh");
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
        browser.clickText("#customers-grid vaadin-grid-cell-content", CUSTOMER);
        browser.waitUntil("customer 360 without the contracts tab", 20, d -> browser.present("#customer-timeline"));
        assertFalse(browser.texts("vaadin-tab").contains("合同"), "the contracts tab is gone");
        browser.go(page);
        browser.waitUntil("the contract's page is not there", 30, d -> browser.present("#page-not-found-reason"));

        // reinstalled: the contract is back as it was
        crm.install("mosaic-contract");
        browser.waitUntil("contract module active again", 90, d -> crm.moduleActive("contract"));
        browser.waitUntilShownOnReload("the contract's page back", 60, page, d -> browser.present("#contract-page")
                && browser.shownText("#contract-collection").startsWith("计划回款 86,000.00 CNY"));
        assertEquals("草稿", browser.shownText("#contract-status").strip());
        assertEquals("设备租赁合同", browser.shownText("#contract-fact-type"), "its type kept");
        assertTrue(browser.texts("#contract-instalments vaadin-grid-cell-content").contains(LocalDate.now().plusMonths(6).toString()),
                "its plan kept");
        browser.screenshot("89-contract-reinstalled-zh");
    }
}
