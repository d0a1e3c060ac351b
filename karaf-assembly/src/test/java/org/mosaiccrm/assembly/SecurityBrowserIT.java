package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Login, logout, lockout, record scope by typed route and disabling a user, in Debian's Chromium
 * against the built assembly, as the people involved would do it. On a CRM of its own: on the shared
 * one the users page redraws its rows as other classes add users, and sign-in failures from the
 * tests' one address count against the address.
 */
@OwnCrm
class SecurityBrowserIT extends BrowserTestSupport {

    @Test
    void everyRouteNeedsALoginAndSignOutEndsTheSession() {
        browser.go(crm.url("/customers"));
        browser.waitUntil("sent to the login page", 30, d -> browser.present("#login-username"));
        browser.screenshot("10-login");
        browser.clickText("#language-switch a", "简体中文");
        browser.waitUntil("the sign-in page in Chinese", 20, d -> browser.texts("#login-submit").contains("登录")
                && browser.texts("label").contains("用户名"));
        browser.assertEveryControlNamed("sign-in page (zh)");
        browser.screenshot("10a-login-zh");
        browser.clickText("#language-switch a", "English");
        browser.waitUntil("the sign-in page in English", 20, d -> browser.texts("#login-submit").contains("Sign in"));
        browser.signInAsAdministrator(crm);
        browser.screenshot("10b-admin-home");
        browser.waitUntil("the administrator's menu", 30, d -> browser.texts("vaadin-side-nav-item").contains("Users"));
        assertFalse(browser.texts("vaadin-side-nav-item").contains("Customers"), "no business data for the admin");
        browser.go(crm.url("/customers"));
        browser.waitUntil("typed route refused: home with a notice", 30, d -> browser.present("#home-view")
                && String.join(" ", browser.texts("vaadin-notification-card")).contains("permission"));
        browser.signOut();
        browser.go(crm.url("/admin/users"));
        browser.waitUntil("signed out: login again", 30, d -> browser.present("#login-username"));
    }

    @Test
    void aRepCannotOpenAnotherRepsCustomerByTypingItsRoute() {
        browser.signInAsAdministrator(crm);
        browser.waitUntil("home", 30, d -> browser.present("#home-view"));
        assertFalse(browser.present("#global-search") && browser.find("#global-search").isDisplayed(),
                "the user administrator may search nothing: no search box");
        String annLink = browser.createUser(crm, "ann", "Ann 安", "Sales rep");
        String benLink = browser.createUser(crm, "ben", "Ben 本", "Sales rep");
        browser.signOut();

        browser.signInWithLink(crm, "ann", annLink, "ann passphrase");
        browser.waitUntil("search box offered to a rep", 30, d -> browser.present("#global-search")
                && browser.find("#global-search").isDisplayed());
        assertTrue(browser.find("#global-search").getAttribute("placeholder").contains("Customers"),
                browser.find("#global-search").getAttribute("placeholder"));
        browser.go(crm.url("/customers"));
        browser.waitUntil("customers view", 30, d -> browser.present("#customers-view"));
        browser.click("#customer-new");
        browser.waitUntil("new customer dialog", 10, d -> browser.present("#customer-name"));
        browser.type("#customer-name input", "安娜贸易有限公司");
        browser.click("#customer-save");
        browser.clickText("#customers-grid vaadin-grid-cell-content", "安娜贸易有限公司");
        browser.waitUntil("customer 360", 20, d -> browser.present("#customer-360 h2"));
        String route = browser.currentUrl().substring(browser.currentUrl().indexOf("/customers/"));
        browser.signOut();
        // a link to the record opened while signed out leads to it once signed in
        browser.go(crm.url(route));
        browser.waitUntil("sign-in page for the link", 30, d -> browser.present("#login-username"));
        browser.type("#login-username", "ann");
        browser.type("#login-password", "ann passphrase");
        browser.click("#login-submit");
        browser.waitUntil("the linked customer after signing in", 30, d -> browser.present("#customer-360 h2")
                && String.join(" ", browser.texts("#customer-360 h2")).contains("安娜贸易有限公司"));
        browser.signOut();

        browser.signInWithLink(crm, "ben", benLink, "ben passphrase");
        browser.go(crm.url(route));
        browser.waitUntil("refused", 30, d -> browser.present("#customer-missing"));
        String outOfScope = String.join(" ", browser.texts("#customer-360"));
        assertFalse(outOfScope.contains("安娜贸易"), "nothing of the record shown");
        browser.screenshot("11-record-denied");
        // a number nobody has: the very same page, so no number tells whether a record exists
        browser.go(crm.url("/customers/999999999"));
        browser.waitUntil("not found", 30, d -> browser.present("#customer-missing"));
        assertEquals(outOfScope, String.join(" ", browser.texts("#customer-360")));
        browser.signOut();
    }

