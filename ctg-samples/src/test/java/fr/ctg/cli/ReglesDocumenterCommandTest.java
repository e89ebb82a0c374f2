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
}
