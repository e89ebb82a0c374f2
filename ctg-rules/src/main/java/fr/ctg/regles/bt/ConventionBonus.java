package fr.ctg.regles.bt;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fact: the convention whose financing is evaluated for year {@code annee} (bonus territoire and
 * pilotage of the chargés de coopération), with what the financing rules need to know about it. One
 * per evaluation. Assembled in Java; the rules decide (e.g. whether it is in force during the year).
 * Immutable.
 */
public final class ConventionBonus {
  private final String id;
  private final String titre;
  private final LocalDate dateDebut;
  private final LocalDate dateFin;
  private final int annee;
  private final LocalDate dateLimiteEngagement;
  private final boolean limiteAvantLe;
  private final LocalDate dateResiliation;
  private final Set<String> communesCouvertes;
  private final String provenanceCommunes;
  private final String epci;
  private final LocalDate dateFinPremiereCtg;

  /**
   * @param communesCouvertes INSEE codes of the communes covered; empty when unknown
   * @param provenanceCommunes where the list comes from (the convention, or the registry's members
   *     of its EPCI); null when unknown
   * @param dateLimiteEngagement, dateResiliation, epci, dateFinPremiereCtg null when unknown
   * @param limiteAvantLe whether the text words the deadline « avant le » (the day named excluded)
   */
  public ConventionBonus(String id, String titre, LocalDate dateDebut, LocalDate dateFin, int annee,
      LocalDate dateLimiteEngagement, LocalDate dateResiliation, Collection<String> communesCouvertes,
      String provenanceCommunes, String epci, LocalDate dateFinPremiereCtg, boolean limiteAvantLe) {
    this.id = Objects.requireNonNull(id);
    this.titre = Objects.requireNonNull(titre);
    this.dateDebut = Objects.requireNonNull(dateDebut);
    this.dateFin = Objects.requireNonNull(dateFin);
    this.annee = annee;
    this.dateLimiteEngagement = dateLimiteEngagement;
    this.limiteAvantLe = limiteAvantLe;
    this.dateResiliation = dateResiliation;
    this.communesCouvertes = Set.copyOf(new TreeSet<>(communesCouvertes));
    this.provenanceCommunes = provenanceCommunes;
    this.epci = epci;
    this.dateFinPremiereCtg = dateFinPremiereCtg;
  }

  public String id() { return id; }

  public String titre() { return titre; }

  public LocalDate dateDebut() { return dateDebut; }

  public LocalDate dateFin() { return dateFin; }

  /** The year N the bonus is evaluated for. */
  public int annee() { return annee; }

  /** 1 January of {@link #annee()}. */
  public LocalDate debutAnnee() { return LocalDate.of(annee, 1, 1); }

  /** 31 December of {@link #annee()}. */
  public LocalDate finAnnee() { return LocalDate.of(annee, 12, 31); }

  /** Deadline for the engagement of communes and SIVOM, as written; null when the text sets none. */
  public LocalDate dateLimiteEngagement() { return dateLimiteEngagement; }

  /** The last day that meets the engagement deadline as the text words it; null when none. */
  public LocalDate dernierJourEngagement() { return fr.ctg.regles.Echeance.dernierJour(dateLimiteEngagement, limiteAvantLe); }

  /** The engagement deadline in the text's words (« avant le … », « au plus tard le … »); empty when none. */
  public String echeanceEngagement() { return fr.ctg.regles.Echeance.enTexte(dateLimiteEngagement, limiteAvantLe); }

  /** Notification date of a termination; null when none. */
  public LocalDate dateResiliation() { return dateResiliation; }

  public Set<String> communesCouvertes() { return communesCouvertes; }

  /** Whether the communes covered are known (listed by the convention or by the registry). */
  public boolean communesConnues() { return !communesCouvertes.isEmpty(); }

  public String provenanceCommunes() { return provenanceCommunes; }

  /** SIREN of the signatory EPCI; null when none. */
  public String epci() { return epci; }

  /** End date of the territory's first CTG (CEJ transition); null when not supplied. */
  public LocalDate dateFinPremiereCtg() { return dateFinPremiereCtg; }

  /** Whether the commune {@code insee} is covered. */
  public boolean couvre(String insee) {
    return communesCouvertes.contains(insee);
  }

  /**
   * Whether every collectivité of {@code collectivites} lies in the covered territory: a covered
   * commune, or the signatory EPCI itself. False for an empty list.
   */
  public boolean couvreTerritoireDe(List<String> collectivites) {
    if (collectivites.isEmpty()) return false;
    for (String c : collectivites) {
      if (!communesCouvertes.contains(c) && !c.equals(epci)) return false;
    }
    return true;
  }

  public Sujet sujet() {
    return Sujet.of("convention", id, titre);
  }

  @Override
  public String toString() {
    return "ConventionBonus[" + id + ", " + annee + "]";
  }
}
