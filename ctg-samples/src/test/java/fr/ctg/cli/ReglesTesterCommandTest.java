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
}
