package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.Objects;

/** Fact inserted by BT-ENVELOPPE: the envelope of the year to distribute, and where it comes from. */
public final class EnveloppeBT {
  private final BigDecimal montant;
  private final String origine;

  public EnveloppeBT(BigDecimal montant, String origine) {
    this.montant = Objects.requireNonNull(montant);
    this.origine = Objects.requireNonNull(origine);
  }

  /** Euros, scale 2. */
  public BigDecimal montant() { return montant; }

  /** In French, e.g. "bonus territoire 2024 de la convention (000_… L4003-4029)". */
  public String origine() { return origine; }
}
