package fr.ctg.regles.bt;

import java.math.BigDecimal;
import org.immutables.value.Value;

/** One line of a {@link Repartition}: a structure, its weight, its eligibility and its amount. */
@Value.Immutable
public abstract class PartAttribuee {

  @Value.Parameter
  public abstract String id();

  /** The declared weight, as given. */
  @Value.Parameter
  public abstract BigDecimal poids();

  @Value.Parameter
  public abstract boolean eligible();

  /** Amount in euros, scale 2, {@code >= 0}; {@code 0.00} when ineligible. */
  @Value.Parameter
  public abstract BigDecimal montant();

  static PartAttribuee of(String id, BigDecimal poids, boolean eligible, BigDecimal montant) {
    return ImmutablePartAttribuee.of(id, poids, eligible, montant);
  }
}
