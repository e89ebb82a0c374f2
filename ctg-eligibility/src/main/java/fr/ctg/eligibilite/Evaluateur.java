package fr.ctg.eligibilite;

import fr.ctg.convention.Convention;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.ImmutableRapport;
import fr.ctg.rapport.ImmutableReglesUtilisees;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.Constats;
import fr.ctg.regles.RuleBase;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.Locale;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.regles.Budget;
import fr.ctg.regles.LimiteDepasseeException;
import fr.ctg.regles.Limites;
import fr.ctg.regles.RuleSource;
import fr.ctg.territoire.Population;
import fr.ctg.territoire.PopulationCommune;
import fr.ctg.territoire.PopulationsCsv;
import fr.ctg.territoire.Territoire;

/**
 * The one entry point of the library: evaluates the rules on a territory for a date and returns an
 * immutable {@link Rapport}.
 *
 * <pre>{@code
 * Evaluateur ctg = Evaluateur.national();   // bundled rules, national registry, bundled parameters
 * Rapport r = ctg.obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1),
 *     EntreesAO.aucune(), false);
 * }</pre>
 *
 * <p>Configuration ({@link #builder()}): the rule source (bundled, an expert's directory, or a
 * {@link RuleSource} the application reloads), parameter overrides, population overrides, the
 * territory, the language (French only).
 *
 * <p><b>Thread-safety</b>: immutable and thread-safe once built; build one per application and share
 * it between request threads. Each evaluation runs its own Drools session over a shared, immutable
 * rule base. With a {@link RuleSource}, each evaluation reads the source once at its start and runs
 * entirely on that rule base and its parameters: a concurrent {@link RuleSource#reload} never
 * produces a mixed report.
 *
 * <p><b>Nullness</b>: no argument may be {@code null} ({@link NullPointerException}); absent values
 * are {@link Optional}s. <b>Units</b>: dates are {@link LocalDate} (no time zone, no wall clock: the
 * evaluation date is always given), amounts are euros as {@link BigDecimal} of scale 2, populations
 * are numbers of inhabitants (INSEE population totale).
 *
 * <p><b>Errors</b>: invalid input is a {@link SelectionInvalideException} (French message); reading a
 * document (population file, convention) is an {@link fr.ctg.document.InvalidDocumentException} with
 * positioned errors; an invalid rule directory is a {@link fr.ctg.regles.RuleBaseException}; an
 * evaluation that exceeds its {@link Limites} (a rule that runs away) is a {@link LimiteDepasseeException}
 * naming the rule, after which the engine keeps serving. Anything else is a programming error.
 */
public final class Evaluateur {
  /** Languages of the messages; only French exists (rule texts and messages are written in French). */
  public enum Langue {
    /** French, the only language of the rules, messages and reports. */
    FR;

    /**
     * The language of {@code locale}.
     *
     * @throws IllegalArgumentException (French message) for any locale whose language is not French
     */
    public static Langue de(Locale locale) {
      if ("fr".equals(Objects.requireNonNull(locale, "locale").getLanguage())) return FR;
      throw new IllegalArgumentException("langue non prise en charge : « " + locale.toLanguageTag()
          + " » ; ctg n'existe qu'en français (fr)");
    }
  }

  private final RuleSource source;
  /** Null: the parameters of the rule base serving ({@link RuleBase#parametres()}). */
  private final Parametres parametresFixes;
  private final Parametres surcharges;
  private final SourcePopulation population;
  private final Map<String, Commune> communes;
  private final Map<String, Epci> epcis;
  private final Langue langue;
  private final int parallelisme;
  private final Limites limites;
  /** The parameters computed for the last rule base seen (reloads are rare: one computation each). */
  private final AtomicReference<BaseEtParametres> memo = new AtomicReference<>();

  private record BaseEtParametres(RuleBase base, Parametres parametres) {}

