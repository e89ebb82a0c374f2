package fr.ctg.eligibilite.bench;

import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Rapport;
import fr.ctg.territoire.Territoire;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;

/**
 * Resource budget (issue 7): the heap retained by one ready engine (bundled rule base, bundled
 * parameters, national registry) after one evaluation, measured after full GCs. Run it in the
 * budget the README promises:
 * {@code java -Xmx256m -cp ctg-eligibility/target/benchmarks.jar fr.ctg.eligibilite.bench.HeapApresChargement}
 */
public final class HeapApresChargement {
  private HeapApresChargement() {}

  public static void main(String[] args) {
    long avant = utilise();
    Territoire france = Territoire.national();
    Evaluateur evaluateur = Evaluateur.builder().territoire(france.communes(), france.epcis())
        .parametres(DocumentReader.bundledParametres()).build();
    Rapport r = evaluateur.obligations(SelectionTerritoire.epci("200072460"), LocalDate.of(2026, 1, 1),
        EntreesAO.aucune());
    long apres = utilise();
    MemoryUsage tas = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    System.out.printf("communes : %d, EPCI : %d, constats CABBALR : %d%n", france.communes().size(),
        france.epcis().size(), r.constats().size());
    System.out.printf("tas utilisé avant chargement : %.1f Mio%n", avant / 1048576.0);
    System.out.printf("tas utilisé, moteur prêt (règles + paramètres + registre national) : %.1f Mio%n",
        apres / 1048576.0);
    System.out.printf("tas maximal (-Xmx) : %.0f Mio%n", tas.getMax() / 1048576.0);
    // keep the engine reachable until after the measure
    if (evaluateur.hashCode() == 42) System.out.print("");
  }

  private static long utilise() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
