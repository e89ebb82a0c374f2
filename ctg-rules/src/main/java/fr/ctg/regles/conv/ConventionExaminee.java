package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fact: the convention under examination, as the CONV rules read it — its period, what the text
 * says about renewal, the annexes present, the stated territory and the evaluation milestones. One
 * per session. Built by the fact assembly from {@code fr.ctg.convention.Convention}; every
 * nullable accessor is null when the text is silent. Immutable.
 */
public final class ConventionExaminee {
  private final String id;
  private final String titre;
  private final String source;
  private final LocalDate dateDebut;
  private final LocalDate dateFin;
  private final LocalDate dateSignature;
  private final Boolean renouvellementExpres;
  private final Set<String> annexes;
  private final Set<String> annexesAnnoncees;
  private final String epci;
  private final String departement;
  private final Integer nombreCommunesDeclare;
  private final int nombreCommunesListees;
  private final boolean gouvernanceRenseignee;
  private final LocalDate bilanMiParcours;
  private final LocalDate bilanFinal;
  private final LocalDate dateLimiteEngagement;
  private final boolean limiteAvantLe;
  private final Sujet sujet;

  /** See the accessors; nullable arguments are the ones the text may leave out. */
  public ConventionExaminee(String id, String titre, String source, LocalDate dateDebut,
      LocalDate dateFin, LocalDate dateSignature, Boolean renouvellementExpres, Set<String> annexes,
      Set<String> annexesAnnoncees, String epci, String departement, Integer nombreCommunesDeclare, int nombreCommunesListees,
      boolean gouvernanceRenseignee, LocalDate bilanMiParcours, LocalDate bilanFinal,
      LocalDate dateLimiteEngagement, boolean limiteAvantLe) {
    this.id = Objects.requireNonNull(id);
    this.titre = Objects.requireNonNull(titre);
    this.source = source;
    this.dateDebut = Objects.requireNonNull(dateDebut);
    this.dateFin = Objects.requireNonNull(dateFin);
    this.dateSignature = dateSignature;
    this.renouvellementExpres = renouvellementExpres;
    this.annexes = Collections.unmodifiableSortedSet(new TreeSet<>(annexes));
    this.annexesAnnoncees = Collections.unmodifiableSortedSet(new TreeSet<>(annexesAnnoncees));
    this.epci = epci;
    this.departement = departement;
    this.nombreCommunesDeclare = nombreCommunesDeclare;
    this.nombreCommunesListees = nombreCommunesListees;
    this.gouvernanceRenseignee = gouvernanceRenseignee;
    this.bilanMiParcours = bilanMiParcours;
    this.bilanFinal = bilanFinal;
    this.dateLimiteEngagement = dateLimiteEngagement;
    this.limiteAvantLe = limiteAvantLe;
    this.sujet = Sujet.of("convention", id, titre);
  }

  public String id() { return id; }

  public String titre() { return titre; }

  /** Seed lines of the convention's header; null when unknown. */
  public String source() { return source; }

  public LocalDate dateDebut() { return dateDebut; }

  public LocalDate dateFin() { return dateFin; }

  /** Date of signature of the convention; null when the text leaves it blank. */
  public LocalDate dateSignature() { return dateSignature; }

  /** True only when the text renews the convention expressly. */
  public boolean renouvellementExpres() { return Boolean.TRUE.equals(renouvellementExpres); }

  /** Names of the annexes present ({@code fr.ctg.convention.Annexe}). */
  public Set<String> annexes() { return annexes; }

  /**
   * Names of the annexes the convention announces in its own words (its object article, its table
   * of contents): the only ones expected of it (#12 §2); empty when not encoded.
   */
  public Set<String> annexesAnnoncees() { return annexesAnnoncees; }

  /** The names of {@code noms} that are not in {@code annoncees}, in their order. */
  public static List<String> horsAnnonces(List<String> noms, Set<String> annoncees) {
    List<String> l = new ArrayList<>();
    for (String n : noms) if (!annoncees.contains(n)) l.add(n);
    return l;
  }

