package fr.ctg.regles.bt;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Fact: a collectivité that supports a structure, employs a chargé de coopération or signed the
 * convention, with what the convention says of its commitment (signatory; deliberation and fiche
 * d'engagement dates) and, when the caller gave them, its co-financed PSU places per year. The rules
 * decide whether it is engaged in time. Immutable.
 */
public final class CollectiviteBT {
  private final String id;
  private final String nom;
  private final String type;
  private final boolean signataire;
  private final boolean engagementRenseigne;
  private final LocalDate dateDeliberation;
  private final LocalDate dateFicheEngagement;
  private final Map<Integer, Integer> placesCofinancees;

  /**
   * @param type {@code commune}, {@code epci}, {@code sivom}, {@code departement} or
   *     {@code collectivite} when unknown
   * @param dateDeliberation, dateFicheEngagement null when not given
   */
  public CollectiviteBT(String id, String nom, String type, boolean signataire,
      boolean engagementRenseigne, LocalDate dateDeliberation, LocalDate dateFicheEngagement,
      Map<Integer, Integer> placesCofinancees) {
    this.id = Objects.requireNonNull(id);
    this.nom = Objects.requireNonNull(nom);
    this.type = Objects.requireNonNull(type);
    this.signataire = signataire;
    this.engagementRenseigne = engagementRenseigne;
    this.dateDeliberation = dateDeliberation;
    this.dateFicheEngagement = dateFicheEngagement;
    this.placesCofinancees = Map.copyOf(new TreeMap<>(placesCofinancees));
  }

  /** INSEE code, SIREN (or the name, for a collectivité the text identifies only by name). */
  public String id() { return id; }

  public String nom() { return nom; }

  public String type() { return type; }

  /** Whether the commune bloc (commune, EPCI, SIVOM) holds it. */
  public boolean blocCommunal() {
    return type.equals("commune") || type.equals("epci") || type.equals("sivom");
  }

  public boolean signataire() { return signataire; }

  /** Whether the convention lists an engagement for it (with or without dates). */
  public boolean engagementRenseigne() { return engagementRenseigne; }

  public LocalDate dateDeliberation() { return dateDeliberation; }

  public LocalDate dateFicheEngagement() { return dateFicheEngagement; }

  /** Co-financed PSU places in {@code annee}; null when not given. */
  public Integer placesCofinancees(int annee) {
    return placesCofinancees.get(annee);
  }

  public Sujet sujet() {
    return Sujet.of(type, id, nom);
  }

  @Override
  public String toString() {
    return "CollectiviteBT[" + type + " " + id + (signataire ? ", signataire" : "") + "]";
  }
}
