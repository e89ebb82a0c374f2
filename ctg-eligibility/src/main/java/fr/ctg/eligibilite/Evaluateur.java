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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
   * for the schéma is judged by AO-DISPENSE-CTG, and the RPE coverage it states counts for AO-RPE).
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
    // BT et CCT (issue 4) : quand la convention porte leurs données (bonusTerritoire, equipements,
    // postesCooperation), leurs faits propres s'ajoutent ici, sans les faits communs déjà insérés.
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
