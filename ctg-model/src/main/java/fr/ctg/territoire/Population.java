package fr.ctg.territoire;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Legal population figures of one commune for one period.
 *
 * <p>Each figure is optional: the source may give the population municipale alone. The period is
 * optional too: the bundled registry does not state the vintage of its figures, a user's override
 * file does ({@code enVigueurDu}/{@code enVigueurAu}, both inclusive).
 */
@Value.Immutable
public interface Population {
  OptionalLong municipale();

  OptionalLong compteeAPart();

  OptionalLong totale();

  Optional<LocalDate> enVigueurDu();

  Optional<LocalDate> enVigueurAu();

  /** Where the figures come from, in words a reader can check. */
  String source();

  /** Whether this period covers {@code date} (an open bound covers every date on its side). */
  default boolean couvre(LocalDate date) {
    return enVigueurDu().map(d -> !date.isBefore(d)).orElse(true)
        && enVigueurAu().map(d -> !date.isAfter(d)).orElse(true);
  }

  @Value.Check
  default void verifier() {
    if (enVigueurDu().isPresent() && enVigueurAu().isPresent()
        && enVigueurAu().get().isBefore(enVigueurDu().get())) {
      throw new IllegalArgumentException("enVigueurAu avant enVigueurDu");
    }
  }
}
