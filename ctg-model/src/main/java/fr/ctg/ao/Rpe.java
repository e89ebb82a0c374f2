package fr.ctg.ao;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A relais petite enfance and the communes it covers, whoever runs it. */
@Value.Immutable
public interface Rpe {
  /** Identifier, unique within a coverage file. */
  String id();

  String nom();

  /** Who runs it (commune, CCAS, SIVOM, EPCI, association...). */
  Optional<String> gestionnaire();

  /** INSEE codes of the covered communes. */
  Set<String> communes();

  /** Open from (inclusive), when known; unknown means "open on every evaluated date". */
  Optional<LocalDate> depuis();

  Optional<LocalDate> jusquAu();

  Optional<String> source();

  default boolean ouvert(LocalDate date) {
    return depuis().map(d -> !date.isBefore(d)).orElse(true)
        && jusquAu().map(f -> !date.isAfter(f)).orElse(true);
  }
}
