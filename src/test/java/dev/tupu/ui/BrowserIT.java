package dev.tupu.ui;

import dev.tupu.SeedGraph;
import dev.tupu.server.ServerConfig;
import dev.tupu.server.TupuServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI end to end in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * search, open an entity, see its graph, read a document, run a query. Without a browser it is skipped, except
 * under CI (the CI environment variable), where a missing browser fails the build.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static TupuServer server;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(available, "no headless Chromium here (apt-get install chromium chromium-driver)");
        }
        assertTrue(available, "CI must install chromium and chromium-driver");
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), SeedGraph.store());
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("tupu-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void search_open_an_entity_and_see_its_graph_and_evidence() {
        browser.get(base + "/");
        WebElement box = waiting().until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
        box.sendKeys("沐", Keys.ENTER);
        WebElement hit = waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("李沐")));
        hit.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("relations"), "leftTeam"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
        long nodes = (Long) ((JavascriptExecutor) browser).executeScript("return window.cy.nodes().length");
        assertTrue(nodes >= 5, "the neighbourhood graph has the entity and its neighbours: " + nodes);
        WebElement mark = browser.findElement(By.cssSelector("#relations .evidence mark"));
        assertTrue(!mark.getText().isBlank(), "evidence sentences are highlighted");
        assertTrue(browser.findElement(By.className("aliases")).getText().contains("沐神"));
    }

    @Test
    void a_document_shows_its_text_with_the_entities_marked() {
        browser.get(base + "/#/document/000_f81e6ebb9362b9de");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".doc-text a.m")));
        long marked = browser.findElements(By.cssSelector(".doc-text a.m")).size();
        assertTrue(marked > 50, "entities are marked: " + marked);
        assertTrue(browser.findElement(By.className("doc-text")).getText().contains("MXNet"));
    }

    @Test
    void the_sparql_editor_has_the_ready_made_queries_and_runs_one() {
        browser.get(base + "/#/sparql");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        waiting().until(d -> d.findElement(By.id("yasgui")).getText().contains("left-team"));
        ((JavascriptExecutor) browser).executeScript(
                "const tab = window.yasgui.getTab(); tab.setQuery('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                        + "SELECT ?label WHERE { ?e rdfs:label ?label } ORDER BY ?label LIMIT 5'); tab.query();");
        waiting().until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("label"));
        waiting().until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
    }
}