  /** The announced annexes that are not present, sorted by name. */
  public List<String> annoncesManquantes() {
    List<String> manquantes = new ArrayList<>();
    for (String a : annexesAnnoncees) if (!annexes.contains(a)) manquantes.add(a);
    return manquantes;
  }

  /**
   * The names of {@code requises} (comma-separated names of annexes, as parameter
   * {@code conv.annexes_requises} gives them) that are not among {@link #annexes()}, in the order
   * of {@code requises}.
   */
  public List<String> annexesManquantes(String requises) {
    List<String> manquantes = new ArrayList<>();
    for (String a : requises.split(",")) {
      String nom = a.strip();
      if (!nom.isEmpty() && !annexes.contains(nom)) manquantes.add(nom);
    }
    return manquantes;
  }

  private static final Map<String, String> LIBELLES_ANNEXES = Map.of(
      "DIAGNOSTIC", "diagnostic partagé",
      "COMMUNES", "liste des communes couvertes",
      "EQUIPEMENTS", "équipements et services soutenus par chaque collectivité",
      "PLAN_ACTION", "plan d'action",
      "GOUVERNANCE", "modalités de gouvernance et de pilotage",
      "REFERENTIEL_CCT", "référentiel du chargé de coopération territoriale",
      "SCHEMA_COOPERATION", "schéma de coopération",
      "MODELES_DELIBERATION", "modèles de délibération",
      "GLOSSAIRE", "glossaire",
      "FICHE_ENGAGEMENT", "modèle de fiche d'engagement");

  /** French labels of comma-separated annex names, in their order: {@code "diagnostic partagé (DIAGNOSTIC), ..."}. */
  public static String libellesAnnexes(String noms) {
    StringBuilder b = new StringBuilder();
    for (String a : noms.split(",")) {
      String nom = a.strip();
      if (nom.isEmpty()) continue;
      if (b.length() > 0) b.append(", ");
      b.append(LIBELLES_ANNEXES.getOrDefault(nom, nom.toLowerCase(java.util.Locale.ROOT))).append(" (").append(nom).append(')');
    }
    return b.toString();
  }

  /** SIREN of the signatory EPCI; null when the text names none. */
  public String epci() { return epci; }

  public String departement() { return departement; }

  /** The number of communes the text states; null when it states none. */
  public Integer nombreCommunesDeclare() { return nombreCommunesDeclare; }

  /** Number of communes the convention lists (0 when it lists none). */
  public int nombreCommunesListees() { return nombreCommunesListees; }

  /** Whether the convention lists the communes it covers. */
  public boolean communesListees() { return nombreCommunesListees > 0; }

  /** Whether the text describes its governance at all. */
  public boolean gouvernanceRenseignee() { return gouvernanceRenseignee; }

  /** Planned mid-term assessment; null when the text gives no date. */
  public LocalDate bilanMiParcours() { return bilanMiParcours; }

  /** Planned final assessment; null when the text gives no date. */
  public LocalDate bilanFinal() { return bilanFinal; }

  /** Deadline (inclusive) for the engagement of communes and SIVOM; null when the text sets none. */
  public LocalDate dateLimiteEngagement() { return dateLimiteEngagement; }

  /** The last day that meets the engagement deadline as the text words it; null when none. */
  public LocalDate dernierJourEngagement() { return fr.ctg.regles.Echeance.dernierJour(dateLimiteEngagement, limiteAvantLe); }

  /** The engagement deadline in the text's words (« avant le … », « au plus tard le … »); empty when none. */
  public String echeanceEngagement() { return fr.ctg.regles.Echeance.enTexte(dateLimiteEngagement, limiteAvantLe); }

  public Sujet sujet() { return sujet; }

  @Override
  public String toString() {
    return "ConventionExaminee[" + id + ", " + dateDebut + " → " + dateFin + "]";
  }
}
