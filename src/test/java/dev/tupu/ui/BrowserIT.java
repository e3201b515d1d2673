package dev.tupu.ui;

import dev.tupu.TimedSeedGraph;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI end to end in headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs):
 * the home page's overview, search, open an entity, see its graph and timeline, read a document, run a query; over
 * the seed graph with time ({@link TimedSeedGraph}). Without a browser it is skipped, except under CI (the CI
 * environment variable), where a missing browser fails the build.
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
        server = TupuServer.start(new ServerConfig("127.0.0.1", 0), TimedSeedGraph.store());
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
    void the_home_page_shows_the_store_at_a_glance() {
        browser.get(base + "/");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("overview-classes"), "Person"));
        assertTrue(browser.findElement(By.id("overview-summary")).getText().startsWith("1 documents"));
        String classes = browser.findElement(By.id("overview-classes")).getText();
        assertTrue(classes.contains("Document") && classes.contains("RelationMention") && classes.contains("Organization"), classes);
        assertTrue(browser.findElement(By.id("overview-relations")).getText().contains("comparesTo"));
        List<WebElement> top = browser.findElements(By.cssSelector("#most-connected li a"));
        assertEquals(10, top.size(), "the ten most connected entities, linked");
        List<WebElement> documents = browser.findElements(By.cssSelector("#latest-documents li a"));
        assertEquals(1, documents.size());
        assertTrue(documents.get(0).getAttribute("href").endsWith("#/document/000_f81e6ebb9362b9de"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#overview-graph canvas")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long nodes = (Long) js.executeScript("return window.overviewCy.nodes().length");
        long edges = (Long) js.executeScript("return window.overviewCy.edges().length");
        assertTrue(nodes >= 10 && edges >= 10, "the overview graph: " + nodes + " nodes, " + edges + " edges");
        String first = top.get(0).getText();
        top.get(0).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), first));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("relations")));
    }

    @Test
    void an_entity_page_shows_its_timeline_in_order_with_the_time_marked() {
        browser.get(base + "/#/entity/person-%E6%9D%8E%E6%B2%90");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline ol.timeline li")));
        List<WebElement> items = browser.findElements(By.cssSelector("#timeline ol.timeline li"));
        assertEquals(4, items.size());
        List<String> times = items.stream().map(li -> li.findElement(By.className("when")).getText()).toList();
        assertEquals(List.of("until 2004", "2011–2012", "2012", "from 2012"), times);
        assertTrue(items.get(2).getText().contains("leftTeam") && items.get(2).getText().contains("百度"), items.get(2).getText());
        assertEquals("2012年", items.get(2).findElement(By.cssSelector(".evidence mark")).getText(), "the time is marked in its sentence");
        assertTrue(browser.findElement(By.id("relations")).getText().contains("今年初 (undated)"),
                "an unresolved time shows as written beside its evidence");
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