  private Evaluateur(Builder b) {
    this.source = b.source != null ? b.source : RuleSource.of(RuleBase.bundled());
    this.parametresFixes = b.parametres;
    this.surcharges = b.surcharges;
    if (b.communes.isEmpty() && b.epcis.isEmpty()) {
      Territoire t = Territoire.national();
      for (Commune c : t.communes()) b.communes.put(c.insee(), c);
      for (Epci e : t.epcis()) b.epcis.put(e.siren(), e);
    }
    this.communes = Collections.unmodifiableMap(new TreeMap<>(b.communes));
    this.epcis = Collections.unmodifiableMap(new TreeMap<>(b.epcis));
    SourcePopulation base = b.population != null ? b.population : SourcePopulation.desCommunes(b.communes.values());
    this.population = b.surchargesPopulation.isEmpty() ? base : surchargee(base, b.surchargesPopulation);
    this.langue = b.langue;
    this.parallelisme = b.parallelisme;
    this.limites = b.limites;
  }

  /**
   * AO holders per session: {@link #obligations} evaluates a large selection in batches of this many
   * holders, one session each, so that a session's working memory stays small. Measured on the
   * national registry (README, Performance): one session for all 35 000 communes spends most of
   * its time collecting the garbage of its own network; batches of about a thousand holders halve
   * the time with 1 GiB of heap and make it usable with 256 MiB.
   */
  static final int TITULAIRES_PAR_LOT = 1_000;

  private static SourcePopulation surchargee(SourcePopulation base, List<PopulationCommune> liste) {
    Map<String, List<Population>> parInsee = new HashMap<>();
    for (PopulationCommune p : liste) {
      parInsee.computeIfAbsent(p.insee(), k -> new ArrayList<>()).add(p.population());
    }
    return (insee, date) -> {
      for (Population p : parInsee.getOrDefault(insee, List.of())) {
        if (p.couvre(date)) return Optional.of(p);
      }
      return base.population(insee, date);
    };
  }

  /**
   * The engine most applications need: the bundled rules, the national registry of communes and
   * EPCI with its populations, the bundled dated parameters. Loaded on first call (a few seconds,
   * about 32 MiB of heap) and shared: every call returns the same instance.
   */
  public static Evaluateur national() {
    return National.INSTANCE;
  }

  private static final class National {
    static final Evaluateur INSTANCE = builder().build();
  }

  /** The language of this engine's messages (always {@link Langue#FR}). */
  public Langue langue() {
    return langue;
  }

