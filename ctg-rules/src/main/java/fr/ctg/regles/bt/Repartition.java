package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link RepartitionBonus#repartir}: one line per structure, sorted by id
 * ({@link String#compareTo}), and the totals.
 *
 * <p>Invariant: {@code totalReparti + nonReparti == enveloppe}, all three of scale 2;
 * {@code nonReparti} is {@code 0.00} unless no eligible structure has a positive weight, in which
 * case it is the whole envelope.
 */
@Value.Immutable
public abstract class Repartition {

  /** The envelope distributed, euros, scale 2. */
  public abstract BigDecimal enveloppe();

  /** One line per structure given, sorted by id. */
  public abstract List<PartAttribuee> parts();

  /** Sum of the amounts, scale 2. */
  public abstract BigDecimal totalReparti();

  /** Part of the envelope not distributed (no eligible weight), scale 2. */
  public abstract BigDecimal nonReparti();

  /** Sum of the weights of the eligible structures, as given (exact). */
  public abstract BigDecimal poidsEligibleTotal();

  /** Number of eligible structures (whatever their weight). */
  public abstract int nombreEligibles();

  /** The line of a structure, if it took part. */
  public Optional<PartAttribuee> part(String id) {
    return parts().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The amount of a structure; fails loudly if it did not take part. */
  public BigDecimal montant(String id) {
    return part(id)
        .orElseThrow(() -> new IllegalArgumentException("Structure inconnue : " + id + "."))
        .montant();
  }
}