    /**
     * Issue 24.1: the user administrator cannot give himself a role, and a user he makes with a
     * business role sees no business data until a second person approves — never he himself.
     */
    @Test
    void theAdministratorGetsNoBusinessDataHimselfNorThroughASockPuppet() {
        browser.signInAsAdministrator(crm);
        browser.go(crm.url("/admin/users"));
        browser.waitUntil("users", 30, d -> browser.present("#user-edit-admin"));
        browser.click("#user-edit-admin");
        browser.waitUntil("user dialog", 10, d -> browser.present("#user-roles"));
        browser.chooseRole("Contract manager");
        browser.click("#user-save");
        browser.waitUntil("refused, said on the roles", 20, d -> String.join(" ",
                browser.texts("#user-roles [slot='error-message']")).contains("You cannot give yourself a role."));
        browser.screenshot("13-no-self-grant");

        String spyLink = browser.createUserAsked(crm, "spy1", "Spy", "Contract manager");
        browser.go(crm.url("/admin/users"));
        browser.waitUntil("the role waits for approval", 30, d -> browser.present("#role-approve-spy1-contract-manager"));
        browser.screenshot("13b-waiting-for-approval");
        // the same list in Chinese, then back
        browser.select("#language-switch", "简体中文");
        browser.waitUntil("Chinese users page", 30, d -> browser.present("#role-approve-spy1-contract-manager")
                && String.join(" ", browser.texts("#users-view, h2, h3")).contains("等待另一位管理员审批的业务角色"));
        browser.screenshot("13b-waiting-for-approval-zh");
        browser.select("#language-switch", "English");
        browser.waitUntil("English again", 30, d -> browser.present("#role-approve-spy1-contract-manager")
                && String.join(" ", browser.texts("h2, h3")).contains("Business roles waiting"));
        browser.click("#role-approve-spy1-contract-manager");
        browser.waitUntil("not by the one who asked", 20, d -> String.join(" ", browser.texts("vaadin-notification-card"))
                .contains("Another administrator must decide"));
        // the administrator has a link, no password, and the link refuses his signed-in browser
        assertTrue(spyLink.startsWith(crm.url("/set-password?key=")), spyLink);
        browser.go(spyLink);
        browser.waitUntil("refused while signed in", 30, d -> browser.present("#password-link-message"));
        assertTrue(browser.find("#password-link-message").getText().contains("You are signed in as admin"),
                browser.find("#password-link-message").getText());
        assertFalse(browser.present("#password-link-new"), "no form");
        browser.screenshot("13c-link-refused-signed-in");
        browser.go(crm.url("/"));
        browser.waitUntil("home", 30, d -> browser.present("#home-view"));
        browser.signOut();

        browser.signInWithLink(crm, "spy1", spyLink, "spy1 passphrase");
        assertFalse(browser.texts("vaadin-side-nav-item").contains("Customers"), "no business data before approval");
        browser.go(crm.url("/customers"));
        browser.waitUntil("refused: home", 30, d -> browser.present("#home-view"));
        browser.signOut();
    }