  /** The rule base and parameters an evaluation starting now runs on. */
  private BaseEtParametres courant() {
    RuleBase base = source.current();
    BaseEtParametres m = memo.get();
    if (m != null && m.base() == base) return m;
    Parametres p = parametresFixes != null ? parametresFixes : base.parametres();
    if (surcharges != null) p = p.surchargePar(surcharges);
    m = new BaseEtParametres(base, p);
    memo.set(m);
    return m;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The AO obligations (CASF L.214-1-3) of every commune of {@code selection}, and of every
   * transferee of a competence of one of them, on {@code date}.
   *
   * <p>A selection of more than 1 000 holders (a large département, France) is evaluated in batches
   * of holders, one session each, on the calling thread or, with {@link Builder#parallelisme}, on
   * several; the report is the same as with one session (the rules judge each holder from its own
   * facts, which {@code ctg regles verifier} checks for an expert's rules).
   *
   * @param inclureNonApplicables also report the obligations that do not apply, with the reason
   *     ({@code NON_APPLICABLE})
   * @throws SelectionInvalideException when the selection or the inputs name something unknown or
   *     contradict each other
   */
  public Rapport obligations(SelectionTerritoire selection, LocalDate date, EntreesAO entrees,
      boolean inclureNonApplicables) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(entrees, "entrees");
    BaseEtParametres courant = courant();
    RuleBase regles = courant.base();
    Parametres parametres = courant.parametres();
    List<Commune> retenues = selection.resoudre(communes, epcis);
    FaitsAO faits = FaitsAO.assembler(retenues, communes, epcis, population, parametres, regles.textes(), date,
        entrees, inclureNonApplicables);
    return rapport(regles, date, Optional.empty(), faits,
        evaluerParLots(regles, faits.lots(TITULAIRES_PAR_LOT), parallelisme, Budget.demarrer(limites)));
  }

  /**
   * Runs one session per batch — on the calling thread, and with {@code parallelisme > 1} also on
   * up to {@code parallelisme - 1} tasks of the common fork-join pool taking batches in turn — and
   * merges what they concluded (sorted, {@link Constat#ORDRE}, so the report does not depend on who
   * ran which batch).
   */
  static Constats.Conclusions evaluerParLots(RuleBase regles, List<List<Object>> lots, int parallelisme, Budget budget) {
    if (lots.size() == 1) return regles.evaluer(lots.get(0), budget).conclusions();
    Constats.Conclusions[] resultats = new Constats.Conclusions[lots.size()];
    AtomicInteger suivant = new AtomicInteger();
    Runnable travail = () -> {
      for (int k = suivant.getAndIncrement(); k < lots.size(); k = suivant.getAndIncrement()) {
        resultats[k] = regles.evaluer(lots.get(k), budget).conclusions();
      }
    };
    List<CompletableFuture<Void>> aides = new ArrayList<>();
    for (int i = 1; i < Math.min(parallelisme, lots.size()); i++) {
      aides.add(CompletableFuture.runAsync(travail, ForkJoinPool.commonPool()));
    }
    RuntimeException echec = null;
    try {
      travail.run();
    } catch (RuntimeException e) {
      echec = e; // the helpers stop at their next check (the budget is stopped) or batch: wait for them
    }
    for (CompletableFuture<Void> f : aides) {
      try {
        f.join();
      } catch (CompletionException e) {
        if (echec != null) continue;
        if (e.getCause() instanceof RuntimeException) throw (RuntimeException) e.getCause();
        if (e.getCause() instanceof Error) throw (Error) e.getCause();
        throw e;
      }
    }
    if (echec != null) throw echec;
    return Constats.Conclusions.fusion(Arrays.asList(resultats));
  }

  /**
   * Checks a convention on {@code date}: every rule family in one session over facts assembled once
   * — the conformity of the convention itself (CONV-*), the AO obligations (CASF L.214-1-3) of the
   * communes it lists, with the convention as a CTG in force for them (so that a CTG standing in
   * for the schéma is judged by AO-DISPENSE-CTG, and the RPE coverage it states counts for AO-RPE),
   * and, when the convention carries their data, the bonus territoire and chargés de coopération
   * rules (BT-*, CCT-*) for the year of {@code date}.
   * {@link Rapport#convention()} is the convention's id.
   *
   * @throws SelectionInvalideException when the convention lists a commune unknown to this
   *     evaluator's territory
   */
  public Rapport verifier(Convention convention, LocalDate date) {
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(date, "date");
    BaseEtParametres courant = courant();
    RuleBase regles = courant.base();
    Parametres parametres = courant.parametres();
    List<Object> communs = FaitsCommuns.de(parametres, regles.textes(), date, false);
    List<Object> faits = new ArrayList<>(communs);
    faits.addAll(FaitsConvention.de(convention, communes, epcis));
    FaitsAO ao = FaitsAO.sansCommuns(communs, FaitsConvention.communesCouvertes(convention, communes),
        communes, epcis, population, date, FaitsConvention.entreesAO(convention));
    faits.addAll(ao.faits());
    // BT and CCT when the convention carries their data: the bonus of the year of the date, as known
    // on that date, with no caller-supplied envelope or weights (ctg bonus takes those).
    if (!convention.bonusTerritoire().isEmpty() || !convention.equipements().isEmpty()
        || !convention.postesCooperation().isEmpty()) {
      faits.addAll(FaitsBonus.de(convention, date.getYear(), Optional.empty(), EntreesBonus.aucune(),
          communes, epcis));
    }
    return rapport(regles, date, Optional.of(convention.id()), ao,
        regles.evaluer(faits, Budget.demarrer(limites)).conclusions());
  }

  private static Rapport rapport(RuleBase regles, LocalDate date, Optional<String> convention, FaitsAO ao,
      Constats.Conclusions constats) {
    Map<String, ParametreLu> lus = new TreeMap<>();
    ao.populationReference().ifPresent(p -> lus.put(p.nom(), p.lu()));
    for (ParametreLu p : constats.parametresLus()) lus.putIfAbsent(p.nom(), p);
    return ImmutableRapport.builder()
        .dateEvaluation(date)
        .convention(convention)
        .regles(ImmutableReglesUtilisees.builder()
            .source(regles.source()).empreinte(regles.empreinte()).nombre(regles.nombre()).build())
        .parametres(lus.values())
        .constats(constats.constats())
        .build();
  }

  /**
   * The bonus territoire (BT-*) and the pilotage funding of the chargés de coopération (CCT-*) of
   * convention {@code c} for year {@code annee}: the envelope, the eligibility of every structure of
   * the equipment annex with the conditions it fails, the distribution of the envelope (one
   * {@code INFO} BT-REPARTITION finding per structure with {@code faits.montant}, and a summary on the
   * convention with {@code enveloppe}, {@code totalReparti}, {@code nonReparti}), new projects, the
   * trajectoire tiers, and the posts.
   *
   * <p>Evaluation date: 1 January of {@code annee} (the bonus of year N is decided at the start of N
   * with the parameters in force that day; "during N" conditions look at the whole year; the CCT
   * reports due are those of the years of the CTG completed before N).
   *
   * @param enveloppe imposes the envelope (euros, {@code >= 0}, at most 2 decimals); when empty, the
   *     envelope is the convention's bonus territoire amount of {@code annee - 1} (BT-ENVELOPPE)
   * @throws SelectionInvalideException (French message) for a negative envelope or one finer than a
   *     cent, or inputs that contradict each other
   */
  public Rapport bonus(Convention c, int annee, Optional<BigDecimal> enveloppe, EntreesBonus entrees) {
    Objects.requireNonNull(c, "convention");
    Objects.requireNonNull(entrees, "entrees");
    BaseEtParametres courant = courant();
    RuleBase regles = courant.base();
    Parametres parametres = courant.parametres();
    enveloppe.ifPresent(e -> {
      if (e.signum() < 0) {
        throw new SelectionInvalideException("enveloppe négative : " + e.toPlainString() + " €");
      }
      if (e.stripTrailingZeros().scale() > 2) {
        throw new SelectionInvalideException("enveloppe au-delà du centime : " + e.toPlainString() + " € (2 décimales au plus)");
      }
    });
    LocalDate date = LocalDate.of(annee, 1, 1);
    List<Object> faits = new ArrayList<>(FaitsCommuns.de(parametres, regles.textes(), date, false));
    faits.addAll(FaitsBonus.de(c, annee, enveloppe, entrees, communes, epcis));
    Constats.Conclusions constats = regles.evaluer(faits, Budget.demarrer(limites)).conclusions();
    return ImmutableRapport.builder()
        .dateEvaluation(date)
        .convention(c.id())
        .regles(ImmutableReglesUtilisees.builder()
            .source(regles.source()).empreinte(regles.empreinte()).nombre(regles.nombre()).build())
        .parametres(constats.parametresLus())
        .constats(constats.constats())
        .build();
  }

  /**
   * Configures an {@link Evaluateur}; every setting has a default, so {@code builder().build()} is
   * {@link #national()} (but a new instance). Not thread-safe; use it from one thread, then share
   * the built engine.
   */
  public static final class Builder {
    private RuleSource source;
    private Parametres parametres;
    private Parametres surcharges;
    private SourcePopulation population;
    private final List<PopulationCommune> surchargesPopulation = new ArrayList<>();
    private final Map<String, Commune> communes = new LinkedHashMap<>();
    private final Map<String, Epci> epcis = new LinkedHashMap<>();
    private Langue langue = Langue.FR;
    private int parallelisme = 1;
    private Limites limites = Limites.parDefaut();

    private Builder() {}

    /**
     * The bounds of every evaluation (default {@link Limites#parDefaut()}: 1 000 000 rule firings
     * and 100 000 facts per session, 2 minutes per evaluation), so that a rule that runs away — an
     * expert's rule that re-triggers itself, loops, or inserts without end — stops the evaluation
     * with a {@link LimiteDepasseeException} (French message naming the rule and its file) instead of
     * hanging or exhausting the heap. The rule base stays usable for the next evaluation.
     */
    public Builder limites(Limites limites) {
      this.limites = Objects.requireNonNull(limites, "limites");
      return this;
    }

    /**
     * How many sessions {@link Evaluateur#obligations} may run at once (default 1: everything on
     * the calling thread). A large selection is evaluated in batches of holders, one session each
     * (the report is the same, byte for byte, as with a single session); with {@code n > 1} the
     * batches are shared between the calling thread and up to {@code n - 1} tasks of
     * {@link ForkJoinPool#commonPool()}. Convention checks and the bonus always run in one session.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Builder parallelisme(int n) {
      if (n < 1) throw new IllegalArgumentException("parallélisme : au moins 1 (reçu " + n + ")");
      this.parallelisme = n;
      return this;
    }

    /**
     * The communes and EPCI the selections are resolved against; by default, the national registry
     * ({@link Territoire#national()}). May be called several times to add more.
     *
     * @throws IllegalArgumentException for a commune (INSEE code) or EPCI (SIREN) given twice
     */
    public Builder territoire(Collection<Commune> communes, Collection<Epci> epcis) {
      for (Commune c : communes) {
        if (this.communes.put(c.insee(), c) != null) {
          throw new IllegalArgumentException("commune en double : " + c.insee());
        }
      }
      for (Epci e : epcis) {
        if (this.epcis.put(e.siren(), e) != null) {
          throw new IllegalArgumentException("EPCI en double : " + e.siren());
        }
      }
      return this;
    }

    /**
     * Replaces the whole parameter set; by default, the parameters that go with the rule base
     * serving ({@link RuleBase#parametres()}: the bundled ones, or those of an expert's directory).
     * Prefer {@link #surchargerParametres(Parametres)} to change a few values.
     */
    public Builder parametres(Parametres parametres) {
      this.parametres = Objects.requireNonNull(parametres, "parametres");
      return this;
    }

    /**
     * Parameter overrides (a reform): each parameter of {@code surcharges} replaces, by name, the one
     * of the base parameters, also after a reload of the rule source. Read them with
     * {@link fr.ctg.document.DocumentReader#readParametres(java.nio.file.Path...)}.
     */
    public Builder surchargerParametres(Parametres surcharges) {
      this.surcharges = this.surcharges == null ? Objects.requireNonNull(surcharges, "surcharges")
          : this.surcharges.surchargePar(surcharges);
      return this;
    }

    /** Where populations come from; by default, the figures carried by the communes of the territory. */
    public Builder population(SourcePopulation population) {
      this.population = Objects.requireNonNull(population, "population");
      return this;
    }

    /**
     * Population overrides (inhabitants, INSEE population totale, each for its period): they win
     * over the population source on the dates their period covers.
     */
    public Builder populations(List<PopulationCommune> surcharges) {
      this.surchargesPopulation.addAll(List.copyOf(surcharges));
      return this;
    }

    /**
     * Population overrides read from a CSV file ({@link PopulationsCsv#ENTETE}), checked against the
     * national registry.
     *
     * @throws InvalidDocumentException with positioned errors (French) if the file is invalid
     */
    public Builder populations(Path csv) throws InvalidDocumentException {
      return populations(PopulationsCsv.lire(csv, Territoire.national()));
    }

    /**
     * A fixed rule base; by default (or {@code null}, kept for existing callers), the bundled one
     * ({@link RuleBase#bundled()}).
     */
    public Builder regles(RuleBase regles) {
      this.source = regles == null ? null : RuleSource.of(regles);
      return this;
    }

    /**
     * A rule source the application may reload ({@link RuleSource#reload(java.nio.file.Path)}) while
     * the engine serves; each evaluation runs on the base serving when it starts.
     */
    public Builder regles(RuleSource source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * The rules of an expert's directory (as written by {@code ctg regles exporter}), compiled and
     * checked now.
     *
     * @throws fr.ctg.regles.RuleBaseException carrying every problem if the directory is invalid
     */
    public Builder regles(Path repertoire) {
      return regles(RuleBase.fromDirectory(repertoire));
    }

    /**
     * The language of messages and reports: French only.
     *
     * @throws IllegalArgumentException (French message) for any other language
     */
    public Builder langue(Locale locale) {
      this.langue = Langue.de(locale);
      return this;
    }

    /** The language of messages and reports ({@link Langue#FR}, the only one). */
    public Builder langue(Langue langue) {
      this.langue = Objects.requireNonNull(langue, "langue");
      return this;
    }

    /** The engine; the bundled rule base and national registry are loaded here if needed. */
    public Evaluateur build() {
      return new Evaluateur(this);
    }
  }
}
