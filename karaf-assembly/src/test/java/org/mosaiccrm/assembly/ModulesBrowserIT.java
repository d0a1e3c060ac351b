package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The user administrator installs a module on the Modules page and uninstalls it again in
 * Chinese, each after a confirmation that says what will happen; the core cannot be removed. Then
 * uploads a module package from an unknown source, which waits until approved, and removes the
 * module's data on purpose.
 */
@OwnCrm
class ModulesBrowserIT extends BrowserTestSupport {

    @Test
    void anAdministratorInstallsAndUninstallsAModuleAfterConfirming() throws Exception {
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

        // A package from an unknown source waits for approval, then installs; the data goes only on purpose.
        String version = System.getProperty("mosaic.version", "0.1.0-SNAPSHOT");
        Path notesJar = crm.home().resolve("system/org/mosaiccrm/example-notes/" + version + "/example-notes-" + version + ".jar");
        Path kar = TestPackages.notesKar(Files.createDirectories(crm.home().resolve("test-packages")), "notes-0.2.0.kar",
                "0.2.0", TestPackages.notesBundle(notesJar.toUri().toString(), "0.2.0", org.mosaiccrm.assembly.shared.ModulePackagesIT.ADD_TABLE));
        String checksum = TestPackages.sha256(kar);
        browser.upload("#package-upload", kar);
        browser.waitUntil("waits for approval", 60, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("notes-0.2.0.kar 来源未知"));
        browser.waitUntil("approval offered", 30, d -> browser.present("#package-approve-" + checksum.substring(0, 12)));
        assertTrue(String.join(" ", browser.texts("#packages-grid vaadin-grid-cell-content")).contains("等待批准"));
        assertFalse(browser.present("#module-update-example-notes"), "nothing of the package is offered before approval");
        browser.screenshot("33-package-waiting-zh");
        browser.click("#package-approve-" + checksum.substring(0, 12));
        browser.waitUntil("approval dialog", 20, d -> browser.present("#package-approve-confirm"));
        assertTrue(browser.find("#package-approve-text").getText().contains(checksum.toUpperCase(Locale.ROOT)),
                "the dialog shows the checksum to compare");
        browser.screenshot("34-package-approve-zh");
        browser.click("#package-approve-confirm");
        browser.waitUntil("installed", 90, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("已安装：example-notes 0.2.0"));
        browser.waitUntil("listed as installed", 30, d -> browser.present("#module-uninstall-example-notes"));

        browser.click("#module-uninstall-example-notes");
        browser.waitUntil("uninstall plan", 20, d -> browser.present("#module-confirm"));
        browser.click("#module-confirm");
        browser.waitUntil("data removal offered", 90, d -> browser.present("#module-purge-example-notes"));
        browser.click("#module-purge-example-notes");
        browser.waitUntil("purge plan", 20, d -> browser.present("#module-confirm"));
        String purgePlan = browser.find("#module-plan-explain").getText();
        assertTrue(purgePlan.contains("先备份数据库") && purgePlan.contains("EXNOTES_LABEL"), purgePlan);
        browser.screenshot("35-module-purge-zh");
        browser.click("#module-confirm");
        browser.waitUntil("data removed", 90, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("模块 example-notes 的数据已删除"));
        browser.waitUntil("nothing left to remove", 30, d -> !browser.present("#module-purge-example-notes"));
    }
}
