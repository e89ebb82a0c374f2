package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctg regles tester}: pass, fail with the difference, invalid file, and {@code ctg valider} on a scenario. */
class ReglesTesterCommandTest {
  @TempDir Path dir;

  static final String SCENARIO = String.join("\n",
      "schema: ctg-scenario/1",
      "cas:",
      "  - nom: dix mille un",
      "    dateEvaluation: 2026-01-01",
      "    entree:",
      "      communes:",
      "        - { insee: \"62013\", nom: Dix-mille-un, populationTotale: 10001 }",
      "    attendu:",
      "      - { regle: AO-RPE, sujet: \"62013\", statut: STATUT }",
      "");

  private Path ecrire(String nom, String texte) throws Exception {
    Path p = dir.resolve(nom);
    Files.writeString(p, texte, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void unCasReussiDonneLeCode0() throws Exception {
    Path f = ecrire("ok.scenario.yaml", SCENARIO.replace("STATUT", "A_VERIFIER"));
    CliRun r = CliRun.run("regles", "tester", f.toString()).expect(0);
    assertTrue(r.out.endsWith("1 réussi(s), 0 échoué(s)\n"), r.out);
  }

  @Test
  void unCasEchoueDonneLaDifferenceEtLeCode1() throws Exception {
    Path f = ecrire("ko.scenario.yaml", SCENARIO.replace("STATUT", "SATISFAIT"));
    CliRun r = CliRun.run("regles", "tester", f.toString()).expect(1);
    assertTrue(r.out.contains("ÉCHEC  : dix mille un (" + f + ":3)"), r.out);
    assertTrue(r.out.contains("attendu : AO-RPE 62013 SATISFAIT"), r.out);
    assertTrue(r.out.contains("obtenu : AO-RPE 62013 A_VERIFIER {populationTotale=10001, seuil=10000}"), r.out);
    assertTrue(r.out.endsWith("0 réussi(s), 1 échoué(s)\n"), r.out);
  }

  @Test
  void uneCleMalOrthographieeEstUneErreurPositionneeEtLeCode2() throws Exception {
    Path f = ecrire("faute.scenario.yaml", SCENARIO.replace("STATUT", "A_VERIFIER").replace("dateEvaluation", "dateEvalution"));
    CliRun r = CliRun.run("regles", "tester", f.toString()).expect(2);
    assertTrue(r.err.contains(f + ":4:5: $.cas[0]"), r.err);
    assertTrue(r.err.contains("dateEvalution"), r.err);
  }

  @Test
  void uneReformeDUnParametreInconnuEstRefusee() throws Exception {
    Path f = ecrire("reforme.scenario.yaml", SCENARIO.replace("STATUT", "A_VERIFIER")
        .replace("    attendu:", "    parametres:\n      ao.seuil_imaginaire: 3\n    attendu:"));
    CliRun r = CliRun.run("regles", "tester", f.toString()).expect(2);
    assertTrue(r.err.contains("paramètre « ao.seuil_imaginaire » inconnu des règles"), r.err);
  }

  @Test
  void validerReconnaitUnScenario() throws Exception {
    Path f = ecrire("ok.scenario.yaml", SCENARIO.replace("STATUT", "A_VERIFIER"));
    CliRun r = CliRun.run("valider", f.toString()).expect(0);
    assertEquals(f + " : valide (scénario : 1 cas)\n", r.out);
  }

  static final String BONUS = String.join("\n",
      "schema: ctg-scenario/1",
      "cas:",
      "  - nom: bonus 2026",
      "    dateEvaluation: 2026-01-01",
      "    entree:",
      "      convention: CONVENTION",
      "      bonus: { annee: 2026, poidsParDefaut: 5 }",
      "    attendu:",
      "      - { regle: BT-REPARTITION, sujet: ludo-camargue, statut: INFO, faits: { montant: 125.00 } }",
      "");

  @Test
  void unCasDeBonusEvalueLaConventionCommeCtgBonus() throws Exception {
    String convention = Path.of("src/main/resources/scenarios/bt/conventions/camargue-bonus.ctg.yaml").toAbsolutePath().toString();
    Path ok = ecrire("bonus.scenario.yaml", BONUS.replace("CONVENTION", convention));
    CliRun.run("regles", "tester", ok.toString()).expect(0);
    // without the default weight the structure gets nothing: the same expectation fails
    Path ko = ecrire("bonus-ko.scenario.yaml", BONUS.replace("CONVENTION", convention).replace(", poidsParDefaut: 5", ""));
    CliRun r = CliRun.run("regles", "tester", ko.toString()).expect(1);
    assertTrue(r.out.contains("obtenu : BT-REPARTITION ludo-camargue"), r.out);
  }

  @Test
  void bonusEstStrictEtExigeUneConvention() throws Exception {
    String convention = Path.of("src/main/resources/scenarios/bt/conventions/camargue-bonus.ctg.yaml").toAbsolutePath().toString();
    Path faute = ecrire("faute-bonus.scenario.yaml", BONUS.replace("CONVENTION", convention).replace("poidsParDefaut", "poidParDefaut"));
    CliRun r = CliRun.run("regles", "tester", faute.toString()).expect(2);
    assertTrue(r.err.contains(faute + ":7:") && r.err.contains("poidParDefaut"), r.err);
    Path sans = ecrire("sans-convention.scenario.yaml", BONUS.replace("      convention: CONVENTION\n", ""));
    CliRun s = CliRun.run("regles", "tester", sans.toString()).expect(2);
    assertTrue(s.err.contains("donnez aussi « convention »"), s.err);
  }

  static final String TRANSFERT = String.join("\n",
      "schema: ctg-scenario/1",
      "cas:",
      "  - nom: transfert hors groupement",
      "    dateEvaluation: 2026-01-01",
      "    entree:",
      "      communes:",
      "        - { insee: \"62020\", nom: A, populationTotale: 6000, epci: \"200000001\" }",
      "        - { insee: \"62022\", nom: B, populationTotale: 5000, epci: \"200000002\" }",
      "      epci:",
      "        - { siren: \"200000001\", nom: CA de test, nature: CA }",
      "        - { siren: \"200000002\", nom: CC voisine, nature: CC }",
      "      transferts:",
      "        - { commune: \"62022\", competences: [PLANIFICATION], beneficiaire: \"BENEFICIAIRE\", depuis: 2025-03-01 }",
      "    attendu:",
      "      - { regle: AO-PLANIFICATION, sujet: \"BENEFICIAIRE\", statut: A_VERIFIER }",
      "");

  /**
   * Issue 12 §3 (CASF art. L.214-1-3 III): a case's transfer to an EPCI the commune is not a member of
   * is refused at reading, at its beneficiary (file:line:column), with the exit code of every invalid
   * scenario file (2) — by {@code regles tester} and by {@code valider} — and is not evaluated.
   */
  @Test
  void unTransfertHorsDuGroupementEstRefuseALaLectureAvecSaPosition() throws Exception {
    Path f = ecrire("transfert.scenario.yaml", TRANSFERT.replace("BENEFICIAIRE", "200000001"));
    String attendu = f + ":13:75: $.cas[0].entree.transferts[0].beneficiaire: la commune B (62022) ne peut pas "
        + "transférer PLANIFICATION à CA de test (200000001) : elle n'en est pas membre le 2026-01-01 ; une commune ne "
        + "transfère une compétence qu'à un groupement dont elle est membre (CASF art. L.214-1-3 III) ; elle est membre "
        + "de CC voisine (200000002)\n";
    CliRun r = CliRun.run("regles", "tester", f.toString()).expect(2);
    assertEquals(attendu, r.err);
    assertTrue(!r.out.contains("réussi : ") && !r.out.contains("ÉCHEC"), r.out);
    assertEquals(attendu, CliRun.run("valider", f.toString()).expect(2).err);
    // to its own group: evaluated, the group holds the competence
    Path ok = ecrire("transfert-ok.scenario.yaml", TRANSFERT.replace("BENEFICIAIRE", "200000002"));
    CliRun.run("regles", "tester", ok.toString()).expect(0);
  }
}
