package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The expert workflow of the README, end to end, without Java: export the rules, lower the RPE
 * threshold in the parameter file, verify, run the shipped scenarios (the ones pinning the 10 000
 * threshold now fail, as they should), and list the effect on a territory against the law in force.
 */
class ExpertWorkflowTest {
  @TempDir Path dir;

  @Test
  void exporterModifierVerifierTesterComparer() throws Exception {
    Path regles = dir.resolve("regles");
    CliRun.run("regles", "exporter", regles.toString()).expect(0);

    Path seuils = regles.resolve("parametres/ao/seuils.yaml");
    String texte = Files.readString(seuils, StandardCharsets.UTF_8);
    int rpe = texte.indexOf("ao.seuil_rpe:");
    String modifie = texte.substring(0, rpe) + texte.substring(rpe).replaceFirst("valeur: 10000", "valeur: 5000");
    assertTrue(!modifie.equals(texte));
    Files.writeString(seuils, modifie, StandardCharsets.UTF_8);

    CliRun verif = CliRun.run("regles", "verifier", regles.toString()).expect(0);
    assertTrue(verif.out.contains("0 erreur(s)"), verif.out);

    CliRun tests = CliRun.run("regles", "tester", "--regles", regles.toString()).expect(1);
    assertTrue(tests.out.contains("ÉCHEC  : au seuil de 10 000 ni schéma ni relais petite enfance, à 10 001 les deux"), tests.out);
    assertTrue(tests.out.contains("absent attendu : AO-RPE 62011"), tests.out);
    assertTrue(tests.out.matches("(?s).*\\n\\d+ réussi\\(s\\), [1-9]\\d* échoué\\(s\\)\\n"), tests.out);

    // The same change as a reform of the law in force, on Arras (62041, ~41 000) and Achicourt (62004, ~8 000).
    CliRun diff = CliRun.run("diff", "--reforme", seuils.toString(), "obligations", "--date", "2026-01-01",
        "--commune", "62041,62004").expect(0);
    assertTrue(diff.out.contains("Réforme : ao.seuil_planification = 3500 (loi en vigueur : 3500), ao.seuil_rpe = 5000 (loi en vigueur : 10000)"), diff.out);
    assertTrue(diff.out.contains("AO-RPE : +1 constats, -0, 1 modifiés"), diff.out);
    assertTrue(diff.out.contains("+ AO-RPE commune 62004 Achicourt : A_VERIFIER"), diff.out);
    assertTrue(diff.out.contains("~ AO-RPE commune 62041 Arras : A_VERIFIER → A_VERIFIER"), diff.out);
  }
}
