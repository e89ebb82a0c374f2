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
    assertTrue(diff.out.contains("Réforme : ao.seuil_planification = 3500 depuis le 2025-01-01 (loi en vigueur : 3500), "
        + "ao.seuil_rpe = 5000 depuis le 2026-01-01 (loi en vigueur : 10000)"), diff.out);
    assertTrue(diff.out.contains("AO-RPE : +1 constats, -0, 1 modifiés"), diff.out);
    assertTrue(diff.out.contains("+ AO-RPE commune 62004 Achicourt : A_VERIFIER"), diff.out);
    assertTrue(diff.out.contains("~ AO-RPE commune 62041 Arras : A_VERIFIER → A_VERIFIER"), diff.out);

    // The same comparison as a page, with the report's components (badges, legal basis links, filters)
    CliRun page = CliRun.run("diff", "--reforme", seuils.toString(), "obligations", "--date", "2026-01-01",
        "--commune", "62041,62004", "--format", "html").expect(0);
    assertTrue(page.out.startsWith("<!DOCTYPE html>"), page.out);
    assertTrue(page.out.contains("<tr data-regle=\"AO-RPE\"><td><code>AO-RPE</code>"), page.out);
    assertTrue(page.out.contains("<td class=\"nombre\">+1</td><td class=\"nombre\">−0</td><td class=\"nombre\">~1</td>"), page.out);
    String ajoutes = page.out.substring(page.out.indexOf("id=\"ajoutes\""), page.out.indexOf("id=\"modifies\""));
    assertTrue(ajoutes.contains("data-regle=\"AO-RPE\" data-sujet=\"62004\""), ajoutes);
    String modifies = page.out.substring(page.out.indexOf("id=\"modifies\""));
    assertTrue(modifies.contains("data-sujet=\"62041\"") && modifies.contains("<small>Avant :</small>"), modifies);
    assertTrue(page.out.contains("<form class=\"filtres\" data-cible=\"detail-contenu\""), page.out);
    assertTrue(page.out.contains("href=\"https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048589263\""), page.out);
    CliRun.run("diff", "--reforme", seuils.toString(), "obligations", "--date", "2026-01-01",
        "--commune", "62041", "--format", "pdf").expect(2);

    // A reform that takes effect later: compared before its date, nothing changes yet, and the header
    // says from when it applies (not "depuis" a date it does not hold).
    assertTrue(texte.indexOf("\nao.", rpe + 1) < 0, "ao.seuil_rpe n'est plus le dernier paramètre du fichier");
    String plusTard = texte.stripTrailing() + "\n    - depuis: 2027-01-01\n      valeur: 5000\n      reference:\n"
        + "        texte: \"réforme de 2027\"\n";
    Path reforme2027 = dir.resolve("reforme-2027.yaml");
    Files.writeString(reforme2027, plusTard, StandardCharsets.UTF_8);
    CliRun avant = CliRun.run("diff", "--reforme", reforme2027.toString(), "obligations", "--date", "2026-06-30",
        "--commune", "62004").expect(0);
    assertTrue(avant.out.contains("ao.seuil_rpe = 10000 depuis le 2026-01-01 (loi en vigueur : 10000) ; 5000 à partir du 2027-01-01"),
        avant.out);
    assertTrue(avant.out.contains("Aucun constat ne change."), avant.out);
    CliRun apres = CliRun.run("diff", "--reforme", reforme2027.toString(), "obligations", "--date", "2027-06-30",
        "--commune", "62004").expect(0);
    assertTrue(apres.out.contains("ao.seuil_rpe = 5000 depuis le 2027-01-01 (loi en vigueur : 10000)"), apres.out);
    assertTrue(apres.out.contains("+ AO-RPE commune 62004 Achicourt : A_VERIFIER"), apres.out);
  }
}
