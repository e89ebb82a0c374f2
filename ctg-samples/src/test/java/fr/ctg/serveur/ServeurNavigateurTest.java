package fr.ctg.serveur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.cli.CliRun;
import fr.ctg.regles.RuleSource;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.remote.http.Route;

/**
 * The web page of {@code ctg serve} in headless Chromium, as a person uses it: upload a seed
 * convention, read a finding of the report, follow its law link; pick a commune and a date. Driven
 * by Selenium through the Debian {@code chromedriver} (package {@code chromium-driver}, the same
 * version as {@code chromium}); the law link leads off this machine, so the browser's request for
 * it is intercepted (Chrome DevTools protocol) and answered locally: the test checks where the
 * link leads, not what Légifrance serves. Takes the screenshot of the README
 * ({@code target/serveur-page.png}; its copy is {@code ctg-samples/docs/serveur-page.png}).
 *
 * <p>Without chromium and chromedriver the test is skipped with a message.
 */
class ServeurNavigateurTest {
  static final String CABBALR = "src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml";

  static Serveur serveur;
  static ChromeDriver navigateur;
  static String racine;

  @TempDir static Path profil;

  @BeforeAll
  static void demarrer() {
    Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
    Optional<Path> pilote = executable("chromedriver");
    Assumptions.assumeTrue(chromium.isPresent() && pilote.isPresent(),
        "chromium ou chromedriver absent : test de la page de ctg serve ignoré (apt-get install chromium chromium-driver ; .ci/run les installe)");
    serveur = Serveur.configuration(RuleSource.bundled()).port(0)
        .limites(new Limites(Limites.TAILLE_MAX, Duration.ofMinutes(5), 2, 8)).demarrer();
    racine = "http://127.0.0.1:" + serveur.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--window-size=1280,1100", "--lang=fr-FR", "--user-data-dir=" + profil.resolve("chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(pilote.get().toFile())
        .usingAnyFreePort().build();
    navigateur = new ChromeDriver(service, options);
    navigateur.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(3));
  }

  @AfterAll
  static void arreter() {
    if (navigateur != null) navigateur.quit();
    if (serveur != null) serveur.close();
  }

  static Optional<Path> executable(String... noms) {
    return Stream.of(noms)
        .flatMap(nom -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).map(d -> Path.of(d, nom)))
        .filter(Files::isExecutable).findFirst();
  }

  /**
   * Waits (at most a minute) until the page that a click submitted has replaced the form: a click
   * on a submit button returns before the browser has loaded the answer.
   */
  static void attendreLaReponse() throws InterruptedException {
    long fin = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < fin) {
      Object pret = ((JavascriptExecutor) navigateur).executeScript(
          "return document.readyState === 'complete' && !document.getElementById('formulaire-convention');");
      if (Boolean.TRUE.equals(pret)) return;
      Thread.sleep(100);
    }
    throw new AssertionError("la page de réponse n'est pas arrivée en une minute : " + navigateur.getCurrentUrl());
  }

  static String texteDeLaPage() {
    return (String) ((JavascriptExecutor) navigateur).executeScript("return document.body.textContent;");
  }

  @Test
  void deposerUneConventionLireUnConstatSuivreSonFondement() throws Exception {
    JsonNode rapport = ServeurApiTest.JSON.readTree(
        CliRun.run("check", CABBALR, "--date", "2026-06-30", "--format", "json").expect(0).out);

    navigateur.get(racine + "/");
    assertEquals("ctg — vérifier une convention territoriale globale", navigateur.getTitle());
    navigateur.findElement(By.id("convention")).sendKeys(Path.of(CABBALR).toAbsolutePath().toString());
    ((JavascriptExecutor) navigateur).executeScript("document.getElementById('date-convention').value = '2026-06-30';");
    Path png = Path.of("target", "serveur-page.png").toAbsolutePath();
    Files.write(png, navigateur.getScreenshotAs(OutputType.BYTES));
    assertEquals("PNG", new String(Files.readAllBytes(png), 1, 3, StandardCharsets.US_ASCII));

    navigateur.findElement(By.id("verifier")).click();
    attendreLaReponse();
    assertTrue(navigateur.getTitle().contains("cabbalr-2026-2030"), navigateur.getTitle());

    // a finding to act on, as the CLI's report states it, is in the page
    JsonNode constat = null;
    for (JsonNode c : rapport.get("constats")) {
      if (c.get("statut").asText().equals("NON_SATISFAIT") || c.get("statut").asText().equals("A_VERIFIER")) {
        constat = c;
        break;
      }
    }
    assertTrue(constat != null, "aucun constat à traiter dans le rapport de référence");
    String page = texteDeLaPage();
    assertTrue(page.contains(constat.get("message").asText()), "constat absent de la page : " + constat.get("message"));

    // its law link: a finding's legal basis when the report links one, else a parameter's reference
    List<String> liens = new ArrayList<>();
    for (JsonNode c : rapport.get("constats")) {
      for (JsonNode f : c.path("fondement")) if (f.has("url")) liens.add(f.get("url").asText());
    }
    for (JsonNode p : rapport.path("parametres")) if (p.has("url")) liens.add(p.get("url").asText());
    assertFalse(liens.isEmpty(), "le rapport ne cite aucun texte par son adresse");
    String lien = liens.get(0);
    ((JavascriptExecutor) navigateur).executeScript("document.querySelectorAll('details').forEach(d => d.open = true);");
    WebElement a = navigateur.findElements(By.tagName("a")).stream()
        .filter(e -> lien.equals(e.getAttribute("href"))).findFirst()
        .orElseThrow(() -> new AssertionError("lien absent de la page : " + lien));
    ((JavascriptExecutor) navigateur).executeScript("arguments[0].scrollIntoView({block: 'center'});", a);

    List<String> demandes = new CopyOnWriteArrayList<>();
    String fenetre = navigateur.getWindowHandle();
    try (NetworkInterceptor interception = new NetworkInterceptor(navigateur,
        Route.matching(req -> req.getUri().startsWith("https://") || req.getUri().startsWith("http://") && !req.getUri().startsWith(racine))
            .to(() -> req -> {
              demandes.add(req.getUri());
              return new HttpResponse().setStatus(200).addHeader("Content-Type", "text/html; charset=utf-8")
                  .setContent(Contents.utf8String("<!DOCTYPE html><title>texte cité</title><p>servi par le test</p>"));
            }))) {
      a.click();
      for (String h : navigateur.getWindowHandles()) if (!h.equals(fenetre)) navigateur.switchTo().window(h);
      long fin = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (!navigateur.getCurrentUrl().equals(lien) && System.nanoTime() < fin) Thread.sleep(100);
      assertEquals(lien, navigateur.getCurrentUrl());
      assertEquals("texte cité", navigateur.getTitle());
      assertTrue(demandes.contains(lien), demandes::toString);
    } finally {
      for (String h : navigateur.getWindowHandles()) {
        if (!h.equals(fenetre)) navigateur.switchTo().window(h).close();
      }
      navigateur.switchTo().window(fenetre);
    }
  }

  @Test
  void choisirUneCommuneEtUneDate() throws Exception {
    JsonNode rapport = ServeurApiTest.JSON.readTree(
        CliRun.run("obligations", "--commune", "62119", "--date", "2026-01-01", "--format", "json").expect(0).out);
    navigateur.get(racine + "/");
    navigateur.findElement(By.id("commune")).sendKeys("62119");
    ((JavascriptExecutor) navigateur).executeScript("document.getElementById('date-territoire').value = '2026-01-01';");
    navigateur.findElement(By.id("obligations")).click();
    attendreLaReponse();
    assertTrue(navigateur.getCurrentUrl().startsWith(racine + "/rapport/obligations?"), navigateur.getCurrentUrl());
    String page = texteDeLaPage();
    for (JsonNode c : rapport.get("constats")) {
      assertTrue(page.contains(c.get("message").asText()), "constat absent de la page : " + c.get("message"));
    }
  }

  @Test
  void uneConventionInvalideColleeMontreLesErreursDeLaCommande(@TempDir Path dossier) throws Exception {
    String yaml = "schema: ctg-convention/1\nid: essai\ninconnu: 1\n";
    Path f = dossier.resolve("texte-colle.ctg.yaml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    List<String> attendues = new ArrayList<>();
    for (String l : CliRun.run("check", f.toString()).expect(2).err.lines().toList()) {
      attendues.add(l.replace(f.toString(), "texte-colle.ctg.yaml"));
    }
    navigateur.get(racine + "/");
    navigateur.findElement(By.id("texte")).sendKeys(yaml);
    navigateur.findElement(By.id("verifier")).click();
    attendreLaReponse();
    List<String> lues = navigateur.findElements(By.cssSelector("ul.erreurs li")).stream().map(WebElement::getText).toList();
    assertEquals(attendues, lues);
  }
}
