package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The user administrator installs a module on the Modules page and uninstalls it again in
 * Chinese, each after a confirmation that says what will happen; the core cannot be removed.
 */
class ModulesBrowserIT extends BrowserTestSupport {

    @Test
    void anAdministratorInstallsAndUninstallsAModuleAfterConfirming() {
        browser.signInAsAdministrator(crm);
        browser.go(crm.url("/admin/modules"));
        browser.waitUntil("modules page", 30, d -> browser.present("#module-install-example-notes"));
        assertFalse(browser.present("#module-uninstall-customer"), "the core offers no uninstall");
        assertTrue(String.join(" ", browser.texts("#modules-grid vaadin-grid-cell-content")).contains("core, always installed"));
        browser.screenshot("30-modules-en");

        browser.click("#module-install-example-notes");
        browser.waitUntil("install plan", 20, d -> browser.present("#module-confirm"));
        assertTrue(browser.find("#module-plan-explain").getText().contains("appear for users"));
        browser.click("#module-confirm");
        browser.waitUntil("installed", 90, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("Module example-notes installed."));
        browser.waitUntil("listed as installed", 30, d -> browser.present("#module-uninstall-example-notes"));
        browser.go(crm.url("/admin/modules"));
        browser.waitUntil("what the module adds is listed", 30, d -> String.join(" | ",
                browser.texts("#modules-grid vaadin-grid-cell-content")).contains("1 page(s), search, 1 metric(s)"));
        browser.screenshot("30b-module-installed-en");

        browser.click("#language-switch");
        browser.clickText("vaadin-select-item", "简体中文");
        browser.waitUntil("Chinese modules page", 30, d -> browser.texts("#modules-view h2").contains("模块管理"));
        browser.click("#module-uninstall-example-notes");
        browser.waitUntil("uninstall plan", 20, d -> browser.present("#module-confirm"));
        assertTrue(browser.find("#module-plan-explain").getText().contains("数据保留在数据库中"));
        browser.screenshot("31-module-uninstall-zh");
        browser.click("#module-confirm");
        browser.waitUntil("uninstalled", 90, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("模块 example-notes 已卸载，数据已保留。"));
        browser.waitUntil("offered again", 30, d -> browser.present("#module-install-example-notes"));
        browser.screenshot("32-modules-zh");
    }
}
