package fr.ctg.regles.bt;

import fr.ctg.rapport.Statut;
import java.util.Objects;

/**
 * Fact inserted by the BT-ELIGIBILITE decision rules: the conclusion for one structure
 * ({@code ELIGIBLE}, {@code INELIGIBLE} or {@code A_VERIFIER}). BT-REPARTITION distributes the
 * envelope among the {@code ELIGIBLE} ones only. Immutable.
 */
public final class DecisionBT {
  private final EquipementBT equipement;
  private final Statut statut;

  public DecisionBT(EquipementBT equipement, Statut statut) {
    this.equipement = Objects.requireNonNull(equipement);
    this.statut = Objects.requireNonNull(statut);
  }

  public EquipementBT equipement() { return equipement; }

  public String equipementId() { return equipement.id(); }

  public Statut statut() { return statut; }

  public boolean eligible() { return statut == Statut.ELIGIBLE; }

  @Override
  public String toString() {
    return "DecisionBT[" + equipement.id() + " " + statut + "]";
  }
}
