package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fact: the bonus territoire amount one convention states for one year (euros, scale 2). Immutable.
 * A dated figure holds for its year, its convention's territory and signatories only (#12 §2): it names
 * the convention it comes from, and the rules read it only for that convention.
 */
public final class BonusConstate {
  private final String convention;
  private final int annee;
  private final BigDecimal montant;
  private final String source;

  /**
   * @param convention id of the convention that states the amount
   * @param source seed lines, null when not given
   */
  public BonusConstate(String convention, int annee, BigDecimal montant, String source) {
    this.convention = Objects.requireNonNull(convention);
    this.annee = annee;
    this.montant = Objects.requireNonNull(montant);
    this.source = source;
  }

  /** The id of the convention that states this amount. */
  public String convention() { return convention; }

  public int annee() { return annee; }

  public BigDecimal montant() { return montant; }

  public String source() { return source; }

  @Override
  public String toString() {
    return "BonusConstate[" + convention + " " + annee + " " + montant.toPlainString() + "]";
  }
}
