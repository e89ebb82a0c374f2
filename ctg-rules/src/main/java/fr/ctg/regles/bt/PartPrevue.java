package fr.ctg.regles.bt;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One structure taking part in a distribution of the bonus territoire: its identifier (the
 * equipment id of the convention), its declared weight (PSU places for an EAJE, declared units
 * otherwise) and whether the rules found it eligible for the year.
 *
 * <p>The weight is a non-negative decimal of any scale; it is used exactly (never as a
 * {@code double}). Two weights that compare equal ({@code 30} and {@code 30.0}) give the same
 * result. {@code null} is rejected everywhere.
 */
@Value.Immutable
public abstract class PartPrevue {

  /** Identifier of the structure, unique within one distribution, not blank. */
  @Value.Parameter
  public abstract String id();

  /** Declared weight, {@code >= 0}. */
  @Value.Parameter
  public abstract BigDecimal poids();

  /** Whether the structure is eligible (decided by the rules); an ineligible one receives 0. */
  @Value.Parameter
  public abstract boolean eligible();

  /** A structure with its weight and eligibility. */
  public static PartPrevue of(String id, BigDecimal poids, boolean eligible) {
    return ImmutablePartPrevue.of(id, poids, eligible);
  }

  /** An eligible structure. */
  public static PartPrevue eligible(String id, BigDecimal poids) {
    return of(id, poids, true);
  }

  /** An ineligible structure (it receives 0). */
  public static PartPrevue ineligible(String id, BigDecimal poids) {
    return of(id, poids, false);
  }

  @Value.Check
  protected void verifier() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("Identifiant de structure vide.");
    }
    if (poids().signum() < 0) {
      throw new IllegalArgumentException(
          "Poids négatif pour la structure " + id() + " : " + poids().toPlainString() + ".");
    }
  }
}
