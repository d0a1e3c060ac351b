package org.mosaiccrm.assembly;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download). Vaadin
 * renders menu items, grid cells and text-field inputs in the light DOM, so CSS selectors reach them.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    static Browser open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("mosaic.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,800", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("mosaic.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    void go(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Texts of the matching elements; empty while the page is re-rendering them. */
    List<String> texts(String css) {
        try {
            return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
        } catch (StaleElementReferenceException rerendered) {
            return List.of();
        } catch (org.openqa.selenium.WebDriverException detached) {
            // Chromium's form of staleness for a node removed between finding and reading it
            if (String.valueOf(detached.getMessage()).contains("does not belong to the document")) {
                return List.of();
            }
            throw detached;
        }
    }

    /** Whether an element matching {@code css} is shown (a hidden grid keeps its rows in the page). */
    boolean visible(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    void click(String css) {
        for (int attempt = 1;; attempt++) {
            try {
                // below the fold (a long form, a long grid): brought into view as a person would scroll to it; a
                // grid draws its rows anew as it scrolls, so what is clicked is what the selector finds after that
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})",
                        find(css));
                find(css).click();
                return;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException redrawn) {
                if (attempt == 5) {
                    throw redrawn;
                }
                sleep(200);
            }
        }
    }

    /**
     * Clicks {@code css} until {@code done}: a list that redraws itself while others work (the users
     * page as users are added) replaces its buttons, and a click on one just replaced is lost, so a
     * person clicks again.
     */
    void clickUntil(String css, String what, int seconds, Function<WebDriver, Boolean> done) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            if (present(css)) {
                click(css);
            }
            try {
                waitUntil(what, 5, done);
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    /** The text of {@code css}, scrolled to first: Selenium reads an element out of view as empty (a long page, a dialog). */
    String shownText(String css) {
        scrollTo(css);
        return find(css).getText();
    }

    /** Scrolls the element into view, as a person scrolls down a long page to read it. */
    void scrollTo(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", find(css));
    }

    /** The cells' texts of the first row of {@code grid} holding {@code rowText}, joined by " | "; empty when none does. */
    String rowText(String grid, String rowText) {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const grid = document.querySelector(arguments[0]);
                if (!grid) return '';
                for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const texts = [...row.querySelectorAll('slot')].flatMap(slot => slot.assignedElements()).map(cell => cell.textContent);
                    if (texts.join(' ').includes(arguments[1])) return texts.join(' | ');
                }
                return '';
                """, grid, rowText);
    }

    /**
     * Clicks, in the grid {@code grid}, the button whose id starts with {@code idPrefix} in the first row
     * showing {@code rowText}; false when no row shows it (yet). Grid cells are slotted into rows in the
     * grid's shadow DOM, so the row is found there.
     */
    boolean clickInRow(String grid, String rowText, String idPrefix) {
        WebElement button = (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const grid = document.querySelector(arguments[0]);
                if (!grid) return null;
                for (const row of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const cells = [...row.querySelectorAll('slot')].flatMap(slot => slot.assignedElements());
                    if (cells.map(cell => cell.textContent).join(' ').includes(arguments[1])) {
                        for (const cell of cells) {
                            const button = cell.querySelector('[id^="' + arguments[2] + '"]');
                            if (button) return button;
                        }
                    }
                }
                return null;
                """, grid, rowText, idPrefix);
        if (button == null) {
            return false;
        }
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button);
        button.click();
        return true;
    }

    /** Clicks the first element matching {@code css} whose text is {@code text}. */
    void clickText(String css, String text) {
        waitUntil("'" + text + "' in " + css, 20, d -> texts(css).contains(text));
        WebElement element = driver.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().strip().equals(text))
                .findFirst().orElseThrow();
        // out of view (a long list, a tab strip scrolled sideways on a phone): brought into view as a person would
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        element.click();
    }

    /**
     * Clicks the element {@code css} showing {@code text} until {@code done}: a grid that redraws its rows
     * (others adding records) can swallow a click, and a person would click again.
     */
    void clickTextUntil(String css, String text, String what, int seconds, Function<WebDriver, Boolean> done) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (!Boolean.TRUE.equals(done.apply(driver))) {
            try {
                clickText(css, text);
                waitUntil(what, 5, done);
                return;
            } catch (org.openqa.selenium.WebDriverException | java.util.NoSuchElementException notYet) {
                // not clicked, or the rows redrawn between finding and clicking (a filter narrowing the list)
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    /**
     * Opens customer {@code name}'s 360 page from the customer list on screen: the list narrowed to the
     * name first (where the filter shows), as a list of many customers shows the first rows only.
     */
    void openCustomer(String name) {
        waitUntil("customer list", 30, d -> present("#customers-grid"));
        if (visible("#customers-filter-text")) {
            type("#customers-filter-text input", name);
        }
        clickTextUntil("#customers-grid vaadin-grid-cell-content", name, "customer 360", 30, d -> present("#customer-timeline"));
    }

    /** Clicks the first element {@code css} whose text contains {@code text} (a card showing a name among other facts). */
    void clickContaining(String css, String text) {
        waitUntil("'" + text + "' in " + css, 20, d -> texts(css).stream().anyMatch(t -> t.contains(text)));
        WebElement element = driver.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().contains(text))
                .findFirst().orElseThrow();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
        element.click();
    }

    /**
     * Clicks the middle of a bar of the chart {@code css} (a platform Chart: ECharts draws on a canvas,
     * so the bar's place is asked of the chart, then the mouse goes there as a person's would).
     */
    void clickChartBar(String css, int seriesIndex, int dataIndex) {
        WebElement chart = find(css);
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).getModel().getSeriesByIndex(arguments[1])"
                        + ".getData().getItemLayout(arguments[2])", chart, seriesIndex, dataIndex);
        double x = ((Number) bar.get("x")).doubleValue() + ((Number) bar.get("width")).doubleValue() / 2;
        double y = ((Number) bar.get("y")).doubleValue() + ((Number) bar.get("height")).doubleValue() / 2;
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", chart);
        org.openqa.selenium.Rectangle box = chart.getRect();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(chart, (int) Math.round(x - box.getWidth() / 2.0), (int) Math.round(y - box.getHeight() / 2.0))
                .click().perform();
    }

    /** Closes the notices on the page, as waiting them out would (they close themselves after seconds). */
    void closeNotices() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
    }

    /** Creates a customer of {@code name} from the customer list, as a person does (only its name typed). */
    void createCustomer(RunningCrm crm, String name) {
        go(crm.url("/customers"));
        waitUntil("customer list", 30, d -> present("#customer-new"));
        click("#customer-new");
        waitUntil("new customer dialog", 10, d -> present("#customer-name"));
        type("#customer-name input", name);
        click("#customer-save");
        waitUntil("saved", 20, d -> !present("#customer-name"));
    }

    /** Types {@code text} into the field, anew if the page replaced the field meanwhile (a form drawn again). */
    void type(String css, String text) {
        for (int attempt = 1;; attempt++) {
            try {
                WebElement input = find(css);
                // a field below the fold of a dialog's scroller is not reached by WebDriver's own scrolling
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
                input.clear();
                input.sendKeys(text);
                return;
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    /** Gives a file to the upload component {@code css} (its file input lives in its shadow root). */
    void upload(String css, Path file) {
        find(css).getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Drags one element onto another with the HTML5 drag events Vaadin's drag and drop listens to
     * (WebDriver's own drag and drop does not fire them in Chromium).
     */
    void dragTo(String sourceCss, String targetCss) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const source = arguments[0], target = arguments[1], data = new DataTransfer();
                const fire = (element, type) => element.dispatchEvent(new DragEvent(type,
                        { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
                fire(source, 'dragstart');
                fire(target, 'dragenter');
                fire(target, 'dragover');
                fire(target, 'drop');
                fire(source, 'dragend');
                """, find(sourceCss), find(targetCss));
    }

    /**
     * Sets a property of a web component as its own input would (e.g. a date-time picker's value,
     * "2026-11-24T09:30"); the component fires its change event and Vaadin sends the value on.
     */
    void setProperty(String css, String property, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0][arguments[1]] = arguments[2];"
                + " arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", find(css), property, value);
    }

    /** Chooses {@code label} in the vaadin-select {@code css}. */
    void select(String css, String label) {
        click(css);
        // items of the open select only: other selects on the page keep their (closed) items too
        clickText("vaadin-select-overlay[opened] vaadin-select-item", label);
    }

    /** Types {@code filter} into the vaadin-combo-box {@code css} and picks the item {@code label} it offers. */
    void choose(String css, String filter, String label) {
        type(css + " input", filter);
        clickText("vaadin-combo-box-overlay[opened] vaadin-combo-box-item", label);
    }

    /**
     * Switches the UI to {@code label} and waits until the menu shows {@code menuText}; chosen again if a
     * choice made while the page was still settling after sign-in did not take.
     */
    void switchLanguage(RunningCrm crm, String label, String menuText) {
        for (int attempt = 1;; attempt++) {
            waitUntil("language switch", 30, d -> present("#language-switch"));
            select("#language-switch", label);
            try {
                waitUntilShownOnReload("menu in " + label, 20, crm.url("/"), d -> texts("vaadin-side-nav-item").contains(menuText));
                return;
            } catch (RuntimeException notTaken) {
                if (attempt == 3) {
                    throw notTaken;
                }
            }
        }
    }

    /** Makes an API token on the API tokens page as the signed-in user; returns its secret, shown this once. */
    String createApiToken(RunningCrm crm, String name, String... scopes) {
        go(crm.url("/api-tokens"));
        waitUntil("tokens page", 30, d -> present("#api-token-name"));
        type("#api-token-name input", name);
        chooseAll("#api-token-scopes", scopes);
        click("#api-token-create");
        waitUntil("token shown once", 20, d -> present("#api-token-secret"));
        String secret = find("#api-token-secret textarea").getAttribute("value");
        click("#api-token-done");
        waitUntil("token listed", 20, d -> texts("#api-tokens-grid vaadin-grid-cell-content").contains(name));
        return secret;
    }

    /** Picks each of {@code labels} in the multi-select combo box {@code css}, typing each to filter. */
    void chooseAll(String css, String... labels) {
        click(css);
        for (String label : labels) {
            find(css + " input").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), label);
            clickText("vaadin-multi-select-combo-box-item", label);
        }
        find(css + " input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    /** The first bytes, as text, of what the link {@code css} downloads: fetched by the page, with its session. */
    String downloadStart(String css, int length) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer())
                    .then(b => done(String.fromCharCode(...new Uint8Array(b.slice(0, arguments[1])))))
                    .catch(e => done('failed: ' + e));
                """, find(css), length);
    }

    /** The status, one response header and the type of what the link {@code css} downloads (fetched by the page, with its session). */
    String downloadHeaders(String css, String header) {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => done(r.status + ' | ' + r.headers.get(arguments[1]) + ' | '
                        + r.headers.get('content-type'))).catch(e => done('failed: ' + e));
                """, find(css), header);
    }

    /**
     * Waits for {@code shown} on the page at {@code url}, loading the page again every three seconds
     * (for what the page shows only when loaded anew). Loaded on every check, a slow machine would
     * never finish drawing it.
     */
    void waitUntilShownOnReload(String what, int seconds, String url, Function<WebDriver, Boolean> shown) {
        long[] loadedAt = { System.nanoTime() };
        go(url);
        waitUntil(what, seconds, d -> {
            if (shown.apply(d)) {
                return true;
            }
            if (System.nanoTime() - loadedAt[0] > 3_000_000_000L) {
                go(url);
                loadedAt[0] = System.nanoTime();
            }
            return false;
        });
    }

    /** Waits for {@code condition}; when it does not come, the page as it was is kept as failed-<what>.png. */
    void waitUntil(String what, int seconds, Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(seconds))
                    .withMessage(what)
                    .pollingEvery(Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException timedOut) {
            screenshot("failed-" + what.replaceAll("[^\\p{L}\\p{N}]+", "-"));
            throw timedOut;
        }
    }

    /**
     * Signs in on the login page; when the account still has a one-time password, changes it to
     * {@code newPassword} on the page the product shows next.
     */
    void signIn(RunningCrm crm, String username, String password, String newPassword) {
        submitLogin(crm, username, password);
        waitUntil("signed in", 30, d -> present("#home-view") || present("#password-current"));
        if (present("#password-current")) {
            type("#password-current input", password);
            type("#password-new input", newPassword);
            type("#password-repeat input", newPassword);
            click("#password-save");
            waitUntil("home after the password change", 30, d -> present("#home-view"));
        }
    }

    /**
     * Fills in and sends the login form; while the security module is still starting (the first
     * seconds after the UI answers) the page says sign-in is unavailable, and a person tries again.
     */
    void submitLogin(RunningCrm crm, String username, String password) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        go(crm.url("/"));
        waitUntil("a page", 30, d -> present("#logout") || present("#login-username"));
        if (present("#logout")) { // someone is still signed in (an earlier test of the class)
            signOut();
        }
        while (true) {
            go(crm.url("/login"));
            waitUntil("login page", 30, d -> present("#login-username"));
            type("#login-username", username);
            type("#login-password", password);
            click("#login-submit");
            waitUntil("answered", 30, d -> !present("#login-username")
                    || !String.join("", texts("#login-error")).isEmpty());
            boolean unavailable = present("#login-username")
                    && String.join("", texts("#login-error")).contains("not available");
            if (!unavailable || System.nanoTime() > deadline) {
                return;
            }
            sleep(1000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Signs in as the user administrator (changing the one-time password the first time). */
    void signInAsAdministrator(RunningCrm crm) {
        synchronized (ADMINISTRATORS) { // the first one to sign in changes the one-time password
            submitLogin(crm, "admin", TestUsers.ADMIN_PASSWORD);
            waitUntil("signed in or refused", 30, d -> present("#home-view") || present("#login-username")
                    && !String.join("", texts("#login-error")).isEmpty());
            if (!present("#home-view")) {
                signIn(crm, "admin", TestUsers.ADMIN_INITIAL, TestUsers.ADMIN_PASSWORD);
            }
        }
    }

    /**
     * As the signed-in user administrator, creates a user with one role; returns the password link
     * to hand over ({@link #signInWithLink}). A business role waits for a second administrator, who approves it here (signing in
     * as {@code admin2}, made the first time); the first administrator is signed in again afterwards.
     */
    String createUser(RunningCrm crm, String username, String displayName, String roleLabel) {
        String link = createUserAsked(crm, username, displayName, roleLabel);
        approveIfWaiting(crm, username);
        return link;
    }

    /**
     * As the signed-in user administrator, creates a service account with the roles named; a business
     * role is approved by the second administrator here, and the first one is signed in again.
     */
    void createServiceAccount(RunningCrm crm, String username, String displayName, String... roleLabels) {
        fillUserDialog(crm, "#user-new-service", username, displayName, roleLabels);
        waitUntil("listed", 20, d -> present("#user-tokens-" + username));
        approveIfWaiting(crm, username);
    }

    /** As the first administrator: has the second one approve {@code username}'s waiting business roles, if any. */
    private void approveIfWaiting(RunningCrm crm, String username) {
        go(crm.url("/admin/users"));
        waitUntil("users view", 30, d -> present("#users-grid"));
        if (visible("[id^='role-approve-" + username + "-']")) {
            synchronized (ADMINISTRATORS) {
                makeSecondAdministrator(crm);
                approveAsSecondAdministrator(crm, username);
            }
        }
    }

    private static final String SECOND_ADMIN_PASSWORD = "second admin passphrase";
    /**
     * Held while an administrator signs in (the first time changing the one-time password), the second
     * one is made or approves: browser test classes run two at a time, and the administrators' desks are shared.
     */
    private static final Object ADMINISTRATORS = new Object();
    /** Per CRM (its address): the second administrator's password link, and whether it was used. */
    private static final java.util.Map<String, String> SECOND_ADMIN_LINK = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Set<String> SECOND_ADMIN_SIGNED_IN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Signs in as the second user administrator, approves {@code username}'s roles, and signs the first one in again. */
    private void approveAsSecondAdministrator(RunningCrm crm, String username) {
        signOut();
        signInAsSecondAdministrator(crm);
        approveWaitingRoles(crm, username);
        signOut();
        signInAsAdministrator(crm);
    }

    /** Signs in as the second user administrator (made by the first one the first time, its password chosen with the link). */
    private void signInAsSecondAdministrator(RunningCrm crm) {
        String key = crm.url("");
        if (!SECOND_ADMIN_LINK.containsKey(key)) {
            throw new IllegalStateException("the first administrator makes the second one first");
        }
        // the first time choosing the password with the link, then with it
        if (SECOND_ADMIN_SIGNED_IN.add(key)) {
            choosePassword(SECOND_ADMIN_LINK.get(key), SECOND_ADMIN_PASSWORD);
        }
        signIn(crm, "admin2", SECOND_ADMIN_PASSWORD, SECOND_ADMIN_PASSWORD);
    }

    /** As the signed-in second administrator: approves every business role waiting for {@code username}. */
    private void approveWaitingRoles(RunningCrm crm, String username) {
        go(crm.url("/admin/users"));
        waitUntil("waiting roles", 30, d -> visible("[id^='role-approve-" + username + "-']"));
        while (visible("[id^='role-approve-" + username + "-']")) {
            driver.findElements(By.cssSelector("[id^='role-approve-" + username + "-']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
            waitUntil("approved", 20, d -> String.join(" ", texts("vaadin-notification-card")).contains("Role granted"));
            sleep(300);
        }
    }

    /** The second administrator, made by the signed-in first one unless this CRM has one already. */
    private void makeSecondAdministrator(RunningCrm crm) {
        String key = crm.url("");
        if (!SECOND_ADMIN_LINK.containsKey(key)) {
            SECOND_ADMIN_LINK.put(key, createUserAsked(crm, "admin2", "Second administrator", "User administrator"));
        }
    }

    /** Opens the users page's dialog with {@code newButton}, fills it in and saves. */
    private void fillUserDialog(RunningCrm crm, String newButton, String username, String displayName, String... roleLabels) {
        fillMemberDialog(crm, newButton, username, displayName, null, roleLabels);
    }

    /** The same, the user a member of {@code team} (null: of none). */
    private void fillMemberDialog(RunningCrm crm, String newButton, String username, String displayName, String team,
            String... roleLabels) {
        go(crm.url("/admin/users"));
        waitUntil("users view", 30, d -> present("#users-grid"));
        click(newButton);
        waitUntil("user dialog", 10, d -> present("#user-username"));
        type("#user-username input", username);
        type("#user-display-name input", displayName);
        if (team != null) {
            choose("#user-team", team, team);
        }
        for (String roleLabel : roleLabels) {
            chooseRole(roleLabel);
        }
        click("#user-save");
    }

    /** Creates the user as the signed-in administrator; business roles are only asked for. */
    String createUserAsked(RunningCrm crm, String username, String displayName, String... roleLabels) {
        return createMemberAsked(crm, username, displayName, null, roleLabels);
    }

    private String createMemberAsked(RunningCrm crm, String username, String displayName, String team, String... roleLabels) {
        fillMemberDialog(crm, "#user-new", username, displayName, team, roleLabels);
        waitUntil("password link shown", 20, d -> present("#user-password-link"));
        String link = find("#user-password-link").getAttribute("value").strip();
        click("#user-password-link-close");
        return link;
    }

    /**
     * What the new user does with the link the administrator passed on (in a browser nobody is signed
     * in to): chooses {@code password} on the page it opens.
     */
    void choosePassword(String link, String password) {
        go(link);
        waitUntil("password link page", 30, d -> present("#password-link-new"));
        type("#password-link-new", password);
        type("#password-link-repeat", password);
        click("#password-link-save");
        waitUntil("password set", 30, d -> present("#password-link-sign-in"));
    }

    /** Chooses the password with the link, then signs in with it. */
    void signInWithLink(RunningCrm crm, String username, String link, String password) {
        choosePassword(link, password);
        signIn(crm, username, password, password);
    }

    /**
     * Picks a role in the user dialog's roles field as a person does with a long list: typing part
     * of its name narrows the list (only the items in view are rendered), then a click.
     */
    void chooseRole(String roleLabel) {
        click("#user-roles");
        if (!find("#user-roles input").getAttribute("value").isEmpty()) { // the filter typed for the role before
            find("#user-roles input").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        }
        find("#user-roles input").sendKeys(roleLabel);
        clickText("vaadin-multi-select-combo-box-item", roleLabel);
        find("#user-roles input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    void signOut() {
        click("#logout");
        waitUntil("back on the login page", 30, d -> present("#login-username"));
    }

    /**
     * A new user with the roles named, signed in here with a password of its own ({@code <name> passphrase}).
     * The two user administrators make and approve it in browsers of their own, signed in once per
     * CRM ({@link #DESKS}, one class at a time): this browser only signs out whoever it had signed in.
     */
    void signInAsNewUser(RunningCrm crm, String username, String... roleLabels) {
        signInAsNewMember(crm, username, null, roleLabels);
    }

    /** The same, the user a member of {@code team} (null: of none). */
    void signInAsNewMember(RunningCrm crm, String username, String team, String... roleLabels) {
        String link;
        synchronized (ADMINISTRATORS) {
            Browser[] desk = DESKS.computeIfAbsent(crm.url(""), key -> desk(crm));
            link = desk[0].createMemberAsked(crm, username, username, team, roleLabels);
            desk[0].go(crm.url("/admin/users"));
            desk[0].waitUntil("users view", 30, d -> desk[0].present("#users-grid"));
            if (desk[0].visible("[id^='role-approve-" + username + "-']")) {
                desk[1].approveWaitingRoles(crm, username);
            }
        }
        signOutIfSignedIn(crm);
        signInWithLink(crm, username, link, username + " passphrase");
    }

    /** Signs out whoever this browser has signed in, if anyone; ends on the login page. */
    void signOutIfSignedIn(RunningCrm crm) {
        go(crm.url("/"));
        waitUntil("a page", 30, d -> present("#logout") || present("#login-username"));
        if (present("#logout")) {
            signOut();
        }
    }

    /** A team called {@code team} led by {@code leadUsername} (a user made here, named as they log in), made by the first user administrator at their desk. */
    static void teamLedBy(RunningCrm crm, String team, String leadUsername) {
        synchronized (ADMINISTRATORS) {
            Browser admin = DESKS.computeIfAbsent(crm.url(""), key -> desk(crm))[0];
            admin.go(crm.url("/admin/teams"));
            admin.waitUntil("teams view", 30, d -> admin.present("#team-new"));
            admin.click("#team-new");
            admin.waitUntil("team dialog", 10, d -> admin.present("#team-name"));
            admin.type("#team-name input", team);
            admin.choose("#team-lead", leadUsername, leadUsername + " (" + leadUsername + ")");
            admin.click("#team-save");
            admin.waitUntil("team listed", 20, d -> admin.texts("#teams-grid vaadin-grid-cell-content").contains(team));
        }
    }

    /** Per CRM (its address): the first and the second user administrator, each signed in in a browser of its own. */
    private static final java.util.Map<String, Browser[]> DESKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Browser[] desk(RunningCrm crm) {
        Browser first = open();
        first.signInAsAdministrator(crm);
        first.makeSecondAdministrator(crm);
        Browser second = open();
        second.signInAsSecondAdministrator(crm);
        String key = crm.url("");
        crm.closeWith(() -> {
            DESKS.remove(key);
            first.close();
            second.close();
        });
        return new Browser[] { first, second };
    }

    /** A phone's screen (390 × 844 CSS pixels, as an iPhone 12 to 15). */
    void phoneSize() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    /** The desktop window the tests start with. */
    void desktopSize() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    }

    /** How far the page reaches beyond the right edge of the window, in CSS pixels (0: nothing is cut off). */
    long overflowRight() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);")).longValue();
    }

    /** Whether the element lies wholly inside the window's width (a person can see and reach it). */
    boolean withinWidth(String css) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;", find(css));
    }

    /** Roles a person operates: each needs a name a screen reader can announce. */
    private static final java.util.Set<String> CONTROLS = java.util.Set.of("button", "textbox", "searchbox", "combobox",
            "checkbox", "radio", "switch", "slider", "spinbutton", "link", "tab", "menuitem", "listbox");

    /**
     * The controls of the page that have no accessible name, read from Chromium's own accessibility
     * tree (what a screen reader is given): each as its role and the element's id or tag.
     */
    @SuppressWarnings("unchecked")
    List<String> unnamedControls() {
        ChromeDriver chrome = (ChromeDriver) driver;
        Map<String, Object> tree = chrome.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> unnamed = new java.util.ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            if (Boolean.TRUE.equals(node.get("ignored")) || !(node.get("role") instanceof Map<?, ?> role)
                    || !CONTROLS.contains(String.valueOf(role.get("value")))) {
                continue;
            }
            Map<String, Object> named = node.get("name") instanceof Map<?, ?> n ? (Map<String, Object>) n : Map.of();
            Object name = named.get("value");
            if (name == null || String.valueOf(name).isBlank() || onlyFromPlaceholder(named)) {
                unnamed.add(role.get("value") + " " + describe(chrome, node.get("backendDOMNodeId")));
            }
        }
        return unnamed;
    }

    /** A placeholder is a hint that disappears on typing, not a name (WCAG 2.5.3, 3.3.2): a name taken from it does not count. */
    @SuppressWarnings("unchecked")
    private static boolean onlyFromPlaceholder(Map<String, Object> name) {
        for (Map<String, Object> source : (List<Map<String, Object>>) name.getOrDefault("sources", List.of())) {
            if (source.containsKey("value") && !Boolean.TRUE.equals(source.get("superseded"))) {
                return "placeholder".equals(source.get("type")) || String.valueOf(source.get("attribute")).endsWith("placeholder");
            }
        }
        return false;
    }

    /**
     * Proves the check can fail: controls named by nothing, or by their placeholder alone, put into
     * the page for a moment must all be reported.
     */
    void assertUnnamedControlsAreFound() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("const probe = document.createElement('div'); probe.id = 'a11y-probe';"
                + " probe.innerHTML = '<input id=\"probe-placeholder\" placeholder=\"Name\"><button id=\"probe-icon\"><svg width=\"8\" height=\"8\"></svg></button>'"
                + " + '<input id=\"probe-labelled\" aria-label=\"Labelled\">';"
                + " document.body.appendChild(probe);");
        try {
            String found = String.join(" ", unnamedControls());
            if (!found.contains("probe-placeholder") || !found.contains("probe-icon") || found.contains("probe-labelled")) {
                throw new AssertionError("the accessible-name check misses what it must find: " + found);
            }
        } finally {
            js.executeScript("document.getElementById('a11y-probe').remove();");
        }
    }

    /** Tag, id and class of a DOM node, to find it in the page. */
    @SuppressWarnings("unchecked")
    private static String describe(ChromeDriver chrome, Object backendNodeId) {
        if (backendNodeId == null) {
            return "(no element)";
        }
        Map<String, Object> node = (Map<String, Object>) chrome.executeCdpCommand("DOM.describeNode",
                Map.of("backendNodeId", backendNodeId, "depth", 0)).get("node");
        List<String> attributes = (List<String>) node.getOrDefault("attributes", List.of());
        StringBuilder described = new StringBuilder(String.valueOf(node.get("localName")));
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals("id") || attributes.get(i).equals("class") || attributes.get(i).equals("part")) {
                described.append(' ').append(attributes.get(i)).append("=\"").append(attributes.get(i + 1)).append('"');
            }
        }
        return described.toString();
    }

    /** Fails naming every control of the page without an accessible name; keeps a screenshot of the page. */
    void assertEveryControlNamed(String page) {
        // an overlay still closing (a select's list) is in the tree for a moment: a control truly unnamed stays
        List<String> unnamed = unnamedControls();
        for (int again = 0; again < 10 && !unnamed.isEmpty(); again++) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            unnamed = unnamedControls();
        }
        if (!unnamed.isEmpty()) {
            screenshot("failed-unnamed-controls-" + page);
            throw new AssertionError("Controls without an accessible name on " + page + ": " + unnamed);
        }
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot never fails a test
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
