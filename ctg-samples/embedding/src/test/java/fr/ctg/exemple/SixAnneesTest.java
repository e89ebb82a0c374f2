package fr.ctg.exemple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.territoire.Registre;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Pas-de-Calais on one date of each registry year 2021–2026, in one JVM with a 128 MiB heap
 * (surefire argLine of this pom): the six yearly registries of all of France stay resident and
 * shared, and every report names the registry of its date; and all of France evaluated in the same
 * heap, as an application embedding the national evaluation runs it.
 */
class SixAnneesTest {
  /** What a test keeps of the report of the Pas-de-Calais on 1 July of {@code annee} (the report itself is dropped). */
  record Resume(int registre, Set<String> regles, int communes) {}

  static Resume pasDeCalais(int annee) {
    Rapport r = Evaluateur.national().obligations(SelectionTerritoire.departement("62"), LocalDate.of(annee, 7, 1),
        EntreesAO.aucune());
    return new Resume(r.territoire().orElseThrow().registre(),
        r.constats().stream().map(Constat::regle).collect(Collectors.toSet()),
        (int) r.constats().stream().filter(c -> c.sujet().type().equals("commune")).map(c -> c.sujet().id()).distinct().count());
  }

  @Test
  void sixAnneesDuRegistreResidentesDans128Mio() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 128L * 1024 * 1024, "le test doit tourner avec -Xmx128m");
    for (int annee = 2021; annee <= 2026; annee++) {
      Resume r = pasDeCalais(annee);
      assertEquals(annee, r.registre());
      if (annee >= 2025) {
        // the AO obligations are in force (loi 2023-1196, from 1 January 2025): every commune has some
        assertEquals(Registre.national().annee(annee).communesDuDepartement("62").size(), r.communes(),
            Integer.toString(annee));
      } else {
        // before 2025 no AO obligation applies yet
        assertEquals(Set.of(), r.regles(), Integer.toString(annee));
      }
    }
  }

  @Test
  void laFranceEntiereDans128Mio() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 128L * 1024 * 1024, "le test doit tourner avec -Xmx128m");
    LocalDate jour = LocalDate.of(2026, 7, 1);
    Rapport r = Evaluateur.national().obligations(SelectionTerritoire.france(), jour, EntreesAO.aucune());
    assertEquals(2026, r.territoire().orElseThrow().registre());
    // every commune of the registry of the date has its findings (AO obligations, or the CASF's scope)
    assertEquals(Registre.national().annee(2026).communes().size(),
        r.constats().stream().filter(c -> c.sujet().type().equals("commune")).map(c -> c.sujet().id()).distinct().count());
  }
}
