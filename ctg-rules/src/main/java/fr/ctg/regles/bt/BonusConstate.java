package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.Objects;

/** Fact: the bonus territoire amount the convention states for one year (euros, scale 2). Immutable. */
public final class BonusConstate {
  private final int annee;
  private final BigDecimal montant;
  private final String source;

  /** @param source seed lines, null when not given */
  public BonusConstate(int annee, BigDecimal montant, String source) {
    this.annee = annee;
    this.montant = Objects.requireNonNull(montant);
    this.source = source;
  }

  public int annee() { return annee; }

  public BigDecimal montant() { return montant; }

  public String source() { return source; }

  @Override
  public String toString() {
    return "BonusConstate[" + annee + " " + montant.toPlainString() + "]";
  }
}
