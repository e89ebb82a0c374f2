package fr.ctg.eligibilite.bench;

import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.eligibilite.SourcePopulation;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.PorteeTerritoriale;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Population;
import fr.ctg.territoire.PopulationRetenue;
import fr.ctg.territoire.Populations;
import fr.ctg.territoire.Territoire;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * AO obligations of every commune of the bundled national registry on 2026-01-01, warm: the rule
 * engine ({@link #drools()}) next to a plain-Java implementation of the same thresholds
 * ({@link #javaSimple()}), the lower bound, and the rules again split into one session per
 * processor ({@link #droolsParallele()}). Setup checks that the three give the same (rule, subject,
 * statut) findings — the two rule runs the same report — so they do the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ObligationsBenchmark {
  static final LocalDate DATE = LocalDate.of(2026, 1, 1);
  /** One date per year of the dated registry, 1 January 2021 to 2026 ({@link #droolsSixDates()}). */
  static final List<LocalDate> SIX_DATES = java.util.stream.IntStream.rangeClosed(2021, 2026)
      .mapToObj(a -> LocalDate.of(a, 1, 1)).toList();

  Evaluateur evaluateur;
  Evaluateur evaluateurParallele;
  /** The engine as applications get it: the dated registry, the year of the date chosen per call. */
  Evaluateur evaluateurRegistreDate;
  List<Commune> communes;
  SourcePopulation source;
  Parametres parametres;
  /** The scope of the CASF AO provisions on {@link #DATE}, by collectivity code, for {@link #javaSimple()}. */
  Map<String, PorteeTerritoriale> champ;

  @Setup
  public void preparer() {
    Territoire territoire = Territoire.national();
    Populations populations = Populations.du(territoire);
    communes = territoire.communes();
    parametres = RuleBase.bundled().parametres();
    champ = new HashMap<>();
    for (PorteeTerritoriale p : PorteeTerritoriale.enVigueur(RuleBase.bundled().textes(), DATE)) {
      if (p.texte().equals("casf-ao")) champ.put(p.collectivite(), p);
    }
    source = (insee, date) -> populations.totale(insee, date).map(PopulationRetenue::population)
        .or(() -> territoire.commune(insee).flatMap(Commune::population).filter(p -> p.couvre(date)));
    evaluateur = Evaluateur.builder().territoire(communes, territoire.epcis()).parametres(parametres)
        .population(source).build();
    evaluateurParallele = Evaluateur.builder().territoire(communes, territoire.epcis()).parametres(parametres)
        .population(source).parallelisme(Runtime.getRuntime().availableProcessors()).build();
    evaluateurRegistreDate = Evaluateur.builder().parametres(parametres).build();
    if (!drools().constats().equals(droolsRegistreDate().constats())) {
      throw new IllegalStateException("le registre daté 2026 ne donne pas les constats du registre national 2026");
    }
    if (!drools().equals(droolsParallele())) {
      throw new IllegalStateException("l'évaluation par parties diffère de l'évaluation en une session");
    }
    Set<String> regles = drools().constats().stream().map(ObligationsBenchmark::cle).collect(Collectors.toSet());
    Set<String> java = javaSimple().stream().map(ObligationsBenchmark::cle).collect(Collectors.toSet());
    if (!regles.equals(java)) {
      throw new IllegalStateException("les deux implémentations divergent : " + regles.size() + " / " + java.size());
    }
    for (Rapport r : droolsSixDates()) {
      if (r.territoire().orElseThrow().registre() != r.dateEvaluation().getYear()) {
        throw new IllegalStateException("le rapport du " + r.dateEvaluation() + " n'est pas évalué sur le registre de son année");
      }
    }
    System.out.println("\n" + communes.size() + " communes, " + regles.size() + " constats");
  }

  private static String cle(Constat c) {
    return c.regle() + "/" + c.sujet().id() + "/" + c.statut();
  }

  @Benchmark
  public Rapport drools() {
    return evaluateur.obligations(SelectionTerritoire.france(), DATE, EntreesAO.aucune());
  }

  /** The same evaluation split into one session per processor ({@link Evaluateur.Builder#parallelisme}). */
  @Benchmark
  public Rapport droolsParallele() {
    return evaluateurParallele.obligations(SelectionTerritoire.france(), DATE, EntreesAO.aucune());
  }

  /** The same evaluation on the dated registry ({@code Evaluateur.builder().build()}), as applications run it. */
  @Benchmark
  public Rapport droolsRegistreDate() {
    return evaluateurRegistreDate.obligations(SelectionTerritoire.france(), DATE, EntreesAO.aucune());
  }

  /**
   * All of France on the six dates of {@link #SIX_DATES}, one after the other, on the dated registry
   * (each date on the registry of its year), as {@code ctg obligations --france --date …} runs them:
   * to compare with {@link #droolsRegistreDate()} (one date), the cost of several dates being the
   * sum of theirs (issue 16 §2). Before 2025 no AO obligation applies yet: those dates cost the
   * assembly of the facts and sessions that conclude nothing.
   */
  @Benchmark
  public List<Rapport> droolsSixDates() {
    List<Rapport> rapports = new java.util.ArrayList<>(SIX_DATES.size());
    for (LocalDate d : SIX_DATES) {
      rapports.add(evaluateurRegistreDate.obligations(SelectionTerritoire.france(), d, EntreesAO.aucune()));
    }
    return rapports;
  }

  @Benchmark
  public List<Constat> javaSimple() {
    return ObligationsJavaSimple.evaluer(communes, (i, d) -> source.population(i, d), parametres, DATE, champ);
  }
}