    /**
     * Issue 24.1: a new user's first password reaches that user, not the administrator: the user
     * chooses it on the link's page, in their language; whoever comes second with the link is told
     * it was used; a password reset gives a new link.
     */
    @Test
    void aNewUserChoosesTheirOwnPasswordWithTheLinkInChinese() {
        browser.signInAsAdministrator(crm);
        browser.go(crm.url("/admin/users"));
        browser.waitUntil("users", 30, d -> browser.present("#user-new"));
        String link = browser.createUser(crm, "lin", "林 Lin", "Sales rep");
        browser.signOut();
        try {
            browser.go(link + "&lang=zh-CN");
            browser.waitUntil("the link's page", 30, d -> browser.present("#password-link-new"));
            assertTrue(browser.find("#password-link-for").getText().contains("请设置您以 lin 登录时使用的密码"),
                    browser.find("#password-link-for").getText());
            browser.screenshot("14-password-link-zh");

            browser.type("#password-link-new", "linlinlin");
            browser.type("#password-link-repeat", "linlinlin");
            browser.click("#password-link-save");
            browser.waitUntil("a weak password refused", 30, d -> browser.present("#password-link-error"));
            assertTrue(browser.find("#password-link-error").getText().contains("密码"), browser.find("#password-link-error").getText());
            browser.type("#password-link-new", "林的新密码足够长");
            browser.type("#password-link-repeat", "林的新密码不一样");
            browser.click("#password-link-save");
            browser.waitUntil("the two differ", 30, d -> browser.present("#password-link-error")
                    && browser.find("#password-link-error").getText().equals("两次输入的新密码不一致。"));
            browser.screenshot("14b-password-link-mismatch-zh");
            browser.type("#password-link-new", "林的新密码足够长");
            browser.type("#password-link-repeat", "林的新密码足够长");
            browser.click("#password-link-save");
            browser.waitUntil("set", 30, d -> browser.present("#password-link-sign-in"));
            assertEquals("密码已设置，请立即用它登录。", browser.find("#password-link-message").getText());
            browser.screenshot("14c-password-set-zh");
            browser.click("#password-link-sign-in");
            browser.waitUntil("sign-in page", 30, d -> browser.present("#login-username"));
            browser.signIn(crm, "lin", "林的新密码足够长", "林的新密码足够长");
            assertTrue(browser.present("#home-view"), "signed in with the password only lin knows");
            browser.signOut();

            browser.go(link);
            browser.waitUntil("a second use", 30, d -> browser.present("#password-link-message"));
            assertTrue(browser.find("#password-link-message").getText().startsWith("此链接已被使用"),
                    browser.find("#password-link-message").getText());
            assertFalse(browser.present("#password-link-new"), "no form");
            browser.click("#language-switch a[lang='en']");
            browser.waitUntil("in English", 30, d -> browser.present("#password-link-message")
                    && browser.find("#password-link-message").getText().startsWith("This link has already been used."));
            browser.screenshot("14d-password-link-used-en");
        } finally {
            browser.go(crm.url("/login?lang=en"));
        }

        browser.signInAsAdministrator(crm);
        browser.go(crm.url("/admin/users"));
        browser.waitUntil("users", 30, d -> browser.present("#users-filter"));
        // many users by now (every test class makes some): found by typing part of the name, as a person does
        browser.type("#users-filter input", "林");
        browser.waitUntil("found", 30, d -> browser.present("#user-reset-lin")
                && !browser.texts("#users-grid vaadin-grid-cell-content").contains("admin"));
        browser.clickUntil("#user-reset-lin", "a new link", 30, d -> browser.present("#user-password-link"));
        String reset = browser.find("#user-password-link").getAttribute("value");
        assertTrue(reset.startsWith(crm.url("/set-password?key=")) && !reset.equals(link), reset);
        assertTrue(browser.find("#user-password-link-text").getText().contains("you will not know it"),
                browser.find("#user-password-link-text").getText());
        browser.screenshot("14e-reset-link");
        browser.click("#user-password-link-close");
        browser.signOut();
        browser.submitLogin(crm, "lin", "林的新密码足够长");
        browser.waitUntil("the old password ends with the reset", 30,
                d -> !String.join("", browser.texts("#login-error")).isEmpty());
    }

    /** Issue 24.2: the auditor's "Verify chain" shows the chain's head, to be written down elsewhere. */
    @Test
    void theAuditorSeesTheChainsHeadAfterVerifying() {
        browser.signInAsNewUser(crm, "audra", "Auditor");
        browser.go(crm.url("/audit"));
        browser.waitUntil("audit page", 30, d -> browser.present("#audit-verify"));
        browser.click("#audit-verify");
        browser.waitUntil("verified", 30, d -> String.join("", browser.texts("#audit-verify-result")).startsWith("Intact"));
        String head = String.join("", browser.texts("#audit-head"));
        assertTrue(head.matches("Head: entry \\d+, hash [0-9a-f]{64} .*"), head);
        browser.screenshot("12-audit-head");
        browser.signOut();
    }

