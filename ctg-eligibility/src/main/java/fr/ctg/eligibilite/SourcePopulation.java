package fr.ctg.eligibilite;

import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Population;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the legal population figures of a commune come from, for a date: the bundled registry, a
 * user's override file, a test. Implementations must be deterministic and thread-safe.
 *
 * <p>Populations are numbers of inhabitants (INSEE population totale, municipale, comptée à part); {@code insee} and {@code date} are never {@code null}; the result is never {@code null} (empty when unknown).
 */
@FunctionalInterface
public interface SourcePopulation {
  /**
   * The figures of commune {@code insee} in force on {@code date}, with their provenance
   * ({@link Population#source()}); empty when unknown. A figure absent from the returned
   * {@link Population} is unknown too: it is never guessed from another.
   */
  Optional<Population> population(String insee, LocalDate date);

  /** The figures carried by the communes themselves ({@link Commune#population()}), when their period covers the date. */
  static SourcePopulation desCommunes(Collection<Commune> communes) {
    Map<String, Population> parInsee = new HashMap<>();
    for (Commune c : communes) {
      c.population().ifPresent(p -> parInsee.put(c.insee(), p));
    }
    return (insee, date) -> Optional.ofNullable(parInsee.get(insee)).filter(p -> p.couvre(date));
  }
}
