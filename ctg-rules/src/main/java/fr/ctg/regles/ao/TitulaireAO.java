package fr.ctg.regles.ao;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.rapport.Sujet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Fact: who holds some AO competences for some communes on the evaluation date, with the population
 * counted for them (CASF L.214-1-3 III). A commune holds the competences it did not transfer, with
 * its own population; a beneficiary (EPCI, syndicat) holds each transferred competence with the sum
 * of the populations of the communes that transferred it — one fact per distinct set of communes.
 * Assembled in Java; the rules decide. Immutable.
 */
public final class TitulaireAO {
  /**
   * "[RECENSEMENT, INFORMATION, PLANIFICATION, QUALITE]" and the like: 15 sets, written once each,
   * found by the bits of their competences (no hashing of the set for each of 35 000 holders).
   */
  private static final java.util.concurrent.atomic.AtomicReferenceArray<String> TEXTES_COMPETENCES =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << CompetenceAO.values().length);

  private static String texteCompetences(Set<CompetenceAO> competences) {
    int bits = 0;
    for (CompetenceAO c : competences) bits |= 1 << c.ordinal();
    String t = TEXTES_COMPETENCES.get(bits);
    if (t == null) {
      t = competences.toString();
      TEXTES_COMPETENCES.set(bits, t);
    }
    return t;
  }

  private final Sujet sujet;
  private final Set<CompetenceAO> competences;
  private final List<String> communes;
  private final List<String> collectivites;
  private final boolean populationConnue;
  private final long population;
  private final String populationReference;
  private final String provenance;
  private final String populationManquante;
  private final String explicationTitulaire;
  private final String explicationPopulation;
  private final String populationEnTexte;
  private final String designationPopulation;

  private TitulaireAO(Sujet sujet, Set<CompetenceAO> competences, List<String> communes,
      List<String> collectivites, boolean populationConnue, long population, String populationReference, String provenance,
      String populationManquante) {
    this.sujet = Objects.requireNonNull(sujet);
    if (competences.isEmpty()) {
      throw new IllegalArgumentException("un titulaire détient au moins une compétence");
    }
    this.competences = Collections.unmodifiableSet(EnumSet.copyOf(competences));
    this.communes = List.copyOf(communes);
    this.collectivites = collectivites.size() <= 1 ? List.copyOf(collectivites)
        : List.copyOf(new java.util.TreeSet<>(collectivites));
    this.populationConnue = populationConnue;
    this.population = population;
    this.populationReference = Objects.requireNonNull(populationReference);
    this.provenance = provenance;
    this.populationManquante = populationManquante;
    this.explicationTitulaire = "Titulaire : " + sujet.type() + " " + designation() + ", compétences "
        + texteCompetences(this.competences) + " pour les communes "
        + String.join(", ", this.communes) + ".";
    this.populationEnTexte = populationConnue ? fr.ctg.regles.Textes.nombre(population) : null;
    this.designationPopulation = populationConnue
        ? sujet.nom() + " (" + sujet.id() + ", population " + populationReference + " " + populationEnTexte + ")"
        : designation();
    this.explicationPopulation = populationConnue
        ? "Population " + populationReference + " : " + populationEnTexte + " (" + provenance + ")."
        : "Population " + populationReference + " inconnue : " + populationManquante + ".";
  }

  /** First step of every explanation about this holder (computed once). */
  public String explicationTitulaire() { return explicationTitulaire; }

  /** Second step: the population counted and where it comes from, or what is missing. */
  public String explicationPopulation() { return explicationPopulation; }

  /** A holder whose population ({@code reference}: totale, municipale...) is known. */
  public static TitulaireAO avecPopulation(Sujet sujet, Set<CompetenceAO> competences,
      List<String> communes, List<String> collectivites, long population, String reference, String provenance) {
    if (population < 0) {
      throw new IllegalArgumentException("population négative pour " + sujet.id());
    }
    return new TitulaireAO(sujet, competences, communes, collectivites, true, population, reference,
        Objects.requireNonNull(provenance), null);
  }

  /** A holder whose population is unknown; {@code manquant} says what is missing, in French. */
  public static TitulaireAO sansPopulation(Sujet sujet, Set<CompetenceAO> competences,
      List<String> communes, List<String> collectivites, String reference, String manquant) {
    return new TitulaireAO(sujet, competences, communes, collectivites, false, 0, reference, null,
        Objects.requireNonNull(manquant));
  }

  public Sujet sujet() { return sujet; }

  /** INSEE code or SIREN of the holder: {@code sujet().id()}. */
  public String id() { return sujet.id(); }

  public Set<CompetenceAO> competences() { return competences; }

  /** INSEE codes of the communes the holder exercises these competences for, sorted. */
  public List<String> communes() { return communes; }

  /**
   * Codes of the départements or collectivities of its communes (the registry's {@code departement}
   * field: {@code 62}, {@code 976}, {@code 987}...), sorted, distinct: where the law must apply for
   * the holder to be bound ({@code PorteeTerritoriale}).
   */
  public List<String> collectivites() { return collectivites; }

  public boolean populationConnue() { return populationConnue; }

  /** The population counted, as written in messages ({@code 25 679}); null when unknown. */
  public String populationEnTexte() { return populationEnTexte; }

  /** The population counted; meaningful only when {@link #populationConnue()}. */
  public long population() { return population; }

  /**
   * The parameter that says which population is compared with the thresholds. It is read by the
   * assembly of the holders (which population each {@code TitulaireAO} carries), not by a rule:
   * {@code ctg regles verifier} knows it from this constant and does not report it as unread.
   */
  public static final String PARAMETRE_POPULATION_REFERENCE = "ao.population_reference";

  /** Which population is counted ({@code totale} by law, see {@link #PARAMETRE_POPULATION_REFERENCE}). */
  public String populationReference() { return populationReference; }

  /** Where the population comes from; null when unknown. */
  public String provenance() { return provenance; }

  /** What is missing to know the population; null when known. */
  public String populationManquante() { return populationManquante; }

  /**
   * "Béthune (62119, population totale 25 679)" for messages, or {@link #designation()} when the
   * population is unknown (computed once).
   */
  public String designationPopulation() { return designationPopulation; }

  /** "Béthune (62119)" for messages. */
  public String designation() {
    return sujet.nom() + " (" + sujet.id() + ")";
  }

  @Override
  public String toString() {
    return "TitulaireAO[" + sujet.type() + " " + sujet.id() + " " + competences
        + (populationConnue ? ", population " + populationReference + " " + population : ", population inconnue") + "]";
  }
}
