package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What a user sees in a real browser: the UI loads, switches to Chinese, and a module installed
 * while the page is open appears in the menu without a reload, opens, works, and when removed
 * sends the user home with a notice.
 */
@ResourceLock(BrowserTestSupport.MODULES)
class BrowserIT extends BrowserTestSupport {

    @Test
    void switchesLanguageAndOpensAViewOfAModuleInstalledWhileThePageIsOpen() throws Exception {
        browser.signInAsNewUser(crm, "liu", "Sales rep");
        browser.go(crm.url("/"));
        browser.waitUntil("home view", 30, d -> browser.present("#home-view"));
        browser.waitUntil("English menu", 10, d -> browser.texts("vaadin-side-nav-item").contains("Home"));
        browser.screenshot("01-home-en");

        browser.click("#language-switch");
        browser.clickText("vaadin-select-item", "简体中文");
        browser.waitUntil("Chinese menu", 20, d -> browser.texts("vaadin-side-nav-item").contains("首页"));
        assertTrue(browser.texts("#home-view h2").contains("首页"));
        browser.screenshot("02-home-zh");

        crm.install(NotesModule.FEATURE);
        browser.waitUntil("menu entry pushed into the open page", 60,
                d -> browser.texts("vaadin-side-nav-item").contains("便签"));
        browser.screenshot("03-module-installed-zh");

        browser.clickText("vaadin-side-nav-item", "便签");
        browser.waitUntil("notes view", 20, d -> browser.present("#notes-view"));
        assertTrue(browser.currentUrl().endsWith("/notes"), browser.currentUrl());
        browser.type("#note-text input", "客户张伟来电，询问报价");
        browser.click("#note-add");
        browser.waitUntil("note in the grid", 20,
                d -> browser.texts("#notes-grid vaadin-grid-cell-content").contains("客户张伟来电，询问报价"));
        browser.screenshot("04-notes-view-zh");

        browser.type("#global-search input", "客户张伟");
        browser.waitUntil("global search finds the note", 20,
                d -> browser.texts("vaadin-combo-box-item").stream().anyMatch(t -> t.contains("客户张伟来电，询问报价")));
        browser.screenshot("05-global-search-zh");
        browser.find("#global-search input").sendKeys(org.openqa.selenium.Keys.ESCAPE);

        browser.clickText("vaadin-side-nav-item", "首页");
        browser.waitUntil("dashboard shows the module's figure", 20,
                d -> browser.texts("#home-view h3").contains("便签数"));
        browser.clickText("vaadin-side-nav-item", "便签");
        browser.waitUntil("notes view again", 20, d -> browser.present("#notes-view"));

        crm.uninstall(NotesModule.FEATURE);
        browser.waitUntil("sent home with a notice when the module goes", 60, d -> browser.present("#home-view")
                && String.join(" ", browser.texts("vaadin-notification-card")).contains("已被卸载"));
        assertFalse(browser.texts("vaadin-side-nav-item").contains("便签"), "menu entry removed");
        browser.screenshot("06-module-removed-zh");
    }
}
