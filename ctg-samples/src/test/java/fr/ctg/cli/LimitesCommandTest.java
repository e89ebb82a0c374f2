package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that runs away stops the evaluating commands with exit code 4 and a French message naming
 * the rule (and its file for an expert's directory), without a stack trace; the limits are options
 * of every evaluating command, listed with the exit codes in their help. The tests assert the
 * outcome, not durations (the timeout, each test on its own thread, only turns a regression into a
 * failure instead of a hung build).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LimitesCommandTest {
  @TempDir Path dir;

  private static void sansTraceDePile(CliRun r) {
    assertFalse(r.err.contains("\tat ") || r.err.contains("Exception"), r.err);
  }

  @Test
  void lesReglesEmbarqueesArreteesAuDelaDeLaLimiteDesDeclenchements() {
    CliRun r = CliRun.run("obligations", "--epci", "246200299", "--date", "2026-01-01", "--declenchements-max", "1")
        .expect(Ctg.LIMITE_DEPASSEE);
    assertTrue(r.err.startsWith("ctg : évaluation arrêtée : plus de 1 déclenchements de règles dans une session "
        + "(limite des déclenchements) ; la règle « "), r.err);
    assertTrue(r.err.contains("--declenchements-max, --duree-max, --faits-max (voir ctg obligations --help)"), r.err);
    assertEquals("", r.out);
    sansTraceDePile(r);
  }

  @Test
  void uneBoucleSansFinDansLaConsequenceDUnExpertEstArreteeALaDureeMaximale() throws Exception {
    Path f = dir.resolve("regles/fr/ctg/regles/expert/boucle.drl");
    Files.createDirectories(f.getParent());
    Files.writeString(f, String.join("\n",
        "package fr.ctg.regles.expert;",
        "import fr.ctg.regles.Evaluation;",
        "",
        "rule \"boucle sans fin\"",
        "  @id(EXPERT-BOUCLE) @titre(\"t\") @fondement(\"f\") @source(\"s\")",
        "when",
        "  Evaluation()",
        "then",
        "  int i = 0;",
        "  while (i >= 0) { i = (i + 1) % 1000; }",
        "end",
        ""), StandardCharsets.UTF_8);
    CliRun r = CliRun.run("obligations", "--commune", "62119", "--date", "2026-01-01", "--regles",
        dir.resolve("regles").toString(), "--duree-max", "1").expect(Ctg.LIMITE_DEPASSEE);
    assertTrue(r.err.startsWith("ctg : évaluation arrêtée : durée maximale de 1 s dépassée (limite de durée) ; "
        + "la règle « boucle sans fin » (" + f + ":4) s'exécutait"), r.err);
    sansTraceDePile(r);
  }

  @Test
  void uneLimiteNulleEstUneErreurDUsage() {
    CliRun r = CliRun.run("check", CheckCommandTest.CABBALR, "--date", "2026-06-30", "--faits-max", "0")
        .expect(Ctg.ENTREE_INVALIDE);
    assertTrue(r.err.contains("--faits-max : au moins 1 (reçu 0)"), r.err);
  }

  @Test
  void laideDesCommandesQuiEvaluentDonneLesLimitesEtLesCodesDeSortie() {
    for (String[] commande : new String[][] {{"obligations"}, {"check"}, {"bonus"}, {"diff", "--reforme", "r.yaml", "obligations"},
        {"diff", "check"}, {"diff", "bonus"}, {"regles", "tester"}}) {
      String[] args = java.util.Arrays.copyOf(commande, commande.length + 1);
      args[commande.length] = "--help";
      CliRun r = CliRun.run(args).expect(Ctg.OK);
      assertTrue(r.out.contains("--declenchements-max=N") && r.out.contains("--duree-max=SECONDES")
          && r.out.contains("--faits-max=N"), String.join(" ", commande) + " :\n" + r.out);
      assertTrue(r.out.contains("Codes de sortie :"), r.out);
      assertTrue(r.out.contains("4   évaluation arrêtée : une règle s'est emballée"), r.out);
    }
    // a command that evaluates nothing does not list them
    assertFalse(CliRun.run("territoire", "--help").expect(Ctg.OK).out.contains("--duree-max"));
  }
}
