package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed catalogue {@code ctg-samples/docs/regles.md} is what {@code ctg regles documenter} generates now. */
class ReglesDocumenterCommandTest {
  static final Path COPIE = Path.of("docs/regles.md");

  @Test
  void leCatalogueCommiteEstAJour() throws Exception {
    CliRun r = CliRun.run("regles", "documenter", "--format", "markdown").expect(0);
    String attendu = Files.exists(COPIE) ? Files.readString(COPIE, StandardCharsets.UTF_8) : "(absent)";
    assertEquals(attendu, r.out, "ctg-samples/docs/regles.md n'est plus à jour : regénérez-le avec "
        + "./ctg regles documenter --format markdown --sortie ctg-samples/docs/regles.md");
  }

  @Test
  void leCatalogueDitFondementParametresLignesEtScenarios() {
    CliRun r = CliRun.run("regles", "documenter").expect(0);
    assertTrue(r.out.contains("## AO-RPE — disposer d'un relais petite enfance"), r.out);
    assertTrue(r.out.contains("- **Fondement** : CASF art. L.214-1-3 II al. 4 et L.214-2-1"), r.out);
    assertTrue(r.out.contains("  - `ao.seuil_rpe` (habitants) : 10000 depuis le 2026-01-01"), r.out);
    assertTrue(r.out.contains("`fr/ctg/regles/ao/rpe.drl` lignes"), r.out);
    assertTrue(r.out.contains("ao/seuils.scenario.yaml : « au seuil de 10 000 ni schéma ni relais petite enfance"), r.out);
    CliRun html = CliRun.run("regles", "documenter", "--format", "html").expect(0);
    assertTrue(html.out.startsWith("<!DOCTYPE html>"), html.out);
    assertTrue(html.out.contains("<section id=\"AO-RPE\">"), html.out);
  }

  /**
   * The « Sources » section lists every legal text of the table with each of its versions, and under each
   * text every rule whose fondement cites it; then the source documents (#12 §4).
   */
  @Test
  void laSectionSourcesListeChaqueTexteSesVersionsEtLesReglesQuiLeCitent() {
    CliRun r = CliRun.run("regles", "documenter").expect(0);
    int debut = r.out.indexOf("## Sources\n");
    int fin = r.out.indexOf("## Règles sans scénario");
    assertTrue(debut > 0 && fin > debut, r.out);
    String sources = r.out.substring(debut, fin);
    assertTrue(sources.indexOf("### Textes juridiques") < sources.indexOf("### Documents sources"), sources);
    java.util.Map<String, String> entrees = new java.util.HashMap<>();
    for (String e : sources.split("\n#### ")) entrees.put(e.lines().findFirst().orElse(""), e);
    fr.ctg.textes.TextesJuridiques table = fr.ctg.regles.TextesJuridiquesEmbarques.embarques();
    java.util.Map<String, String> parCle = new java.util.HashMap<>();
    for (fr.ctg.textes.TextesJuridiques.Article a : table.articles()) {
      String entree = entrees.entrySet().stream().filter(e -> e.getKey().contains("(CASF), art. " + a.numero() + "]")
          || e.getKey().endsWith("(CASF), art. " + a.numero())).map(java.util.Map.Entry::getValue).findFirst()
          .orElseThrow(() -> new AssertionError("article " + a.numero() + " absent de la section Sources"));
      for (fr.ctg.textes.TextesJuridiques.Version v : a.versions()) {
        assertTrue(entree.contains("- **Version** : en vigueur du " + fr.ctg.textes.TextesJuridiques.date(v.depuis())), entree);
      }
      parCle.put(a.numero(), entree);
    }
    for (fr.ctg.textes.TextesJuridiques.TexteOfficiel t : table.textes()) {
      String entree = entrees.entrySet().stream().filter(e -> e.getKey().contains(t.titre())).map(java.util.Map.Entry::getValue)
          .findFirst().orElseThrow(() -> new AssertionError(t.cle() + " absent de la section Sources"));
      parCle.put(t.cle(), entree);
    }
    int citations = 0;
    for (fr.ctg.regles.RegleInfo regle : fr.ctg.regles.RuleBase.bundled().regles()) {
      for (String cle : fr.ctg.textes.TextesJuridiques.cles(regle.fondement())) {
        String entree = parCle.get(cle);
        assertTrue(entree != null, cle + " (cité par " + regle.id() + ") absent de la section Sources");
        String lecteurs = entree.lines().filter(l -> l.startsWith("- **Règles qui le citent** : ")).findFirst().orElse("");
        assertTrue(java.util.List.of(lecteurs.substring(lecteurs.indexOf(": ") + 2).split(", ")).contains(regle.id()),
            regle.id() + " absent des règles qui citent " + cle + " : " + lecteurs);
        citations++;
      }
    }
    assertTrue(citations > 15, "citations : " + citations);
    CliRun html = CliRun.run("regles", "documenter", "--format", "html").expect(0);
    assertTrue(html.out.contains("<h2>Sources</h2>\n<h3>Textes juridiques</h3>\n"), html.out);
    assertTrue(html.out.contains("<dt>Version</dt><dd>en vigueur du 1er janvier 2025 (sans fin connue), issue de : loi n° 2023-1196"
        + " du 18 décembre 2023, art. 17 (création de l'article)"), html.out);
  }
}