    /** Issue 24.4: the database, the log (once holding the one-time password) and every other file of the data folder are the owner's only. */
    @Test
    void filesOfTheDataFolderAreTheOwnersOnly() throws Exception {
        java.nio.file.Path data = crm.home().resolve("data");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(data)) {
            List<String> open = files.filter(java.nio.file.Files::isRegularFile).filter(f -> {
                try {
                    return java.nio.file.Files.getPosixFilePermissions(f).stream().anyMatch(p -> p.name().startsWith("GROUP")
                            || p.name().startsWith("OTHERS"));
                } catch (java.io.IOException e) {
                    return false; // gone meanwhile (a lock file)
                }
            }).map(f -> data.relativize(f).toString()).toList();
            assertEquals(List.of(), open, "files others may read");
        }
        assertTrue(java.nio.file.Files.exists(data.resolve("log/karaf.log")));
    }

    @Test
    void repeatedFailuresSlowDownAndLockTheAccount() throws Exception {
        browser.signOutIfSignedIn(crm); // whatever the test before left
        browser.go(crm.url("/login"));
        browser.waitUntil("login page", 30, d -> browser.present("#login-username"));
        // A person retrying at once: when the page asks to wait, wait as long as it says. Whatever the
        // machine's speed, the page must ask at least once, and the fifth checked failure locks.
        Pattern tryAgain = Pattern.compile("Try again in (\\d+) seconds?");
        boolean slowedDown = false;
        int refusedAsWrong = 0;
        String answer = "";
        for (int attempt = 0; attempt < 20 && !answer.contains("locked"); attempt++) {
            answer = failLogin("carl");
            Matcher wait = tryAgain.matcher(answer);
            if (wait.find()) {
                slowedDown = true;
                Thread.sleep(Long.parseLong(wait.group(1)) * 1000 + 300);
            } else if (!answer.contains("locked")) {
                assertEquals("Wrong user name or password.", answer);
                refusedAsWrong++;
            }
        }
        assertTrue(slowedDown, "repeated failures are slowed down");
        assertTrue(answer.contains("locked for 15 minutes"), "account locked for the configured time: " + answer);
        assertEquals(4, refusedAsWrong, "the fifth checked failure locks");
        browser.screenshot("12-locked");
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtOnce() {
        try (Browser admin = Browser.open()) {
            admin.signInAsAdministrator(crm);
            String link = admin.createUser(crm, "dora", "Dora", "Sales rep");
            browser.signInWithLink(crm, "dora", link, "dora passphrase");
            browser.go(crm.url("/customers"));
            browser.waitUntil("working", 30, d -> browser.present("#customers-view"));
            admin.go(crm.url("/admin/users"));
            admin.waitUntil("users", 30, d -> admin.present("#users-filter"));
            admin.type("#users-filter input", "dora");
            admin.waitUntil("found", 30, d -> admin.present("#user-toggle-dora")
                    && !admin.texts("#users-grid vaadin-grid-cell-content").contains("admin"));
            admin.clickUntil("#user-toggle-dora", "dora disabled", 30, d -> admin.texts("#users-grid vaadin-grid-cell-content")
                    .stream().anyMatch(cell -> cell.startsWith("Disabled")));
            browser.waitUntil("dora's open page is sent to the login page", 30, d -> browser.present("#login-username"));
        }
    }

    /** Sends a wrong password and returns the page's answer. */
    private String failLogin(String user) {
        String before = browser.present("#login-error[data-answer]")
                ? browser.find("#login-error").getAttribute("data-answer") : "";
        browser.type("#login-username", user);
        browser.type("#login-password", "wrong password " + System.nanoTime());
        browser.click("#login-submit");
        browser.waitUntil("answered", 10, d -> browser.present("#login-error[data-answer]")
                && !before.equals(browser.find("#login-error").getAttribute("data-answer")));
        return String.join(" ", browser.texts("#login-error"));
    }
}
