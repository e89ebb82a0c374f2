package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fact inserted by BT-REPARTITION: the weight an eligible structure takes part in the distribution
 * with (PSU places of an EAJE, declared weight, or the caller's default), and where it comes from.
 */
public final class PoidsBT {
  private final String equipement;
  private final BigDecimal poids;
  private final String origine;

  public PoidsBT(String equipement, BigDecimal poids, String origine) {
    this.equipement = Objects.requireNonNull(equipement);
    this.poids = Objects.requireNonNull(poids);
    this.origine = Objects.requireNonNull(origine);
  }

  public static PoidsBT places(EquipementBT e) {
    return new PoidsBT(e.id(), BigDecimal.valueOf(e.placesPsu()), "places PSU");
  }

  public String equipement() { return equipement; }

  public BigDecimal poids() { return poids; }

  /** "places PSU", "poids déclaré", "poids par défaut demandé". */
  public String origine() { return origine; }
}
