package fr.ctg.parametres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dated value of a parameter: in force from {@code depuis} (inclusive) until the next value's
 * start, or until {@code jusquAu} (inclusive) when given. Exactly one of {@link #nombre()},
 * {@link #date()} and {@link #texte()} is present, as the parameter's {@link TypeParametre} says.
 */
@Value.Immutable
public interface ValeurParametre {
  LocalDate depuis();

  Optional<LocalDate> jusquAu();

  Optional<BigDecimal> nombre();

  Optional<LocalDate> date();

  Optional<String> texte();

  /** Mandatory: a value without its legal reference is refused. */
  Reference reference();

  /** The value in its canonical written form ({@code 10000}, {@code 2026-01-01}, {@code totale}). */
  default String enTexte() {
    return nombre().map(BigDecimal::toPlainString)
        .or(() -> date().map(LocalDate::toString))
        .orElseGet(() -> texte().orElseThrow());
  }

  @Value.Check
  default void verifier() {
    int present = (nombre().isPresent() ? 1 : 0) + (date().isPresent() ? 1 : 0)
        + (texte().isPresent() ? 1 : 0);
    if (present != 1) {
      throw new IllegalArgumentException("une valeur de paramètre a exactement une valeur");
    }
    if (jusquAu().isPresent() && jusquAu().get().isBefore(depuis())) {
      throw new IllegalArgumentException("jusquAu avant depuis");
    }
  }
}
