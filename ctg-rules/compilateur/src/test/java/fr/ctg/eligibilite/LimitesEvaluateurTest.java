package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.regles.LimiteDepasseeException;
import fr.ctg.regles.Limites;
import fr.ctg.regles.RuleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding API under a rule that runs away: the bundled rules exported, plus an expert rule
 * that, on 1 January 2030 only, inserts facts without end. The evaluation stops with a
 * {@link LimiteDepasseeException} (the default fact limit, before the heap is exhausted), on one
 * thread or several; the same engine then evaluates another date as if nothing had happened.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LimitesEvaluateurTest {
  @TempDir static Path dir;
  static Path regle;
  static Evaluateur evaluateur;

  @BeforeAll
  static void regles() throws Exception {
    RuleFiles.bundled().export(dir, false);
    regle = dir.resolve("fr/ctg/regles/ao/emballee.drl");
    Files.writeString(regle, String.join("\n",
        "package fr.ctg.regles.ao;",
        "import fr.ctg.regles.Evaluation;",
        "",
        "rule \"insertions sans fin en 2030\"",
        "  @id(AO-EMBALLEE) @titre(\"t\") @fondement(\"f\") @source(\"s\")",
        "when",
        "  $e : Evaluation()",
        "  eval($e.date().getYear() == 2030)",
        "then",
        "  for (long i = 0; i >= 0; i++) insert(Long.valueOf(i));",
        "end",
        ""), StandardCharsets.UTF_8);
    evaluateur = Evaluateur.builder().regles(dir).parallelisme(2).build();
  }

  @Test
  void lInsertionSansFinEstArreteeParLaLimiteDeFaitsEtLeMoteurResteUtilisable() {
    LimiteDepasseeException e = assertThrows(LimiteDepasseeException.class, () -> evaluateur.obligations(
        SelectionTerritoire.epci("246200299"), LocalDate.of(2030, 1, 1), EntreesAO.aucune()));
    assertEquals(LimiteDepasseeException.Limite.FAITS, e.limite());
    assertEquals("évaluation arrêtée : plus de 100 000 faits dans une session (limite de faits) ; la règle "
        + "« insertions sans fin en 2030 » (" + regle + ":4) insérait des faits sans fin", e.getMessage());
    assertEquals("insertions sans fin en 2030", e.regle().orElseThrow());

    // the same engine, the next evaluation: the findings of the bundled rules
    assertEquals(Evaluateur.national().obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1),
            EntreesAO.aucune()).constats(),
        evaluateur.obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1), EntreesAO.aucune())
            .constats());
  }

  @Test
  void surToutLeTerritoireEnParallelePremierArretArreteToutesLesSessions() {
    // 35 batches on 2 threads, each of which would run away: the first stop ends the evaluation
    LimiteDepasseeException e = assertThrows(LimiteDepasseeException.class, () -> evaluateur.obligations(
        SelectionTerritoire.france(), LocalDate.of(2030, 1, 1), EntreesAO.aucune()));
    assertEquals(LimiteDepasseeException.Limite.FAITS, e.limite());
  }

  @Test
  void lesLimitesSeReglentParLeBuilder() {
    Evaluateur serre = Evaluateur.builder().regles(fr.ctg.regles.RuleBase.bundled())
        .limites(Limites.parDefaut().declenchements(5)).build();
    LimiteDepasseeException e = assertThrows(LimiteDepasseeException.class, () -> serre.obligations(
        SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1), EntreesAO.aucune()));
    assertEquals(LimiteDepasseeException.Limite.DECLENCHEMENTS, e.limite());
    assertTrue(e.getMessage().startsWith("évaluation arrêtée : plus de 5 déclenchements de règles dans une session"),
        e.getMessage());
    assertTrue(e.fichier().isEmpty(), "règles embarquées : pas de fichier");
  }
}
