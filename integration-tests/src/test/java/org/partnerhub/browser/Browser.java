package org.partnerhub.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages, driven through the real pages. It
 * never downloads a browser and never skips: without Chromium a browser test fails and says how
 * to install it.
 */
final class Browser implements AutoCloseable {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> CHROMEDRIVER = List.of("/usr/bin/chromedriver",
            "/usr/lib/chromium/chromedriver");

    // Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests use none.
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private static final String DOWNLOADS = "downloads";

    final WebDriver driver;
    private final URL base;
    private final Path profile;

    private Browser(WebDriver driver, URL base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(URL base) throws IOException {
        String chromium = firstExisting(CHROMIUM, "CHROMIUM_BIN");
        String chromedriver = firstExisting(CHROMEDRIVER, "CHROMEDRIVER_BIN");
        if (chromium == null || chromedriver == null) {
            fail("Browser tests need Chromium and its driver (looked for " + CHROMIUM + " and " + CHROMEDRIVER
                    + "). Install them with: sudo apt-get install chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("partnerhub-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--single-process", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", profile.resolve(DOWNLOADS).toString(),
                "download.prompt_for_download", false));
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service(chromedriver), options);
        } catch (org.openqa.selenium.SessionNotCreatedException e) {
            // Seen once in some hundred starts on a busy 2-core machine: Chromium's renderer went
            // away while the session was being made. That is the machine, not the page: start again.
            driver = new ChromeDriver(service(chromedriver), options);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base, profile);
    }

    private static ChromeDriverService service(String chromedriver) {
        return new ChromeDriverService.Builder()
                .usingDriverExecutable(Paths.get(chromedriver).toFile())
                .usingAnyFreePort()
                .build();
    }

    /**
     * Forgets what the previous test did: the origin's cookies (so no session) and storage, the
     * downloaded files, and the page. Cheaper than starting Chromium again for every test.
     */
    void reset() throws IOException {
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        ((ChromeDriver) driver).executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", origin, "storageTypes", "all"));
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        Path downloads = profile.resolve(DOWNLOADS);
        if (Files.isDirectory(downloads)) {
            try (Stream<Path> files = Files.list(downloads)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String firstExisting(List<String> candidates, String override) {
        String configured = System.getenv(override);
        return Stream.concat(Stream.ofNullable(configured), candidates.stream())
                .filter(path -> Files.isExecutable(Paths.get(path)))
                .findFirst().orElse(null);
    }

    void go(String page) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + page);
    }

    void signIn(String email, String password) {
        go("login.xhtml");
        type(By.id("login:email"), email);
        type(By.id("login:password"), password);
        click(By.id("login:signIn"));
    }

    /**
     * Signs in without the login form, through the test-only {@code it-fixtures/sign-in} (the
     * application's own authentication mechanism, as the form uses it), and opens the page, by
     * default Home or the customer area. For tests about other pages: the form's two page loads
     * cost seconds on a small machine, and the login page has tests of its own. The page comes
     * in the browser's language (English) until the test switches.
     */
    void signInDirectly(String email, String password) {
        signInDirectly(email, password, null);
    }

    void signInDirectly(String email, String password, String page) {
        go("it-fixtures/sign-in?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (page == null ? "" : "&page=" + URLEncoder.encode(page, StandardCharsets.UTF_8)));
        if (driver.getCurrentUrl().contains("it-fixtures/")) {
            fail(driver.findElement(By.tagName("body")).getText());
        }
    }

    /**
     * Does to this browser's session what a cluster does when the next request lands on another
     * server (the test-only {@code it-fixtures/move-session}): the page stays as it is, and its
     * next request finds only what survived serialization.
     */
    void moveSession() throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<String> moved = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/it-fixtures/move-session"))
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (moved.statusCode() != 200) {
            fail("the session did not move: " + moved.statusCode() + " " + moved.body());
        }
    }

    void signOut() {
        click(By.id("signout:go"));
        waitFor(By.id("login:email"));
    }

    /** Clicks a language in the top bar and waits for the page to come back in that language. */
    void switchLanguage(String language) {
        click(By.cssSelector("#language [data-language='" + language + "']"));
        // The page that comes back, not the one clicked on: that may have been in the language already.
        until(d -> d.findElements(By.cssSelector("#language .current[data-language='" + language + "']")).stream()
                .filter(link -> !shownBefore(link)).findFirst().orElse(null));
    }

    void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Types into a field that the page answers as it is typed in (a search): read the answer with
     * {@link #textOnceRendered}, like the answer to a click. A list that already showed what is
     * looked for would otherwise pass a wait for its text before the answer replaces it.
     */
    void typeAndAwaitAnswer(By field, String text) {
        markWhatIsShown();
        type(field, text);
    }

    /**
     * Leaves a field with Tab, as a person does, for what the page works out as soon as a field
     * changes: read it with {@link #textOnceRendered}, like the answer to a click.
     */
    void leave(By field) {
        WebElement element = waitFor(field);
        markWhatIsShown();
        element.sendKeys(Keys.TAB);
    }

    /** Clicks; an element an Ajax update replaced between finding and clicking it is found again. */
    void click(By target) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = waiting(20).until(ExpectedConditions.elementToBeClickable(target));
                markWhatIsShown();
                element.click();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Clicks what opens a dialog and waits until the dialog has the focus. PrimeFaces shows a
     * dialog and, a moment later, puts the focus in its first field: keys typed meanwhile into
     * another field go partly there (say, digits into a select menu, which picks nothing), and
     * the field typed into keeps only the first of them.
     */
    void openDialog(By opener, String dialogId) {
        click(opener);
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const dialog = document.getElementById(arguments[0]);"
                        + " return dialog !== null && dialog.contains(document.activeElement);", dialogId));
    }

    /** Two clicks as fast as a hand makes them, for what must happen once however often it is clicked. */
    void doubleClick(By target) {
        WebElement element = waiting(20).until(ExpectedConditions.elementToBeClickable(target));
        markWhatIsShown();
        new Actions(driver).doubleClick(element).perform();
    }

    /**
     * Marks every element of the page as one shown before the action about to happen, so that
     * {@link #textOnceRendered} reads only what that action's response rendered: a page load
     * makes new elements, and so does an Ajax update, which replaces the elements it renders.
     * The mark is a script property, not an attribute: the page's own markup stays as it is.
     */
    private void markWhatIsShown() {
        ((JavascriptExecutor) driver).executeScript(
                "for (const e of document.getElementsByTagName('*')) { e.__shownBefore = true; }");
    }

    /**
     * Expands a table's first row and waits for its content. The toggler is clicked only while
     * it is not expanded: a click on an expanded row collapses it, and the content's answer may
     * take longer than a retry waits. A click that did nothing (the table's script not yet bound,
     * or the table replaced by an Ajax update meanwhile) leaves it not expanded, and is repeated.
     */
    void expandRow(By toggler, By content) {
        againWhileThePageMoves(() -> {
            if (!"true".equals(waitFor(toggler).getAttribute("aria-expanded"))) {
                click(toggler);
            }
            waiting(10).until(ExpectedConditions.visibilityOfElementLocated(content));
        });
    }

    /**
     * Clicks until the expected element shows: a click that lands while an Ajax update is
     * replacing the table, or before its script has bound the handlers, does nothing.
     */
    void clickUntilShown(By target, By expected) {
        againWhileThePageMoves(() -> {
            click(target);
            waiting(5).until(ExpectedConditions.visibilityOfElementLocated(expected));
        });
    }

    /**
     * Picks the item whose label starts with the text from a PrimeFaces select menu, and waits
     * until the menu shows it.
     */
    void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        By item = By.cssSelector(css + "_items li[data-label^='" + label + "']");
        againWhileThePageMoves(() -> {
            clickUntilShown(By.cssSelector(css), item);
            click(item);
            waiting(5).until(d -> d.findElement(By.cssSelector(css + "_label")).getText().startsWith(label));
        });
    }

    /**
     * Picks an item of a PrimeFaces select menu with a filter the way a person does in a long
     * list: opens it, types into its filter, and picks the item with exactly this label once the
     * filter shows it; then waits until the menu shows it. An item the typed text does not find
     * is never shown, so the wait for it fails the test.
     */
    void choose(String menuId, String typed, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        By item = By.cssSelector(css + "_items li[data-label='" + label + "']");
        againWhileThePageMoves(() -> {
            clickUntilShown(By.cssSelector(css), By.cssSelector(css + "_filter"));
            type(By.cssSelector(css + "_filter"), typed);
            click(item);
            waiting(5).until(d -> d.findElement(By.cssSelector(css + "_label")).getText().equals(label));
        });
    }

    /**
     * Tries a step again (three times at most) when it fell on a moving page: a click that lands
     * while an Ajax update replaces what it clicks, before the script has bound its handlers, or
     * while a menu's panel is still opening or closing (inside a dialog that is opening too), does
     * nothing, and the wait for its effect runs out.
     */
    private static void againWhileThePageMoves(Runnable step) {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The value a select menu submits for its chosen item (its hidden select's), not the label it shows. */
    String chosenValue(String menuId) {
        return until(d -> d.findElement(By.id(menuId + "_input"))).getDomProperty("value");
    }

    /** Answers Yes in the page's confirmation dialog, once it shows (after a click that asks). */
    void confirm() {
        click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    WebElement waitFor(By target) {
        return until(ExpectedConditions.visibilityOfElementLocated(target)::apply);
    }

    String text(By target) {
        return waitFor(target).getText();
    }

    /** Waits until the element's text contains the expected part: for lists an Ajax search refills. */
    void waitUntilText(By target, String part) {
        until(d -> {
            var found = d.findElements(target);
            return !found.isEmpty() && found.get(0).getText().contains(part);
        });
    }

    /**
     * The texts of the elements once there are some and every one contains the part: for a list
     * that an Ajax search is about to replace.
     */
    List<String> textsOnceAllContain(By elements, String part) {
        return until(d -> {
            List<String> texts = d.findElements(elements).stream().map(WebElement::getText).toList();
            return !texts.isEmpty() && texts.stream().allMatch(text -> text.contains(part)) ? texts : null;
        });
    }

    /** Whether the element was on the page before the last click, rather than rendered by its response. */
    private boolean shownBefore(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return arguments[0].__shownBefore === true;", element));
    }

    /**
     * The element's text once the response to the last click rendered it anew, with some text:
     * the outcome of that action, never a message an earlier action left on the page.
     */
    String textOnceRendered(By target) {
        return until(d -> {
            var found = d.findElements(target);
            if (found.isEmpty() || shownBefore(found.get(0))) {
                return null;
            }
            String text = found.get(0).getText();
            return text.isBlank() ? null : text.trim();
        });
    }

    /**
     * A wait that looks again when an Ajax update or a navigation replaced the element it was
     * reading: Selenium reports the first as a stale element, Chromium the second as an element
     * that "does not belong to the document".
     */
    private WebDriverWait waiting(int seconds) {
        // Looks again every 100 ms rather than Selenium's 500: most waits are met within a few
        // hundred milliseconds. Not more often: each look costs the browser CPU that the server,
        // on the same two cores, needs to answer.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(100)) {
            @Override
            public <V> V until(Function<? super WebDriver, ? extends V> condition) {
                return super.until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A file the page made the browser download, once it is complete. */
    Path downloaded(String fileName) {
        Path file = profile.resolve(DOWNLOADS).resolve(fileName);
        return until(d -> Files.isRegularFile(file)
                && !Files.exists(file.resolveSibling(fileName + ".crdownload")) ? file : null);
    }

    /** A downloaded file whose name matches, once it is complete: for names the test cannot know. */
    Path downloadedMatching(String nameRegex) {
        Path folder = profile.resolve(DOWNLOADS);
        return until(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(file -> file.getFileName().toString().matches(nameRegex)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * What is cut off, squeezed or run together at the window's width: the page itself, a card,
     * the customer list's expanded row, a table or the content area scrolling sideways (visible
     * ones only); the menu narrower than its 14rem because a page's content pushed it; two
     * buttons side by side with no space between them (a segmented choice's buttons join on purpose).
     */
    @SuppressWarnings("unchecked")
    List<String> overflowing() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const out = [];
                if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) out.push('page');
                for (const e of document.querySelectorAll('.card, .summary, .ui-datatable-tablewrapper, .content')) {
                  if (e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1) {
                    out.push('overflow ' + (e.id || e.className) + ' ' + e.scrollWidth + '>' + e.clientWidth);
                  }
                }
                const menu = document.getElementById('menu');
                const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
                if (menu && menu.getBoundingClientRect().width < 14 * rem - 1) out.push('menu squeezed');
                for (const button of document.querySelectorAll('.ui-button')) {
                  const next = button.nextElementSibling;
                  if (button.offsetParent === null || !next || !next.classList.contains('ui-button') || next.offsetParent === null
                      || button.closest('.ui-selectonebutton, .ui-selectmanybutton, .ui-buttonset')) continue;
                  const a = button.getBoundingClientRect(), b = next.getBoundingClientRect();
                  if (Math.abs(a.top - b.top) < 2 && b.left - a.right < 2) out.push('buttons touch: ' + button.id + ' ' + next.id);
                }
                return out;""");
    }

    boolean isPresent(By target) {
        return !driver.findElements(target).isEmpty();
    }

    /**
     * Waits up to 30 s for the condition to give something other than null or false; when that is
     * not enough, keeps a picture of the page for whoever looks into it.
     */
    <T> T until(Function<WebDriver, T> condition) {
        try {
            return waiting(30).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("timeout-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException ignored) {
                // the timeout is what the test reports
            }
            throw e;
        }
    }

    /** Keeps a picture of the page under target/screenshots, for a person to look at. */
    void screenshot(String name) throws IOException {
        Path folder = Paths.get(System.getProperty("partnerhub.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        saveScreenshot(folder.resolve(name + ".png"));
    }

    void saveScreenshot(Path file) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        }
    }
}
