package fr.ctg.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads the CABBALR 2026-2030 report from a
 * {@code file://} URL and the test asserts on the DOM it built (summary counts, a finding's text,
 * the territory table), then takes a screenshot ({@code target/rapport-cabbalr-2026-2030.png}; the
 * README's copy is {@code ctg-samples/docs/rapport-cabbalr-2026-2030.png}).
 *
 * <p>Needs the Debian package {@code chromium} ({@code .ci/run} installs it). Without it the test is
 * skipped with a message, so a developer without a browser can still build.
 */
class RapportHtmlNavigateurTest {
  static final LocalDate DATE = LocalDate.of(2026, 6, 30);
  static Path chromium;

  @TempDir static Path dossier;

  @BeforeAll
  static void trouverChromium() {
    chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(nom -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(d -> Path.of(d, nom)))
        .filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(chromium != null,
        "chromium absent : test du rapport HTML dans un navigateur ignoré (apt-get install chromium ; .ci/run l'installe)");
  }

  static List<String> commande(Path profil, String... options) {
    List<String> c = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profil));
    c.addAll(List.of(options));
    return c;
  }

  /** Runs Chromium; returns its stdout. A guard stops a hung browser (the test times nothing). */
  static String lancer(List<String> commande) throws Exception {
    Path sortie = Files.createTempFile(dossier, "chromium", ".out");
    Path erreurs = Files.createTempFile(dossier, "chromium", ".err");
    Process p = new ProcessBuilder(commande).redirectOutput(sortie.toFile()).redirectError(erreurs.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium ne s'est pas terminé : " + Files.readString(erreurs));
    }
    assertEquals(0, p.exitValue(), () -> "chromium a échoué : " + lire(erreurs));
    return Files.readString(sortie, StandardCharsets.UTF_8);
  }

  static String lire(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return e.toString();
    }
  }

  @Test
  void leNavigateurAfficheLeResumeLesConstatsEtLeTerritoire() throws Exception {
    Rapport rapport = RapportsDeReferenceTest.rapport("cabbalr-2026-2030", DATE);
    Path page = dossier.resolve("rapport.html");
    Files.writeString(page, HtmlReport.render(rapport), StandardCharsets.UTF_8);

    String dom = lancer(commande(dossier.resolve("profil-dom"), "--dump-dom", page.toUri().toString()));

    // the summary counts, one per statut, as the report states them
    for (Map.Entry<Statut, Integer> e : rapport.resume().entrySet()) {
      Matcher m = Pattern.compile("<li data-statut=\"" + e.getKey() + "\"><span class=\"nombre\" data-nombre=\"(\\d+)\">")
          .matcher(dom);
      assertTrue(m.find(), "résumé absent pour " + e.getKey());
      assertEquals(e.getValue().intValue(), Integer.parseInt(m.group(1)), e.getKey().name());
    }
    // every finding became one list item of the DOM (a malformed page would be restructured by the parser)
    assertEquals(rapport.constats().size(), compter(dom, "<li class=\"constat\""));
    // a finding's text, as the browser rendered it (HTML entities decoded then re-serialised)
    Constat sdsf = rapport.constats().stream().filter(c -> c.regle().equals("CONV-SDSF")
        && c.sujet().id().equals("E2-A5")).findFirst().orElseThrow();
    assertEquals(Statut.AVERTISSEMENT, sdsf.statut());
    assertTrue(dom.contains("L'ambition E2-A5 « Développer le pouvoir d'agir des jeunes »"), "constat CONV-SDSF absent du DOM");
    // the territory table: one row per commune of the convention (100, 000 L1160-1524), Béthune among them
    int debut = dom.indexOf("<table class=\"territoire\">");
    assertTrue(debut > 0, "tableau du territoire absent");
    String table = dom.substring(debut, dom.indexOf("</table>", debut));
    assertEquals(100, compter(table, "<tr data-sujet=\""));
    assertTrue(table.contains("<tr data-sujet=\"62119\"><td><code>62119</code></td><td>Béthune</td><td class=\"nombre\">25 679</td>"),
        "ligne de Béthune absente");
    // the legal basis is a link when the rule base knows its address; every family has its section
    assertTrue(dom.contains("id=\"famille-CONV\"") && dom.contains("id=\"famille-AO\""));
  }

  @Test
  void captureDEcran() throws Exception {
    Path page = dossier.resolve("capture.html");
    Files.writeString(page, HtmlReport.render(RapportsDeReferenceTest.rapport("cabbalr-2026-2030", DATE)),
        StandardCharsets.UTF_8);
    Path png = Path.of("target", "rapport-cabbalr-2026-2030.png").toAbsolutePath();
    Files.deleteIfExists(png);
    lancer(commande(dossier.resolve("profil-capture"), "--hide-scrollbars", "--window-size=1280,1800",
        "--screenshot=" + png, page.toUri().toString()));
    byte[] octets = Files.readAllBytes(png);
    assertTrue(octets.length > 10_000, "capture trop petite : " + octets.length);
    assertEquals(Optional.of("PNG"), Optional.of(new String(octets, 1, 3, StandardCharsets.US_ASCII)));
  }

  static int compter(String texte, String motif) {
    int n = 0;
    for (int i = texte.indexOf(motif); i >= 0; i = texte.indexOf(motif, i + motif.length())) n++;
    return n;
  }
}
