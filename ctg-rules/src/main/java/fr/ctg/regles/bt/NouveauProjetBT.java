package fr.ctg.regles.bt;

import fr.ctg.rapport.Sujet;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fact: a new project submitted for funding within the bonus territoire (seed 003 L5914-5920): the
 * structure it concerns, whether its opportunity was accepted, the amount requested and the
 * dedicated funds still available. Unknown values are null. Immutable.
 */
public final class NouveauProjetBT {
  private final String id;
  private final String nom;
  private final String equipement;
  private final Boolean opportuniteAcceptee;
  private final BigDecimal montantDemande;
  private final BigDecimal fondsDisponibles;

  public NouveauProjetBT(String id, String nom, String equipement, Boolean opportuniteAcceptee,
      BigDecimal montantDemande, BigDecimal fondsDisponibles) {
    this.id = Objects.requireNonNull(id);
    this.nom = Objects.requireNonNull(nom);
    this.equipement = Objects.requireNonNull(equipement);
    this.opportuniteAcceptee = opportuniteAcceptee;
    this.montantDemande = Objects.requireNonNull(montantDemande);
    this.fondsDisponibles = fondsDisponibles;
  }

  public String id() { return id; }

  public String nom() { return nom; }

  /** Id of the structure ({@link EquipementBT}) the project concerns. */
  public String equipement() { return equipement; }

  /** TRUE accepted, FALSE refused, null not yet known. */
  public Boolean opportuniteAcceptee() { return opportuniteAcceptee; }

  /** Euros, scale 2. */
  public BigDecimal montantDemande() { return montantDemande; }

  /** Dedicated funds still available, euros; null when unknown. */
  public BigDecimal fondsDisponibles() { return fondsDisponibles; }

  /** Whether the funds are known and cover the amount requested. */
  public boolean fondsSuffisants() {
    return fondsDisponibles != null && fondsDisponibles.compareTo(montantDemande) >= 0;
  }

  public Sujet sujet() {
    return Sujet.of("projet", id, nom);
  }
}
