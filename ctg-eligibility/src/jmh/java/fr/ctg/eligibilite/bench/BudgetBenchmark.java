package fr.ctg.eligibilite.bench;

import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Rapport;
import fr.ctg.territoire.Territoire;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resource budget (issue 7): one evaluation of a convention-size territory, the 100 communes of the
 * CA de Béthune-Bruay, Artois-Lys Romane (EPCI 200072460), on 2026-01-01, with the bundled rules,
 * parameters and national registry. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is the
 * allocation per evaluation. The heap after loading is measured by {@link HeapApresChargement}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BudgetBenchmark {
  static final SelectionTerritoire CABBALR = SelectionTerritoire.epci("200072460");
  static final LocalDate DATE = LocalDate.of(2026, 1, 1);

  Evaluateur evaluateur;

  @Setup
  public void charger() {
    Territoire france = Territoire.national();
    evaluateur = Evaluateur.builder().territoire(france.communes(), france.epcis())
        .parametres(DocumentReader.bundledParametres()).build();
    Rapport r = obligationsCabbalr();
    if (france.membres("200072460").size() != 100 || r.constats().isEmpty()) {
      throw new IllegalStateException("CABBALR : " + france.membres("200072460").size() + " communes, "
          + r.constats().size() + " constats");
    }
  }

  @Benchmark
  public Rapport obligationsCabbalr() {
    return evaluateur.obligations(CABBALR, DATE, EntreesAO.aucune());
  }
}
