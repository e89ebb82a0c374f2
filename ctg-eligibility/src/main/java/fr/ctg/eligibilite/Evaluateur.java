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
import fr.ctg.regles.TextesJuridiquesEmbarques;
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
import fr.ctg.territoire.DateHorsRegistreException;
import fr.ctg.territoire.Millesime;
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Territoire;
import fr.ctg.rapport.ImmutableTerritoireUtilise;
import fr.ctg.rapport.TerritoireUtilise;

/**
 * The one entry point of the library: evaluates the rules on a territory for a date and returns an
 * immutable {@link Rapport}.
 *
 * <pre>{@code
 * Evaluateur ctg = Evaluateur.national();   // bundled rules, national registry, bundled parameters
 * Rapport r = ctg.obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1),
 *     EntreesAO.aucune());
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
  /** The dated national registry; null when the builder was given a territory of its own. */
  private final Registre registre;
  /** The territory given to the builder (null with the dated registry). */
  private final Referentiel fixe;
  /** The population source given to the builder; null: the figures of the registry in force. */
  private final SourcePopulation populationImposee;
  private final List<PopulationCommune> surchargesPopulation;
  /** One referential per registry year, built on first use and shared by every evaluation of that year. */
  private final Map<Integer, Referentiel> parAnnee = new java.util.concurrent.ConcurrentHashMap<>();
  private final Langue langue;
  private final int parallelisme;
  private final int titulairesParLot;
  private final Limites limites;
  /** The parameters computed for the last rule base seen (reloads are rare: one computation each). */
  private final AtomicReference<BaseEtParametres> memo = new AtomicReference<>();

  private record BaseEtParametres(RuleBase base, Parametres parametres) {}

  private Evaluateur(Builder b) {
    this.source = b.source != null ? b.source : RuleSource.of(RuleBase.bundled());
    this.parametresFixes = b.parametres;
    this.surcharges = b.surcharges;
    this.populationImposee = b.population;
    this.surchargesPopulation = List.copyOf(b.surchargesPopulation);
    if (b.surcharges != null) {
      // fail at build, not at the first evaluation: a reform keeps the declared type and domain
      Parametres declares = b.parametres != null ? b.parametres : source.current().parametres();
      java.util.List<String> incompatibilites = new java.util.ArrayList<>();
      // a misspelt name would otherwise be ignored in silence: refused, with the closest known names
      for (fr.ctg.parametres.Parametre p : b.surcharges.tous()) {
        if (declares.parametre(p.nom()).isEmpty()) {
          incompatibilites.add(fr.ctg.document.DocumentReader.surchargeInconnue(p.nom(), declares));
        }
      }
      incompatibilites.addAll(declares.incompatibilites(b.surcharges));
      if (!incompatibilites.isEmpty()) {
        throw new IllegalArgumentException(String.join("\n", incompatibilites));
      }
    }
    if (b.communes.isEmpty() && b.epcis.isEmpty()) {
      this.registre = Registre.national();
      this.fixe = null;
    } else {
      this.registre = null;
      this.fixe = referentiel(null, Collections.unmodifiableMap(new TreeMap<>(b.communes)), b.epcis.values(),
          SourcePopulation.desCommunes(b.communes.values()));
    }
    this.langue = b.langue;
    this.parallelisme = b.parallelisme;
    this.titulairesParLot = b.titulairesParLot;
    this.limites = b.limites;
  }

  /**
   * The territory an evaluation runs on: communes and EPCI by code, the population source (with the
   * caller's overrides) and, for the dated registry, the year used.
   */
  private record Referentiel(Territoire registre, Map<String, Commune> communes, Map<String, Epci> epcis,
      SourcePopulation population) {}

  /**
   * @param registre the registry year, or null for a territory given to the builder
   * @param populations the figures the territory carries; the builder's population source and
   *     overrides win over them
   */
  private Referentiel referentiel(Territoire registre, Map<String, Commune> communes, Collection<Epci> epcis,
      SourcePopulation populations) {
    Map<String, Epci> e = new TreeMap<>();
    for (Epci x : epcis) e.put(x.siren(), x);
    SourcePopulation base = populationImposee != null ? populationImposee : populations;
    SourcePopulation p = surchargesPopulation.isEmpty() ? base : surchargee(base, surchargesPopulation);
    return new Referentiel(registre, communes, Collections.unmodifiableMap(e), p);
  }

  /**
   * The territory in force on {@code date}: the registry of its year (loaded and indexed once per
   * year), or the territory given to the builder.
   *
   * @throws SelectionInvalideException (French message, with the covered range) for a date before
   *     the first registry
   */
  private Referentiel referentielAu(LocalDate date) {
    if (registre == null) return fixe;
    Millesime m;
    try {
      m = registre.millesimeAu(date);
    } catch (DateHorsRegistreException e) {
      throw new SelectionInvalideException(e.getMessage());
    }
    return parAnnee.computeIfAbsent(m.annee(), a -> {
      Territoire t = registre.annee(a);
      return referentiel(t, new CommunesDuRegistre(t), t.epcis(),
          (insee, jour) -> t.commune(insee).flatMap(Commune::population).filter(p -> p.couvre(jour)));
    });
  }

  /**
   * The communes of a registry year seen as a read-only map by INSEE code, in code order, without
   * copying them: the registry already indexes them (six years stay resident in a small heap).
   */
  private static final class CommunesDuRegistre extends java.util.AbstractMap<String, Commune> {
    private final Territoire registre;

    CommunesDuRegistre(Territoire registre) {
      this.registre = registre;
    }

    @Override
    public Commune get(Object insee) {
      return insee instanceof String ? registre.commune((String) insee).orElse(null) : null;
    }

    @Override
    public boolean containsKey(Object insee) {
      return get(insee) != null;
    }

    @Override
    public int size() {
      return registre.communes().size();
    }

    @Override
    public Collection<Commune> values() {
      return registre.communes();
    }

    @Override
    public java.util.Set<Map.Entry<String, Commune>> entrySet() {
      return new java.util.AbstractSet<>() {
        @Override
        public java.util.Iterator<Map.Entry<String, Commune>> iterator() {
          java.util.Iterator<Commune> i = registre.communes().iterator();
          return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
              return i.hasNext();
            }

            @Override
            public Map.Entry<String, Commune> next() {
              Commune c = i.next();
              return new java.util.AbstractMap.SimpleImmutableEntry<>(c.insee(), c);
            }
          };
        }

        @Override
        public int size() {
          return registre.communes().size();
        }
      };
    }
  }

  /** What a report says of the registry year used on {@code date}, with {@code remarques} added. */
  private static Optional<TerritoireUtilise> territoireUtilise(Referentiel r, LocalDate date, List<String> remarques) {
    if (r.registre() == null || r.registre().millesime().isEmpty()) return Optional.empty();
    Millesime m = r.registre().millesime().get();
    return Optional.of(ImmutableTerritoireUtilise.builder().registre(m.annee()).paquet(m.paquet())
        .millesimePopulationTotale(m.millesimePopulationTotale())
        .millesimePopulationMunicipaleSeule(m.millesimePopulationMunicipaleSeule())
        .addAllRemarques(m.remarquesAu(date)).addAllRemarques(remarques).build());
  }

  /**
   * AO holders per session: {@link #obligations} evaluates a large selection in batches of this many
   * holders, one session each, so that a session's working memory stays small. Measured on the
   * national registry (README, Performance): one session for all 35 000 communes spends most of
   * its time collecting the garbage of its own network; batches of about a thousand holders halve
   * the time with 1 GiB of heap and make it usable with 256 MiB. The default of
   * {@link Builder#titulairesParLot}.
   */
  static final int TITULAIRES_PAR_LOT = 1_000;

  /**
   * The rule family {@link #obligations} evaluates ({@code fr/ctg/regles/ao}): of the bundled rules,
   * only its model is loaded for it ({@link RuleBase#famille}); the report still names the whole
   * bundled base, whose other families conclude nothing on AO facts.
   */
  static final String FAMILLE_AO = "ao";

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
   * The engine most applications need: the bundled rules, the dated national registry of communes
   * and EPCI with their populations (the year in force on each evaluation's date), the bundled dated
   * parameters. Loaded on first call (a few seconds,
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
   * The AO obligations that apply ({@link OptionsObligations#parDefaut()}); see
   * {@link #obligations(SelectionTerritoire, LocalDate, EntreesAO, OptionsObligations)}.
   *
   * @throws SelectionInvalideException when the selection or the inputs name something unknown or
   *     contradict each other
   */
  public Rapport obligations(SelectionTerritoire selection, LocalDate date, EntreesAO entrees) {
    return obligations(selection, date, entrees, OptionsObligations.parDefaut());
  }

  /**
   * The AO obligations (CASF L.214-1-3) of every commune of {@code selection}, and of every
   * transferee of a competence of one of them, on {@code date}.
   *
   * <p>A selection of more than {@link Builder#titulairesParLot} holders (1 000 by default: a large
   * département, France) is evaluated in batches
   * of holders, one session each, on the calling thread or, with {@link Builder#parallelisme}, on
   * several; the report is the same as with one session (the rules judge each holder from its own
   * facts, which {@code ctg regles verifier} checks for an expert's rules).
   *
   * <pre>{@code
   * Rapport r = ctg.obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1),
   *     EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
   * }</pre>
   *
   * @param options what to report beyond the obligations that apply ({@link OptionsObligations})
   * @throws SelectionInvalideException when the selection or the inputs name something unknown or
   *     contradict each other
   */
  public Rapport obligations(SelectionTerritoire selection, LocalDate date, EntreesAO entrees,
      OptionsObligations options) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(entrees, "entrees");
    boolean inclureNonApplicables = options.inclureNonApplicables();
    BaseEtParametres courant = courant();
    RuleBase regles = courant.base();
    Parametres parametres = courant.parametres();
    Referentiel ref = referentielAu(date);
    List<String> remarques = new ArrayList<>();
    List<Commune> retenues = selection.resoudre(ref.communes(), ref.epcis(), ref.registre(), remarques);
    FaitsAO faits = FaitsAO.assembler(retenues, ref.communes(), ref.epcis(), ref.population(), parametres,
        regles.textes(), date, entrees, inclureNonApplicables, parallelisme);
    return rapport(regles, date, Optional.empty(), territoireUtilise(ref, date, remarques), faits,
        evaluerParLots(regles.famille(FAMILLE_AO), faits.lots(titulairesParLot), parallelisme, Budget.demarrer(limites)));
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
    Referentiel ref = referentielAu(date);
    List<String> remarques = new ArrayList<>();
    FaitsConvention.Codes codes = FaitsConvention.Codes.de(convention, ref.communes(), ref.registre());
    List<Object> communs = FaitsCommuns.de(parametres, regles.textes(), date, false);
    List<Object> faits = new ArrayList<>(communs);
    faits.add(ProvenancesConvention.de(convention, ref.registre(), codes));
    faits.addAll(FaitsConvention.de(convention, ref.communes(), ref.epcis(), codes));
    faits.addAll(FaitsConvention.changementsDepuisLaSignature(convention, ref.registre(), codes, registre, remarques));
    if (ref.registre() != null) faits.addAll(FaitsConvention.populationsDivergentes(convention, registre));
    FaitsAO ao = FaitsAO.sansCommuns(communs, FaitsConvention.communesCouvertes(convention, ref.communes(), codes),
        ref.communes(), ref.epcis(), ref.population(), date, FaitsConvention.entreesAO(convention, codes));
    faits.addAll(ao.faits());
    // BT and CCT when the convention carries their data: the bonus of the year of the date, as known
    // on that date, with no caller-supplied envelope or weights (ctg bonus takes those).
    if (!convention.bonusTerritoire().isEmpty() || !convention.equipements().isEmpty()
        || !convention.postesCooperation().isEmpty()) {
      faits.addAll(FaitsBonus.de(convention, date.getYear(), Optional.empty(), EntreesBonus.aucune(),
          ref.communes(), ref.epcis()));
    }
    return rapport(regles, date, Optional.of(convention.id()), territoireUtilise(ref, date, remarques), ao,
        regles.evaluer(faits, Budget.demarrer(limites)).conclusions());
  }

  private static Rapport rapport(RuleBase regles, LocalDate date, Optional<String> convention,
      Optional<TerritoireUtilise> territoire, FaitsAO ao, Constats.Conclusions constats) {
    Map<String, ParametreLu> lus = new TreeMap<>();
    ao.populationReference().ifPresent(p -> lus.put(p.nom(), p.lu()));
    for (ParametreLu p : constats.parametresLus()) lus.putIfAbsent(p.nom(), p);
    return ImmutableRapport.builder()
        .dateEvaluation(date)
        .convention(convention)
        .regles(ImmutableReglesUtilisees.builder()
            .source(regles.source()).empreinte(regles.empreinte()).nombre(regles.nombre()).build())
        .territoire(territoire)
        .parametres(lus.values())
        .textesCites(TextesJuridiquesEmbarques.citer(date, constats.constats(), lus.values()))
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
    Referentiel ref = referentielAu(date);
    List<Object> faits = new ArrayList<>(FaitsCommuns.de(parametres, regles.textes(), date, false));
    faits.add(ProvenancesConvention.de(c, ref.registre(), FaitsConvention.Codes.de(c, ref.communes(), ref.registre())));
    faits.addAll(FaitsBonus.de(c, annee, enveloppe, entrees, ref.communes(), ref.epcis()));
    Constats.Conclusions constats = regles.evaluer(faits, Budget.demarrer(limites)).conclusions();
    return ImmutableRapport.builder()
        .dateEvaluation(date)
        .convention(c.id())
        .regles(ImmutableReglesUtilisees.builder()
            .source(regles.source()).empreinte(regles.empreinte()).nombre(regles.nombre()).build())
        .territoire(territoireUtilise(ref, date, List.of()))
        .parametres(constats.parametresLus())
        .textesCites(TextesJuridiquesEmbarques.citer(date, constats.constats(), constats.parametresLus()))
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
    private int titulairesParLot = TITULAIRES_PAR_LOT;
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
     * How many AO holders {@link Evaluateur#obligations} puts in one session (default 1 000). The
     * report does not depend on it. Larger batches pay less per session (the common facts are
     * inserted in each), smaller ones hold less memory at once: measured on all of France
     * (docs/performance.md, « Démarrage à froid, suite »), 200 instead of 1 000 costs a warm
     * evaluation 10 to 15 % more time and saves a one-shot command 40 MB of peak memory — which
     * {@code ctg obligations} chooses.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public Builder titulairesParLot(int n) {
      if (n < 1) throw new IllegalArgumentException("titulaires par lot : au moins 1 (reçu " + n + ")");
      this.titulairesParLot = n;
      return this;
    }

    /**
     * The communes and EPCI the selections are resolved against, on every date. By default, the
     * dated national registry: each evaluation uses the registry in force on its date
     * ({@link Registre#enVigueurAu}), resolves a former commune code to its successor, and its
     * report names the registry year and census vintage ({@link Rapport#territoire()}); a date
     * before the first registry is refused ({@link SelectionInvalideException}). May be called
     * several times to add more.
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
     * of the base parameters, also after a reload of the rule source, keeping its declared type
     * and domain ({@link Parametres#surchargePar}). Read them with
     * {@link fr.ctg.document.DocumentReader#readParametres(java.util.List, Parametres)} to get each
     * value refused with its file and line; {@link #build()} throws {@link IllegalArgumentException}
     * (French message naming the parameter and its domain) for a reform that does not respect them,
     * and for a parameter name the base parameters do not know (« paramètre « x » inconnu des
     * règles … ; vouliez-vous dire « … » ? »): an override is never ignored in silence.
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
