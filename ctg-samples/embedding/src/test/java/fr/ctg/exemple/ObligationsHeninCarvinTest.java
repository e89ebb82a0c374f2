package fr.ctg.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs against the installed artifacts only: proves the published poms are complete. */
class ObligationsHeninCarvinTest {
  @Test
  void heninBeaumontDoitDisposerDUnRelaisPetiteEnfanceEn2026() {
    Rapport rapport = ObligationsHeninCarvin.obligations(SelectionTerritoire.epci("246200299"),
        LocalDate.of(2026, 1, 1));
    List<Constat> rpe = rapport.constats().stream()
        .filter(c -> c.regle().equals("AO-RPE") && c.sujet().id().equals("62427"))
        .collect(Collectors.toList());
    assertEquals(1, rpe.size(), rapport.constats().toString());
    assertTrue(rpe.get(0).message().startsWith("Hénin-Beaumont (62427"), rpe.get(0).message());
    // no RPE coverage data given (EntreesAO.aucune()): the engine cannot conclude, it asks to check
    assertEquals(Statut.A_VERIFIER, rpe.get(0).statut());
  }
}
