package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctg diff} on a convention ({@code check}) and on a bonus ({@code bonus}), not only on
 * obligations: the same reform file, the findings that change, the reform's effect date in the
 * header, in text, JSON and HTML.
 */
class DiffCommandTest {
  static final String CABBALR = Path.of("src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml").toString();

  @TempDir Path dir;

  private Path reforme(String nom, String valeur, String depuis) throws Exception {
    Path f = dir.resolve(nom.replace('.', '-') + ".yaml");
    Files.writeString(f, "schema: ctg-parametres/1\n\n" + nom + ":\n  description: réforme à l'étude\n  unite: unités\n"
        + "  type: NOMBRE\n  valeurs:\n    - depuis: " + depuis + "\n      valeur: "
        + valeur + "\n      reference:\n        texte: \"réforme à l'étude\"\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void checkUneConventionDeCinqAnsSousUneDureeUsuelleDeQuatreAns() throws Exception {
    Path p = reforme("conv.duree_usuelle_max_annees", "4", "2025-01-01");
    CliRun r = CliRun.run("diff", "--reforme", p.toString(), "check", CABBALR).expect(0);
    assertTrue(r.out.startsWith("Réforme : conv.duree_usuelle_max_annees = 4 depuis le 2025-01-01 (loi en vigueur : 5)\n"), r.out);
    assertTrue(r.out.contains("Convention : "), r.out);
    assertTrue(r.out.contains("CONV-PERIODE : +1 constats, -0, 0 modifiés")
        || r.out.contains("CONV-PERIODE : +0 constats, -0, 1 modifiés"), r.out);
    assertTrue(r.out.lines().anyMatch(l -> (l.startsWith("+ CONV-PERIODE") || l.startsWith("~ CONV-PERIODE"))), r.out);
    assertTrue(r.out.contains("Total : "), r.out);
    // nothing else changes: the other families do not read this parameter
    assertEquals(1, r.out.lines().filter(l -> l.matches("[A-Z]+-[A-Z-]+ : \\+.*")).count(), r.out);
    assertTrue(r.err.contains("--date absent"), r.err);

    // the same comparison as ctg-diff/1 JSON, and as a page
    CliRun json = CliRun.run("diff", "--reforme", p.toString(), "check", CABBALR, "--format", "json").expect(0);
    JsonNode j = new ObjectMapper().readTree(json.out);
    assertEquals("ctg-diff/1", j.get("schema").asText());
    assertTrue(j.get("contexte").get(0).asText().startsWith("Réforme : conv.duree_usuelle_max_annees = 4"), json.out);
    assertEquals(1, j.get("parRegle").size(), json.out);
    assertTrue(j.get("parRegle").has("CONV-PERIODE"), json.out);
    assertEquals(json.out, CliRun.run("diff", "--reforme", p.toString(), "check", CABBALR, "--format", "json").expect(0).out);
    CliRun html = CliRun.run("diff", "--reforme", p.toString(), "check", CABBALR, "--format", "html").expect(0);
    assertTrue(html.out.startsWith("<!DOCTYPE html>") && html.out.contains("<tr data-regle=\"CONV-PERIODE\">"), html.out);

    // a reform that takes effect after the date compared changes nothing yet, and says when it will
    Path tard = reforme("conv.duree_usuelle_max_annees", "4", "2027-01-01");
    CliRun avant = CliRun.run("diff", "--reforme", tard.toString(), "check", CABBALR, "--date", "2026-06-30").expect(0);
    assertTrue(avant.out.contains("conv.duree_usuelle_max_annees = (pas en vigueur le 2026-06-30) (loi en vigueur : 5) ; "
        + "4 à partir du 2027-01-01"), avant.out);
    assertTrue(avant.out.contains("Aucun constat ne change."), avant.out);

    CliRun.run("diff", "--reforme", p.toString(), "check", CABBALR, "--format", "pdf").expect(2);
    CliRun.run("diff", "--reforme", p.toString(), "check", dir.resolve("absente.ctg.yaml").toString()).expect(2);
    CliRun sans = CliRun.run("diff", "check", CABBALR).expect(2);
    assertTrue(sans.err.contains("indiquez la réforme : --reforme PARAMETRES.yaml"), sans.err);
  }

  @Test
  void bonusUnTauxDeFinancementDuPilotageFourniParLaReforme() throws Exception {
    Path p = reforme("cct.taux_financement", "50", "2026-01-01");
    String[] bonus = {"diff", "--reforme", p.toString(), "bonus", CABBALR, "--annee", "2026", "--enveloppe", "3348460.64",
        "--poids-par-defaut", "1"};
    CliRun r = CliRun.run(bonus).expect(0);
    // no value in force under the law (no source publishes the rate): the header says so
    assertTrue(r.out.startsWith("Réforme : cct.taux_financement = 50 depuis le 2026-01-01\n"), r.out);
    assertTrue(r.out.contains("bonus 2026 (évalué le 2026-01-01)"), r.out);
    // with a rate, the finding that asked for it goes away
    assertTrue(r.out.contains("CCT-COUT : +0 constats, -1, 0 modifiés"), r.out);
    assertTrue(r.out.lines().anyMatch(l -> l.startsWith("- CCT-COUT convention cabbalr-2026-2030 ")
        && l.contains(": A_VERIFIER — ") && l.contains("fournir le paramètre cct.taux_financement")), r.out);
    // the distribution of the bonus does not read the rate
    assertTrue(r.out.lines().noneMatch(l -> l.startsWith("BT-")), r.out);

    CliRun json = CliRun.run(concat(bonus, "--format", "json")).expect(0);
    JsonNode j = new ObjectMapper().readTree(json.out);
    assertEquals(1, j.get("retires").size(), json.out);
    assertEquals("CCT-COUT", j.get("retires").get(0).get("regle").asText(), json.out);
    assertEquals("A_VERIFIER", j.get("retires").get(0).get("statut").asText(), json.out);
    assertEquals(1, j.get("parRegle").get("CCT-COUT").get("retires").asInt(), json.out);
    CliRun invalide = CliRun.run("diff", "--reforme", p.toString(), "bonus", CABBALR, "--annee", "2026", "--enveloppe", "abc").expect(2);
    assertTrue(invalide.err.contains("--enveloppe : nombre invalide « abc »"), invalide.err);
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
