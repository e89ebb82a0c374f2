package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.ImmutableRpe;
import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.Territoire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One {@link Evaluateur} shared by many threads (issue 7): thousands of evaluations over varied
 * selections, dates and inputs, each report identical (JSON bytes) to the one computed for the same
 * inputs on a single thread beforehand. A race in the engine, the rule base, the parameter
 * resolution or the explanation caches would show as a differing or failed report.
 */
class ConcurrenceTest {
  static final int FILS = 8;
  static final int EVALUATIONS = 2000;
  /** After the AO effect date (2025-01-01), the day before and the day of the RPE one (2026-01-01). */
  static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31),
      LocalDate.of(2026, 1, 1));

  /** One evaluation's inputs. */
  static final class Entree {
    final SelectionTerritoire selection;
    final LocalDate date;
    final EntreesAO entrees;
    final boolean nonApplicables;

    Entree(SelectionTerritoire selection, LocalDate date, EntreesAO entrees, boolean nonApplicables) {
      this.selection = selection;
      this.date = date;
      this.entrees = entrees;
      this.nonApplicables = nonApplicables;
    }

    String evaluer(Evaluateur e) {
      return JsonReport.render(e.obligations(selection, date, entrees, OptionsObligations.parDefaut().nonApplicables(nonApplicables)));
    }

    @Override
    public String toString() {
      return selection + " le " + date + (nonApplicables ? " (avec non applicables)" : "") + " " + entrees;
    }
  }

  @Test
  void unEvaluateurPartageParHuitFilsDonneLesMemesRapportsQuUnSeulFil() throws Exception {
    Territoire france = Territoire.national();
    Evaluateur evaluateur = Evaluateur.builder().territoire(france.communes(), france.epcis())
        .parametres(DocumentReader.bundledParametres()).build();

    // selections: small EPCI of the Pas-de-Calais, single communes, lists of communes
    List<SelectionTerritoire> selections = new ArrayList<>();
    List<Epci> epci62 = france.epcis().stream()
        .filter(e -> france.membres(e.siren()).size() <= 20
            && france.membres(e.siren()).stream().allMatch(c -> c.departement().equals("62")))
        .limit(4).collect(Collectors.toList());
    selections.add(SelectionTerritoire.epci("246200299")); // CA d'Hénin-Carvin, where the RPE below is
    for (Epci e : epci62) selections.add(SelectionTerritoire.epci(e.siren()));
    List<String> communes62 = france.communesDuDepartement("62").stream().map(Commune::insee)
        .collect(Collectors.toList());
    Random hasard = new Random(20260101L);
    for (int i = 0; i < 8; i++) {
      selections.add(SelectionTerritoire.communes(List.of(communes62.get(hasard.nextInt(communes62.size())))));
    }
    for (int i = 0; i < 4; i++) {
      List<String> l = new ArrayList<>();
      for (int k = 0; k < 6; k++) l.add(communes62.get(hasard.nextInt(communes62.size())));
      selections.add(SelectionTerritoire.communes(l));
    }
    // inputs: nothing known beyond the registry, or one RPE covering the CA d'Hénin-Carvin's towns
    EntreesAO aucune = EntreesAO.aucune();
    EntreesAO unRpe = EntreesAO.builder().rpe(List.of(ImmutableRpe.builder().id("rpe-1").nom("RPE de test")
        .addCommunes("62427", "62215", "62510").depuis(LocalDate.of(2025, 9, 1)).build())).build();

    List<Entree> entrees = new ArrayList<>();
    for (SelectionTerritoire s : selections) {
      for (LocalDate d : DATES) {
        for (EntreesAO x : List.of(aucune, unRpe)) {
          entrees.add(new Entree(s, d, x, false));
          entrees.add(new Entree(s, d, x, true));
        }
      }
    }
    List<String> attendus = new ArrayList<>();
    for (Entree e : entrees) attendus.add(e.evaluer(evaluateur));
    long distincts = attendus.stream().distinct().count();
    // at least one distinct report per (selection, date); the RPE input and the non-applicable
    // findings change some more
    assertTrue(distincts >= selections.size() * DATES.size(), "rapports distincts : " + distincts + " / " + entrees.size());

    int[] tirage = new int[EVALUATIONS];
    for (int i = 0; i < EVALUATIONS; i++) tirage[i] = hasard.nextInt(entrees.size());
    ExecutorService pool = Executors.newFixedThreadPool(FILS);
    try {
      CountDownLatch depart = new CountDownLatch(1);
      List<Future<String>> resultats = new ArrayList<>();
      for (int i = 0; i < EVALUATIONS; i++) {
        Entree e = entrees.get(tirage[i]);
        resultats.add(pool.submit(() -> {
          depart.await();
          return e.evaluer(evaluateur);
        }));
      }
      depart.countDown();
      for (int i = 0; i < EVALUATIONS; i++) {
        // a failed evaluation rethrows here (ExecutionException) and fails the test
        assertEquals(attendus.get(tirage[i]), resultats.get(i).get(), entrees.get(tirage[i]).toString());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
