package fr.ctg.territoire;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Legal population figures of one commune for one period.
 *
 * <p>Each figure is optional: the source may give the population municipale alone. The period is
 * optional too: a figure of the dated registry applies on every date of its registry's year (the
 * {@link Registre} chooses the year; {@link #source()} names the release and census vintage), a
 * user's override file gives its own period ({@code enVigueurDu}/{@code enVigueurAu}, both
 * inclusive).
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
