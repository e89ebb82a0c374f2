package fr.ctg.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RuleBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the largest seed convention (CABBALR 2026-2030, 30 June 2026) in a real
 * browser, used as a CAF officer would: headless Chromium, driven through its DevTools protocol
 * ({@link Navigateur}), clicks the folded detail open, picks filters with the keyboard and types a
 * search, follows links; the test reads what the page then shows. Also: every link resolves (anchors
 * exist, external links have the Légifrance form), no console error, every control has an accessible
 * name, and the page printed to A4 PDF by {@code chromium --headless --print-to-pdf} has at most 25
 * pages (counted by PDFBox). Last, a screenshot ({@code target/rapport-cabbalr-2026-2030.png}; the
 * README's copy is {@code ctg-samples/docs/rapport-cabbalr-2026-2030.png}).
 *
 * <p>Needs the Debian package {@code chromium} ({@code .ci/run} installs it). Without it the test is
 * skipped with a message, so a developer without a browser can still build.
 */
class RapportHtmlNavigateurTest {
  static final LocalDate DATE = LocalDate.of(2026, 6, 30);
  static final int PAGES_MAX = 25;
  static final Pattern LEGIFRANCE = Pattern.compile("https://www\\.legifrance\\.gouv\\.fr/(codes/article_lc/LEGIARTI\\d{12}"
      + "|codes/texte_lc/LEGITEXT\\d{12}|eli/(loi|decret)/\\d{4}/\\d{1,2}/\\d{1,2}/\\d{4}-\\d+/jo/texte)");

  static Path chromium;
  static Rapport rapport;
  static Path page;
  static Navigateur navigateur;

  @TempDir static Path dossier;

  @BeforeAll
  static void ouvrir() throws Exception {
    chromium = Navigateur.chromium().orElse(null);
    Assumptions.assumeTrue(chromium != null,
        "chromium absent : test du rapport HTML dans un navigateur ignoré (apt-get install chromium ; .ci/run l'installe)");
    Convention c = DocumentReader.readConvention(RapportsDeReferenceTest.CONVENTIONS.resolve("cabbalr-2026-2030.ctg.yaml"));
    rapport = RapportsDeReferenceTest.rapport("cabbalr-2026-2030", DATE);
    page = dossier.resolve("rapport.html");
    Files.writeString(page, HtmlReport.render(rapport, RuleBase.bundled(), c), StandardCharsets.UTF_8);
    navigateur = Navigateur.ouvrir(chromium, dossier.resolve("profil-cdp"), page.toUri(), 1280, 1800);
  }

  @AfterAll
  static void fermer() throws Exception {
    if (navigateur != null) navigateur.close();
  }

  /** Each test starts from the page as it opens. */
  @BeforeEach
  void recharger() throws Exception {
    // a new address each time: a reload would restore the folded parts the previous test opened
    navigateur.naviguer(java.net.URI.create(page.toUri() + "?essai=" + (++essais)));
  }

  static int essais;

  /** Everything a finding shows, as the search box reads it (lower case). */
  static String texte(Constat c) {
    StringBuilder b = new StringBuilder(c.sujet().nom()).append(' ').append(c.sujet().type()).append(' ')
        .append(c.sujet().id()).append(' ').append(c.message());
    c.fondement().forEach(f -> b.append(' ').append(f.texte()));
    c.explication().forEach(e -> b.append(' ').append(e));
    c.faits().forEach((k, v) -> b.append(' ').append(k).append(' ').append(v));
    return b.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** How many elements the filters leave shown (not hidden, nor inside a hidden group). */
  int affiches(String selecteur) throws Exception {
    return navigateur.evaluer("Array.from(document.querySelectorAll(" + json(selecteur) + "))"
        + ".filter(function(e){return !e.closest('[hidden]');}).length").asInt();
  }

  /** {@link #affiches} once the page has settled on {@code attendu} (a reset re-filters after its event; bounded wait). */
  int affichesApres(String selecteur, long attendu) throws Exception {
    int n = affiches(selecteur);
    for (int i = 0; i < 100 && n != attendu; i++) {
      TimeUnit.MILLISECONDS.sleep(50);
      n = affiches(selecteur);
    }
    return n;
  }

  int visibles(String selecteur) throws Exception {
    return navigateur.evaluer("Array.from(document.querySelectorAll(" + json(selecteur) + "))"
        + ".filter(function(e){return e.checkVisibility();}).length").asInt();
  }

  static String json(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Test
  void lePageOuvreSurLeResumeEtLesActions() throws Exception {
    // the summary counts, one per statut, as the report states them
    for (Map.Entry<Statut, Integer> e : rapport.resume().entrySet()) {
      assertEquals(e.getValue().intValue(), navigateur.evaluer("+document.querySelector('#resume li[data-statut=\""
          + e.getKey() + "\"] .nombre').dataset.nombre").asInt(), e.getKey().name());
    }
    // the actions: one group per rule and statut to act on, visible without unfolding anything
    long aVerifierAo = rapport.constats().stream().filter(c -> c.regle().equals("AO-RPE") && c.statut() == Statut.A_VERIFIER).count();
    assertEquals(5, aVerifierAo);
    JsonNode rpe = navigateur.evaluer("(function(){var a=document.getElementById('action-AO-RPE-A_VERIFIER');"
        + "return {visible:a.checkVisibility(), echeance:a.querySelector('.echeance').textContent,"
        + "lien:a.querySelector('.fondement-action a.loi').href, sujets:a.querySelectorAll('.sujets a').length,"
        + "conclure:a.querySelector('.pour-conclure').textContent};})()");
    assertTrue(rpe.path("visible").asBoolean());
    assertEquals("due depuis le 1er janvier 2026 (paramètre ao.date_effet_rpe)", rpe.path("echeance").asText());
    assertEquals("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048589263", rpe.path("lien").asText());
    assertEquals(5, rpe.path("sujets").asInt());
    assertTrue(rpe.path("conclure").asText().contains("relais petite enfance"), rpe.toString());
    // the detail is folded: no finding is visible before the officer opens it
    assertEquals(rapport.constats().size(), navigateur.evaluer("document.querySelectorAll('li.constat').length").asInt());
    assertEquals(0, visibles("li.constat"));
    // the territory table and the authorities: one row per commune of the convention (100, 000 L1160-1524)
    assertEquals(100, navigateur.evaluer("document.querySelectorAll('table.territoire tr[data-sujet]').length").asInt());
    assertTrue(navigateur.evaluer("document.querySelector('table.autorites tr[data-autorite=\"62119\"]').textContent").asText()
        .contains("Béthune"));
    // the charts: an SVG with a bar per commune and one line per distinct threshold of the parameters
    assertEquals(100, navigateur.evaluer("document.querySelectorAll('#graphique-populations svg rect').length").asInt());
    Set<String> seuils = new TreeSet<>();
    for (ParametreLu p : rapport.parametres()) if (p.nom().startsWith("ao.seuil_")) seuils.add(p.valeur());
    assertEquals(seuils.size(), navigateur.evaluer("document.querySelectorAll('#graphique-populations line.seuil').length").asInt());
    assertEquals(4, navigateur.evaluer("document.querySelectorAll('#graphique-enveloppe svg rect').length").asInt());
  }

  @Test
  void lesFiltresDuDetailMontrentCeQuOnChoisit() throws Exception {
    navigateur.cliquer("#detail-constats > summary");
    long regles = rapport.constats().stream().map(Constat::regle).distinct().count();
    assertEquals(regles, visibles("details.regle > summary"));
    assertEquals(0, visibles("li.constat"));
    assertEquals(rapport.constats().size(), affiches("li.constat"));
    // statut: keyboard on the focused select (tous → Inéligible → À vérifier → Avertissement)
    navigateur.cliquer("form.filtres select[name=statut]");
    navigateur.touche("Escape", "Escape", 27);
    for (int i = 0; i < 3; i++) navigateur.touche("ArrowDown", "ArrowDown", 40);
    assertEquals("AVERTISSEMENT", navigateur.evaluer("document.querySelector('form.filtres select[name=statut]').value").asText());
    long avertissements = rapport.constats().stream().filter(c -> c.statut() == Statut.AVERTISSEMENT).count();
    assertEquals(avertissements, affiches("li.constat"));
    assertEquals(avertissements, visibles("li.constat[data-statut=AVERTISSEMENT]"));
    assertEquals(avertissements + " élément(s) affiché(s) sur " + (rapport.constats().size() + 100),
        navigateur.evaluer("document.querySelector('form.filtres output').value").asText());
    // reset, then a rule family and a search typed into the search box
    navigateur.cliquer("form.filtres button[type=reset]");
    assertEquals(rapport.constats().size(), affichesApres("li.constat", rapport.constats().size()));
    navigateur.cliquer("form.filtres select[name=famille]");
    navigateur.touche("Escape", "Escape", 27);
    navigateur.touche("ArrowDown", "ArrowDown", 40); // CONV
    long conv = rapport.constats().stream().filter(c -> c.regle().startsWith("CONV-")).count();
    assertEquals(conv, affiches("li.constat"));
    navigateur.cliquer("form.filtres input[name=texte]");
    navigateur.taper("Annequin");
    long annequinConv = rapport.constats().stream().filter(c -> c.regle().startsWith("CONV-")
        && texte(c).contains("annequin")).count();
    assertTrue(annequinConv > 0);
    assertEquals(annequinConv, affiches("li.constat"));
    // a commune: the findings about Béthune (62119) across families, and its row of the territory table
    navigateur.cliquer("form.filtres button[type=reset]");
    navigateur.evaluer("document.querySelector('form.filtres select[name=commune]').focus()");
    int rang = navigateur.evaluer("Array.from(document.querySelector('form.filtres select[name=commune]').options)"
        + ".findIndex(function(o){return o.value==='62119';})").asInt();
    assertTrue(rang > 0);
    for (int i = 0; i < rang; i++) navigateur.touche("ArrowDown", "ArrowDown", 40);
    long bethune = rapport.constats().stream().filter(c -> c.sujet().id().equals("62119")
        || "62119".equals(c.faits().get("commune"))).count();
    assertEquals(bethune, affiches("li.constat"));
    assertEquals(1, affiches("table.territoire tr[data-sujet]"));
    navigateur.cliquer("form.filtres button[type=reset]");
    assertEquals(List.of(), navigateur.erreurs());
  }

  @Test
  void unLienDActionOuvreLeConstatDansLeDetailReplie() throws Exception {
    assertEquals(0, visibles("li.constat"));
    navigateur.cliquer("#action-AO-RPE-A_VERIFIER .sujets a");
    String ancre = navigateur.evaluer("location.hash").asText();
    assertTrue(ancre.startsWith("#c-"), ancre);
    TimeUnit.MILLISECONDS.sleep(200);
    assertEquals(1, visibles(ancre), "le constat " + ancre + " reste replié");
    assertEquals("AO-RPE", navigateur.evaluer("document.querySelector('" + ancre + "').dataset.regle").asText());
    assertEquals(List.of(), navigateur.erreurs());
  }

  @Test
  void lesLiensMenentQuelquePart() throws Exception {
    List<String> internesManquants = new ArrayList<>();
    for (JsonNode h : navigateur.evaluer("Array.from(document.querySelectorAll('a[href^=\"#\"]')).map(function(a){return a.getAttribute('href');})")) {
      String id = h.asText().substring(1);
      if (!navigateur.evaluer("document.getElementById(" + json(id) + ")!==null").asBoolean()) internesManquants.add(id);
    }
    assertEquals(List.of(), internesManquants, "ancres sans cible");
    Set<String> urlsParametres = new TreeSet<>();
    for (ParametreLu p : rapport.parametres()) p.url().ifPresent(urlsParametres::add);
    Set<String> externes = new TreeSet<>();
    for (JsonNode h : navigateur.evaluer("Array.from(document.querySelectorAll('a[href]:not([href^=\"#\"])')).map(function(a){return a.href;})")) {
      externes.add(h.asText());
    }
    List<String> inattendus = new ArrayList<>();
    for (String u : externes) if (!LEGIFRANCE.matcher(u).matches() && !urlsParametres.contains(u)) inattendus.add(u);
    assertEquals(List.of(), inattendus, "liens externes qui ne sont ni Légifrance ni l'adresse d'un paramètre");
    // the articles the AO rules cite are linked by their identifier; L.214-2 (identifier not confirmed) to the code
    assertTrue(externes.contains("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048589263"), externes.toString());
    assertTrue(externes.contains("https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069"), externes.toString());
    assertTrue(externes.contains("https://www.legifrance.gouv.fr/eli/decret/2025/3/20/2025-253/jo/texte"), externes.toString());
  }

  @Test
  void chaqueControleAUnNomAccessible() throws Exception {
    List<String> sansNom = new ArrayList<>();
    int controles = 0;
    for (JsonNode n : navigateur.arbreAccessible()) {
      if (n.path("ignored").asBoolean()) continue;
      String role = n.path("role").path("value").asText();
      if (!Set.of("button", "combobox", "searchbox", "textbox", "link", "checkbox", "DisclosureTriangle").contains(role)) continue;
      controles++;
      if (n.path("name").path("value").asText().isBlank()) sansNom.add(role + " " + n.path("backendDOMNodeId").asText());
    }
    assertTrue(controles > 100, "trop peu de contrôles dans l'arbre d'accessibilité : " + controles);
    assertEquals(List.of(), sansNom);
  }

  @Test
  void aucuneErreurDansLaConsole() throws Exception {
    navigateur.evaluer("new Promise(function(r){setTimeout(r,100);})");
    assertEquals(List.of(), navigateur.erreurs());
  }

  @Test
  void imprimeEnVingtCinqPagesAuPlus() throws Exception {
    Path pdf = Path.of("target", "rapport-cabbalr-2026-2030.pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);
    lancer(Navigateur.commande(chromium, dossier.resolve("profil-pdf"), "--no-pdf-header-footer",
        "--print-to-pdf=" + pdf, page.toUri().toString()));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages <= PAGES_MAX, "le rapport imprimé fait " + pages + " pages (au plus " + PAGES_MAX + ")");
      String texte = new PDFTextStripper().getText(doc);
      // what to do is printed, the folded detail only by its summary
      assertTrue(texte.contains("Ce qu'il faut faire") && texte.contains("AO-RPE"), "actions absentes du PDF");
      Constat detail = rapport.constats().stream().filter(c -> c.regle().equals("AO-PLANIFICATION")).findFirst().orElseThrow();
      assertTrue(!texte.contains(detail.message().substring(0, 60)), "le détail replié est imprimé");
      System.out.println("rapport CABBALR 2026-2030 imprimé : " + pages + " pages A4");
    }
  }

  @Test
  void captureDEcran() throws Exception {
    Path png = Path.of("target", "rapport-cabbalr-2026-2030.png").toAbsolutePath();
    Files.deleteIfExists(png);
    byte[] octets = java.util.Base64.getDecoder().decode(navigateur.commande("Page.captureScreenshot",
        Map.of("format", "png", "clip", Map.of("x", 0, "y", 0, "width", 1280, "height", 1800, "scale", 1))).path("data").asText());
    Files.write(png, octets);
    assertTrue(octets.length > 10_000, "capture trop petite : " + octets.length);
    assertEquals(Optional.of("PNG"), Optional.of(new String(octets, 1, 3, StandardCharsets.US_ASCII)));
  }

  /** Runs Chromium to completion (a guard stops a hung browser; the test times nothing). */
  static void lancer(List<String> commande) throws Exception {
    Path erreurs = Files.createTempFile(dossier, "chromium", ".err");
    Process p = new ProcessBuilder(commande).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(erreurs.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium ne s'est pas terminé : " + Files.readString(erreurs));
    }
    assertEquals(0, p.exitValue(), () -> "chromium a échoué : " + erreurs);
  }
}
