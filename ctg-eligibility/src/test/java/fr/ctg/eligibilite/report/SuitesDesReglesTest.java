package fr.ctg.eligibilite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The follow-ups the report prints (deadline, what would settle it) exist for every bundled rule. */
class SuitesDesReglesTest {
  @Test
  void chaqueRegleEmbarqueeASaSuiteEtChaqueSuiteSaRegle() {
    RuleBase base = RuleBase.bundled();
    Set<String> regles = new TreeSet<>();
    for (RegleInfo r : base.regles()) regles.add(r.id());
    Set<String> suites = new TreeSet<>();
    SuitesDesRegles.embarquees().regles().forEach(suites::add);
    Set<String> sansSuite = new TreeSet<>(regles);
    sansSuite.removeAll(suites);
    Set<String> sansRegle = new TreeSet<>(suites);
    sansRegle.removeAll(regles);
    assertEquals(Set.of(), sansSuite, "règles sans entrée dans " + SuitesDesRegles.RESSOURCE);
    assertEquals(Set.of(), sansRegle, "entrées de " + SuitesDesRegles.RESSOURCE + " sans règle");
  }

  @Test
  void lesEcheancesLisentDesParametresQuiExistent() {
    RuleBase base = RuleBase.bundled();
    for (String r : SuitesDesRegles.embarquees().regles()) {
      SuitesDesRegles.Suite s = SuitesDesRegles.embarquees().pour(r).orElseThrow();
      assertFalse(s.pourConclure.isBlank(), r);
      if (!s.parametre.isEmpty()) {
        assertFalse(base.parametres().parametre(s.parametre).isEmpty(), r + " : paramètre inconnu " + s.parametre);
      }
    }
  }
}
