package fr.ctg.eligibilite;

import fr.ctg.convention.Convention;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.ImmutableRapport;
import fr.ctg.rapport.ImmutableReglesUtilisees;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.Constats;
import fr.ctg.regles.RuleBase;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.convention.Convention;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The entry point of the library: evaluates the rules on a territory for a date and returns a
 * {@link Rapport}. Immutable and thread-safe once built; the rule base is loaded once per JVM and
 * shared.
 *
 * <pre>{@code
 * Evaluateur e = Evaluateur.builder()
 *     .territoire(communes, epcis)
 *     .parametres(parametres)
 *     .population(source)
 *     .build();
 * Rapport r = e.obligations(SelectionTerritoire.epci("246200299"), LocalDate.of(2026, 1, 1),
 *     EntreesAO.aucune(), false);
 * }</pre>
 */
public final class Evaluateur {
  private final RuleBase regles;
  private final Parametres parametres;
  private final SourcePopulation population;
  private final Map<String, Commune> communes;
  private final Map<String, Epci> epcis;

  private Evaluateur(Builder b) {
    this.regles = b.regles != null ? b.regles : RuleBase.bundled();
    this.parametres = Objects.requireNonNull(b.parametres, "parametres");
    this.communes = Collections.unmodifiableMap(new TreeMap<>(b.communes));
    this.epcis = Collections.unmodifiableMap(new TreeMap<>(b.epcis));
    this.population = b.population != null ? b.population : SourcePopulation.desCommunes(b.communes.values());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The AO obligations (CASF L.214-1-3) of every commune of {@code selection}, and of every
   * transferee of a competence of one of them, on {@code date}.
   *
   * @param inclureNonApplicables also report the obligations that do not apply, with the reason
   *     ({@code NON_APPLICABLE})
   * @throws SelectionInvalideException when the selection or the inputs name something unknown or
   *     contradict each other
   */
  public Rapport obligations(SelectionTerritoire selection, LocalDate date, EntreesAO entrees,
      boolean inclureNonApplicables) {
    List<Commune> retenues = selection.resoudre(communes, epcis);
    FaitsAO faits = FaitsAO.assembler(retenues, communes, epcis, population, parametres, date,
        entrees, inclureNonApplicables);
    Constats constats = regles.evaluer(faits.faits());
    return rapport(date, Optional.empty(), faits, constats);
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
    List<Object> communs = FaitsCommuns.de(parametres, date, false);
    List<Object> faits = new ArrayList<>(communs);
    faits.addAll(FaitsConvention.de(convention, communes, epcis));
    FaitsAO ao = FaitsAO.sansCommuns(communs, FaitsConvention.communesCouvertes(convention, communes),
        epcis, population, date, FaitsConvention.entreesAO(convention));
    faits.addAll(ao.faits());
    // BT and CCT when the convention carries their data: the bonus of the year of the date, as known
    // on that date, with no caller-supplied envelope or weights (ctg bonus takes those).
    if (!convention.bonusTerritoire().isEmpty() || !convention.equipements().isEmpty()
        || !convention.postesCooperation().isEmpty()) {
      faits.addAll(FaitsBonus.de(convention, date.getYear(), Optional.empty(), EntreesBonus.aucune(),
          communes, epcis));
    }
    Constats constats = regles.evaluer(faits);
    return rapport(date, Optional.of(convention.id()), ao, constats);
  }

  private Rapport rapport(LocalDate date, Optional<String> convention, FaitsAO ao, Constats constats) {
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
    enveloppe.ifPresent(e -> {
      if (e.signum() < 0) {
        throw new SelectionInvalideException("enveloppe négative : " + e.toPlainString() + " €");
      }
      if (e.stripTrailingZeros().scale() > 2) {
        throw new SelectionInvalideException("enveloppe au-delà du centime : " + e.toPlainString() + " € (2 décimales au plus)");
      }
    });
    LocalDate date = LocalDate.of(annee, 1, 1);
    List<Object> faits = new ArrayList<>(FaitsCommuns.de(parametres, date, false));
    faits.addAll(FaitsBonus.de(c, annee, enveloppe, entrees, communes, epcis));
    Constats constats = regles.evaluer(faits);
    return ImmutableRapport.builder()
        .dateEvaluation(date)
        .convention(c.id())
        .regles(ImmutableReglesUtilisees.builder()
            .source(regles.source()).empreinte(regles.empreinte()).nombre(regles.nombre()).build())
        .parametres(constats.parametresLus())
        .constats(constats.constats())
        .build();
  }

  /** Builder; {@link #parametres(Parametres)} is required. */
  public static final class Builder {
    private RuleBase regles;
    private Parametres parametres;
    private SourcePopulation population;
    private final Map<String, Commune> communes = new LinkedHashMap<>();
    private final Map<String, Epci> epcis = new LinkedHashMap<>();

    private Builder() {}

    /** The communes and EPCI the selections are resolved against (e.g. the national registry). */
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

    public Builder parametres(Parametres parametres) {
      this.parametres = parametres;
      return this;
    }

    /** Where populations come from; by default, the figures carried by the communes. */
    public Builder population(SourcePopulation population) {
      this.population = population;
      return this;
    }

    /** The rule base; by default, the bundled one ({@link RuleBase#bundled()}). */
    public Builder regles(RuleBase regles) {
      this.regles = regles;
      return this;
    }

    public Evaluateur build() {
      return new Evaluateur(this);
    }
  }
}
