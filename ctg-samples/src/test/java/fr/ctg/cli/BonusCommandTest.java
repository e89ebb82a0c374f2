package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** End to end: {@code ctg bonus} on the CABBALR 2026-2030 sample (seed 000). */
class BonusCommandTest {
  static final String CABBALR = Path.of("src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml").toString();

  static String[] run(int expectedExit, String... args) {
    CliRun r = CliRun.run(args).expect(expectedExit);
    return new String[] {r.out, r.err};
  }

  @Test
  void cabbalr2026DistributionSumsExactlyToTheEnvelope() throws Exception {
    // 2025's amount is not in the text (the last one is 2024, seed 000 L4025): it is imposed here
    String[] r = run(0, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "3348460.64", "--poids-par-defaut", "1",
        "--format", "json");
    JsonNode rapport = new ObjectMapper().readTree(r[0]);
    assertEquals("2026-01-01", rapport.path("dateEvaluation").asText());
    BigDecimal somme = BigDecimal.ZERO;
    int structures = 0;
    JsonNode synthese = null;
    for (JsonNode k : rapport.path("constats")) {
      if (!k.path("regle").asText().equals("BT-REPARTITION") || !k.path("statut").asText().equals("INFO")) continue;
      if (k.path("sujet").path("type").asText().equals("equipement")) {
        somme = somme.add(k.path("faits").path("montant").decimalValue());
        structures++;
      } else {
        synthese = k;
      }
    }
    assertEquals(304, structures);
    assertEquals(new BigDecimal("3348460.64"), somme);
    assertEquals(new BigDecimal("3348460.64"), synthese.path("faits").path("totalReparti").decimalValue());
    assertEquals(0, synthese.path("faits").path("nonReparti").decimalValue().signum());
  }

  @Test
  void htmlDrawsTheDistributionAndTheEnvelopeTrajectory() {
    String[] r = run(0, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "3348460.64", "--poids-par-defaut", "1",
        "--format", "html");
    assertTrue(r[0].startsWith("<!DOCTYPE html>"));
    assertTrue(r[0].contains("<h1>Bonus territoire et pilotage de la convention cabbalr-2026-2030</h1>"), r[0].substring(0, 2000));
    // the one eligible structure receives the whole envelope: one bar; 2021-2024 from the convention, plus 2026's envelope
    String repartition = r[0].substring(r[0].indexOf("id=\"graphique-repartition\""), r[0].indexOf("id=\"graphique-enveloppe\""));
    assertEquals(1, repartition.split("<rect ", -1).length - 1, repartition);
    assertTrue(repartition.contains("3 348 460,64 €"));
    String enveloppe = r[0].substring(r[0].indexOf("id=\"graphique-enveloppe\""), r[0].indexOf("id=\"graphique-populations\""));
    assertEquals(5, enveloppe.split("<rect ", -1).length - 1, enveloppe);
    assertTrue(enveloppe.contains("enveloppe 2026"));
    assertEquals(r[0], run(0, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "3348460.64", "--poids-par-defaut", "1",
        "--format", "html")[0]);
  }

  @Test
  void textShowsEligibilityReasonsAndTheAlignedTable() {
    String[] r = run(0, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "3348460,64", "--poids-par-defaut", "1");
    String t = r[0];
    assertTrue(t.startsWith("Bonus territoire 2026 — convention cabbalr-2026-2030 (évaluation au 1er janvier 2026)"), t);
    assertTrue(t.contains("ELIGIBLE   Chargé de Coopération – CABBALR (poste-coop-cabbalr) est éligible au bonus territoire 2026"), t);
    assertTrue(t.contains("A_VERIFIER Ecole Maternelle J. PREVERT (ALSH extrascolaire) (alsh-extra-annequin-ecole-maternelle-j-prevert)"), t);
    assertTrue(t.contains("Annequin (62034) : ni signataire ni engagement renseigné"), t);
    assertTrue(t.contains("\n  structure           poids         montant\n"
        + "  poste-coop-cabbalr      1  3 348 460,64 €\n"
        + "  (303 autre(s) structure(s) à 0,00 € : inéligibles, à vérifier ou sans poids)\n"
        + "  Total réparti              3 348 460,64 €\n"
        + "  Non réparti                        0,00 €\n"
        + "  Enveloppe                  3 348 460,64 €\n"), t);
    assertTrue(t.contains("Répartition PROVISOIRE : 302 structure(s) dont l'éligibilité reste à vérifier"), t);
    // Servins (62793), outside the CABBALR although listed in its annex (seed 000 L3259-3261)
    assertTrue(t.contains("(alsh-extra-servins-ecole-les-quatre-vents) n'est pas éligible au bonus territoire 2026 : "
        + "sa commune (62793) n'est pas couverte par la CTG cabbalr-2026-2030"), t);
    assertEquals("", r[1]);
  }

  @Test
  void withoutTheAmountOfTheYearBeforeTheEnvelopeIsToBeChecked() {
    String t = run(0, "bonus", CABBALR, "--annee", "2026")[0];
    assertTrue(t.contains("le montant de 2025 de cette convention (financements bonifiés comptabilisés par la Caf, charge à payer, "
        + "selon la règle qu'écrivent les conventions du Ternois, du Pays d'Opale et de la Région d'Audruicq) n'est pas renseigné ; "
        + "le montant d'une autre année ou d'une autre convention n'en tient pas lieu"), t);
    assertTrue(t.contains("Répartition (BT-REPARTITION) : aucune, faute d'enveloppe."), t);
    // 2025 from the 2024 amount of the convention (the CTG is not in force in 2025: every structure is ineligible)
    String t2025 = run(0, "bonus", CABBALR, "--annee", "2025", "--format", "csv")[0];
    assertTrue(t2025.contains("BT-ENVELOPPE;convention;cabbalr-2026-2030;"), t2025);
    assertTrue(t2025.contains("3 348 460,64 €"), t2025);
  }

  @Test
  void strictFailsOnIneligible() {
    run(1, "bonus", CABBALR, "--annee", "2031", "--strict");
    run(0, "bonus", CABBALR, "--annee", "2031");
  }

  @Test
  void badInputsExitTwoWithAFrenchMessage() {
    String[] r = run(2, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "-3");
    assertEquals("ctg bonus : --enveloppe : montant négatif « -3 »\n", r[1]);
    assertTrue(run(2, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "1,234")[1].contains("au plus 2 décimales"));
    assertTrue(run(2, "bonus", CABBALR, "--annee", "2026", "--enveloppe", "beaucoup")[1].contains("nombre invalide"));
    assertTrue(run(2, "bonus", CABBALR, "--annee", "2026", "--format", "pdf")[1].contains("format inconnu"));
    assertTrue(run(2, "bonus", CABBALR, "--annee", "2026", "--fin-premiere-ctg", "31/12/2025")[1].contains("date invalide"));
    String[] manquant = run(2, "bonus", "absent.ctg.yaml", "--annee", "2026");
    assertFalse(manquant[1].contains("Exception"), manquant[1]);
    assertTrue(run(2, "bonus", CABBALR)[1].contains("--annee"));
  }
}
