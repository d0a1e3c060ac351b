package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The sample vendor module as its users meet it: its KAR on the operator's trust list installs
 * from deploy/ on its own; the user administrator gives a role its permissions; a sales rep awards
 * loyalty points on a customer's page, sees them on the Loyalty points page and on the home page.
 */
@ResourceLock(BrowserTestSupport.MODULES)
class IsvModuleBrowserIT extends BrowserTestSupport {

    @Test
    void aRepAwardsLoyaltyPointsFromTheVendorModule() throws Exception {
        Path kar = Path.of(System.getProperty("mosaic.isv.kar"));
        String checksum = TestPackages.sha256(kar);
        Files.writeString(crm.home().resolve("etc/org.mosaiccrm.platform.modules.trust.config"),
                "checksums=[\"Loyalty sample 1.0.0 = " + checksum + "\"]\n", StandardCharsets.UTF_8);
        Thread.sleep(3000); // fileinstall reads etc/ every second; the trust list must be there first
        TestPackages.dropIntoDeployFolder(crm.home().resolve("deploy"), kar);

        browser.signInAsAdministrator(crm);
        browser.waitUntilShownOnReload("trusted package installed by itself", 90, crm.url("/admin/modules"),
                d -> browser.present("#module-uninstall-loyalty"));
        assertTrue(String.join(" ", browser.texts("#packages-grid vaadin-grid-cell-content")).contains("Checksum on the trust list"));
        browser.screenshot("40-isv-module-installed-en");

        browser.go(crm.url("/admin/roles"));
        browser.waitUntil("roles page", 30, d -> browser.present("#role-new"));
        browser.click("#role-new");
        browser.waitUntil("role dialog", 10, d -> browser.present("#role-code"));
        browser.type("#role-code input", "loyalty-rep");
        browser.type("#role-name input", "Loyalty rep");
        browser.select("#grant-customer-read", "Own");
        browser.select("#grant-customer-create", "Own");
        browser.select("#grant-loyalty-read", "Own");
        browser.select("#grant-loyalty-create", "Own");
        browser.click("#role-save");
        browser.waitUntil("role saved", 20, d -> !browser.present("#role-code"));
        browser.signOut();

        browser.signInAsNewUser(crm, "lina", "Loyalty rep");
        browser.createCustomer(crm, "Harbour Coffee Roasters");
        browser.openCustomer("Harbour Coffee Roasters");
        browser.clickText("vaadin-tab", "Loyalty points");
        browser.waitUntil("loyalty tab", 20, d -> browser.present("#loyalty-amount"));
        browser.type("#loyalty-amount input", "0");
        browser.type("#loyalty-reason input", "Nothing");
        browser.click("#loyalty-add");
        browser.waitUntil("zero refused, beside the points", 20, d -> String.join(" ",
                browser.texts("#loyalty-amount [slot='error-message']")).contains("Enter points other than 0"));
        browser.type("#loyalty-amount input", "120");
        browser.type("#loyalty-reason input", "Opening order");
        browser.click("#loyalty-add");
        browser.waitUntil("balance", 20, d -> browser.find("#loyalty-balance").getText().contains("Points balance: 120"));
        browser.screenshot("41-isv-customer-tab-en");

        browser.go(crm.url("/loyalty"));
        browser.waitUntil("loyalty page", 30, d -> String.join(" ", browser.texts("#loyalty-recent vaadin-grid-cell-content"))
                .contains("Harbour Coffee Roasters"));
        browser.screenshot("42-isv-page-en");
        browser.select("#language-switch", "简体中文");
        browser.waitUntil("Chinese page", 20, d -> browser.texts("vaadin-side-nav-item").contains("会员积分"));
        browser.go(crm.url("/"));
        browser.screenshot("43-isv-home-widget-zh");
        browser.waitUntil("home widget in Chinese", 30, d -> browser.present("#loyalty-widget")
                && browser.find("#loyalty-widget").getText().contains("您本月发放了 120 积分"));
        browser.screenshot("43-isv-home-widget-zh");
    }
}
