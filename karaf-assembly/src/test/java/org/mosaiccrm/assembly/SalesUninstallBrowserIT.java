package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A sales manager in Chinese wins one opportunity and forecasts another for this month, sets a
 * quota and reads the forecast, the funnel and the home widgets. While the forecast page is open the
 * sales module is uninstalled: the manager is sent home with a notice, the sales menus, customer
 * tabs and widgets are gone and the customer core keeps working. Reinstalled, everything is back
 * with the data: the quota, both opportunities, the figures.
 */
@ResourceLock(BrowserTestSupport.MODULES)
class SalesUninstallBrowserIT extends BrowserTestSupport {

    private static final String CUSTOMER = "无锡华光电气有限公司";

    @Test
    void uninstallingSalesUnderAnOpenForecastLeavesTheCoreWorkingAndReinstallingBringsItAllBack() throws Exception {
        crm.install("mosaic-sales");
        browser.signInAsNewUser(crm, "qian", "Sales manager");
        browser.waitUntil("sales module active", 90, d -> crm.moduleActive("sales"));
        browser.select("#language-switch", "简体中文");
        awaitMenu("销售预测");

        // one opportunity won, one expected to close today
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
        browser.assertEveryControlNamed("customers-zh");
        browser.click("#customer-new");
        browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
        browser.assertEveryControlNamed("customer-dialog-zh");
        browser.type("#customer-name input", CUSTOMER);
        browser.click("#customer-save");
        browser.waitUntil("saved", 20, d -> !browser.present("#customer-name"));
        openCustomerTab("商机");
        newOpportunity("配电柜改造", "300000", null);
        newOpportunity("变电站巡检系统", "200000", LocalDate.now().toString());
        browser.go(crm.url("/sales/opportunities"));
        browser.waitUntil("board", 30, d -> browser.texts("#stage-qualify .opportunity-card").size() == 2);
        browser.assertEveryControlNamed("board-zh");
        browser.clickText("#stage-qualify .opportunity-card span", "配电柜改造");
        browser.waitUntil("details", 20, d -> browser.present("#opportunity-win"));
        assertEquals(CUSTOMER, browser.find("#opportunity-customer-link").getText(), "the details name the customer");
        browser.assertEveryControlNamed("opportunity-details-zh");
        browser.click("#opportunity-win");
        browser.waitUntil("won", 20, d -> String.join(" ", browser.texts("vaadin-notification-card")).contains("配电柜改造：赢单"));

        // a quota, then the forecast: won 300,000 of 500,000; weighted 300,000 + 200,000 × 10 %
        browser.go(crm.url("/sales/forecast"));
        browser.waitUntil("forecast", 30, d -> browser.present("#forecast-quotas"));
        browser.click("#forecast-quotas");
        browser.waitUntil("quota dialog", 20, d -> browser.present(".quota-row .quota-amount"));
        browser.type(".quota-row .quota-amount input", "-1");
        browser.click("#quota-save");
        browser.waitUntil("negative quota refused", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("销售目标须为 0 或以上"));
        browser.find(".quota-row .quota-amount input").clear();
        browser.type(".quota-row .quota-amount input", "500000");
        browser.screenshot("70-sales-quota-zh");
        browser.click("#quota-save");
        browser.waitUntil("forecast with the quota", 20, d -> gridShows("500,000.00 CNY"));
        assertTrue(gridShows("300,000.00 CNY · 60%"), "won, 60 % of the quota");
        assertTrue(gridShows("200,000.00 CNY · 1"), "one open, expected today");
        assertTrue(gridShows("320,000.00 CNY"), "weighted");
        // the chart beside the table: drawn, described to screen readers in Chinese; a bar picks its row
        browser.waitUntil("chart drawn in Chinese", 30, d -> browser.present("#forecast-chart[data-drawn] canvas")
                && String.valueOf(browser.find("#forecast-chart").getAttribute("aria-label"))
                        .contains("这是一个关于“销售预测与销售目标对比（CNY）”的图表"));
        String described = browser.find("#forecast-chart").getAttribute("aria-label");
        assertTrue(described.contains("销售目标") && described.contains("已赢单") && described.contains("500000"), described);
        browser.clickChartBar("#forecast-chart", 0, 0);
        browser.waitUntil("the bar's row picked", 20, d -> Long.valueOf(1).equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return arguments[0].selectedItems.length", browser.find("#forecast-grid"))));
        browser.waitUntil("funnel", 20, d -> browser.find("#funnel-outcome").getText().contains("赢单率 100%"));
        assertTrue(browser.texts(".funnel-stage .funnel-reached").contains("到达 2 个"));
        browser.screenshot("71-sales-forecast-zh");
        browser.assertEveryControlNamed("forecast-zh");

        browser.go(crm.url("/"));
        browser.waitUntil("forecast widget", 30, d -> browser.present("#forecast-widget"));
        assertTrue(browser.find("#forecast-widget").getText().contains("已完成 60%"), browser.find("#forecast-widget").getText());
        assertTrue(browser.find("#winrate-widget").getText().contains("赢单率 100%"), browser.find("#winrate-widget").getText());
        browser.waitUntil("pipeline chart drawn in Chinese", 30, d -> browser.present("#pipeline-chart[data-drawn] canvas")
                && String.valueOf(browser.find("#pipeline-chart").getAttribute("aria-label")).contains("这是一个关于“按阶段（CNY）”的图表"));
        browser.screenshot("72-sales-home-widgets-zh");
        browser.assertEveryControlNamed("home-zh");

        // uninstalled under the open forecast page
        browser.go(crm.url("/sales/forecast"));
        browser.waitUntil("forecast again", 30, d -> browser.present("#forecast-grid"));
        crm.uninstall("mosaic-sales");
        // home and the notice come in one push; seen together, or the notice's ten seconds may pass on a busy machine
        browser.waitUntil("sent home with a notice when the module goes", 90, d -> browser.present("#home-view")
                && String.join(" ", browser.texts("vaadin-notification-card")).contains("已被卸载"));
        browser.waitUntil("sales menus gone", 30, d -> !browser.texts("vaadin-side-nav-item").contains("销售预测"));
        assertFalse(browser.texts("vaadin-side-nav-item").contains("商机"));
        browser.screenshot("73-sales-uninstalled-zh");
        browser.go(crm.url("/"));
        browser.waitUntil("home", 30, d -> browser.present("#home-view"));
        assertFalse(browser.present("#forecast-widget") || browser.present("#pipeline-widget") || browser.present("#winrate-widget"),
                "sales widgets gone");
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
        browser.click("#customer-new");
        browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
        browser.type("#customer-name input", "宁德新能精工有限公司");
        browser.click("#customer-save");
        browser.waitUntil("the core still saves customers", 20,
                d -> browser.texts("#customers-grid vaadin-grid-cell-content").contains("宁德新能精工有限公司"));
        browser.openCustomer(CUSTOMER);
        assertFalse(browser.texts("vaadin-tab").contains("商机"), "the sales tabs are gone");

        // a follow-up date that is no date refuses the save, naming the field, and nothing typed is lost
        browser.type("#interaction-summary textarea", "电话回访，约定演示");
        browser.type("#interaction-follow-up input", "13/45/2026" + org.openqa.selenium.Keys.ENTER);
        browser.click("#interaction-save");
        browser.waitUntil("unreadable date refused", 20, d -> String.join(" ",
                browser.texts("#interaction-follow-up [slot='error-message']")).contains("下次跟进日期：不是有效日期"));
        assertEquals("电话回访，约定演示", browser.find("#interaction-summary textarea").getAttribute("value"), "summary kept");
        assertFalse(browser.texts(".timeline-summary").contains("电话回访，约定演示"), "nothing recorded");
        browser.screenshot("73a-follow-up-unreadable-zh");
        browser.assertEveryControlNamed("customer-360-zh");
        // typed the Chinese way it is understood, and shown as every date is
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        browser.type("#interaction-follow-up input", tomorrow.getYear() + "年" + tomorrow.getMonthValue() + "月"
                + tomorrow.getDayOfMonth() + "日" + org.openqa.selenium.Keys.ENTER);
        browser.waitUntil("date read", 20, d -> tomorrow.toString().equals(browser.find("#interaction-follow-up input").getAttribute("value")));
        browser.click("#interaction-save");
        browser.waitUntil("recorded with its follow-up", 20, d -> String.join(" ", browser.texts("#timeline-entries p"))
                .contains("(" + tomorrow + ")"));

        // a bookmark of the uninstalled module's page, and a mistyped address, in the application's layout
        browser.go(crm.url("/sales/opportunities"));
        browser.waitUntil("page not available", 30, d -> browser.present("#page-not-found-reason"));
        assertTrue(browser.find("#page-not-found-reason").getText().contains("“Sales”，该模块未安装"),
                browser.find("#page-not-found-reason").getText());
        assertTrue(browser.texts("vaadin-side-nav-item").contains("首页"), "the menu is there");
        browser.screenshot("73b-page-of-uninstalled-module-zh");
        browser.go(crm.url("/customerz/list"));
        browser.waitUntil("no such page", 30, d -> browser.present("#page-not-found-reason")
                && browser.find("#page-not-found-reason").getText().contains("此地址没有对应的页面"));
        browser.click("#page-not-found-home");
        browser.waitUntil("home again", 30, d -> browser.present("#home-view"));
        // an address nobody has is no fault: nothing about routes or navigation at ERROR (the push connection's
        // own ERROR lines when a page is left during a long poll are Atmosphere's, and harmless)
        assertEquals(java.util.List.of(), crm.bootProblems().stream().filter(line -> line.contains("| ERROR |")
                && (line.toLowerCase(java.util.Locale.ROOT).contains("route")
                        || line.toLowerCase(java.util.Locale.ROOT).contains("navigat"))).toList(),
                "nothing logged at ERROR for the pages nobody has");

        // reinstalled under an open customer page: its sales tabs come back without reopening it
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
        browser.openCustomer(CUSTOMER);
        crm.install("mosaic-sales");
        browser.waitUntil("sales module active again", 90, d -> crm.moduleActive("sales"));
        browser.waitUntil("the open customer page shows the sales tabs again", 60,
                d -> browser.texts("vaadin-tab").contains("商机"));
        awaitMenu("销售预测");
        browser.go(crm.url("/sales/forecast"));
        browser.waitUntil("the quota and figures kept", 30, d -> gridShows("500,000.00 CNY") && gridShows("300,000.00 CNY · 60%"));
        browser.go(crm.url("/"));
        browser.waitUntil("widgets back", 30, d -> browser.present("#forecast-widget") && browser.present("#winrate-widget"));
        browser.go(crm.url("/customers"));
        browser.waitUntil("customer list", 30, d -> browser.present("#customer-new"));
        openCustomerTab("商机");
        browser.waitUntil("both opportunities kept", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content")
                .containsAll(java.util.List.of("配电柜改造", "变电站巡检系统")));
        browser.screenshot("74-sales-reinstalled-zh");

        browser.select("#language-switch", "English");
        // the switch reloads the page; going on before it has would land on the page reloaded
        browser.waitUntil("English menu", 30, d -> browser.texts("vaadin-side-nav-item").contains("Forecast"));
        browser.go(crm.url("/sales/forecast"));
        browser.waitUntil("English forecast", 30, d -> browser.texts("#forecast-view h2").contains("Forecast"));
        browser.waitUntil("figures", 20, d -> gridShows("500,000.00 CNY"));
        browser.waitUntil("chart drawn in English", 30, d -> browser.present("#forecast-chart[data-drawn] canvas")
                && String.valueOf(browser.find("#forecast-chart").getAttribute("aria-label"))
                        .contains("This is a chart about \"Forecast against quota (CNY)\""));
        browser.screenshot("75-sales-forecast-en");
    }

    private void awaitMenu(String entry) throws InterruptedException {
        browser.waitUntilShownOnReload("menu " + entry, 60, crm.url("/"), d -> browser.texts("vaadin-side-nav-item").contains(entry));
    }

    private void openCustomerTab(String tab) throws InterruptedException {
        browser.openCustomer(CUSTOMER);
        browser.clickText("vaadin-tab", tab);
        browser.waitUntil(tab + " tab", 20, d -> browser.present("#customer-opportunity-new"));
    }

    private void newOpportunity(String name, String amount, String expectedClose) throws InterruptedException {
        browser.click("#customer-opportunity-new");
        browser.waitUntil("opportunity dialog", 20, d -> browser.present("#opportunity-name"));
        browser.type("#opportunity-name input", name);
        browser.type("#opportunity-amount input", amount);
        if (expectedClose != null) {
            browser.setProperty("#opportunity-close", "value", expectedClose);
        }
        browser.click("#opportunity-save");
        browser.waitUntil("created", 20, d -> browser.texts("#customer-opportunities-grid vaadin-grid-cell-content").contains(name));
    }

    private boolean gridShows(String text) {
        return browser.texts("#forecast-grid vaadin-grid-cell-content").contains(text);
    }
}
