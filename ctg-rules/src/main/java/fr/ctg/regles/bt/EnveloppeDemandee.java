package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.Objects;

/** Fact: an envelope the caller imposes for the year ({@code ctg bonus --enveloppe}), euros, scale 2. */
public final class EnveloppeDemandee {
  private final BigDecimal montant;

  public EnveloppeDemandee(BigDecimal montant) {
    this.montant = Objects.requireNonNull(montant);
  }

  public BigDecimal montant() { return montant; }
}
