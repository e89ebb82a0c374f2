package fr.ctg.territoire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The population totale of each commune on a date: the bundled figure of the registry, unless a
 * user's override covers that date.
 *
 * <p>The legal population used to apply laws is the INSEE population totale (DOMAIN.md). An
 * override applies on the dates of its period {@code [enVigueurDu, enVigueurAu]} (both inclusive,
 * an absent bound is open) and wins there. The figures of the registry apply on every date no
 * override covers, and the retained record says their release and census vintage so a report can
 * show them. A commune without
 * any population totale (outside any EPCI in the source, or not in the registry) gives an empty
 * result: callers report it as to be checked, never as a default.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Populations {
  private final Territoire territoire;
  /** Overrides by INSEE code, periods pairwise disjoint. */
  private final Map<String, List<Population>> surcharges;

  private Populations(Territoire territoire, Map<String, List<Population>> surcharges) {
    this.territoire = territoire;
    this.surcharges = surcharges;
  }

  /** The bundled figures of {@code territoire}, without override. */
  public static Populations du(Territoire territoire) {
    return new Populations(Objects.requireNonNull(territoire), Map.of());
  }

  /**
   * These populations plus the given overrides, which win on the dates their period covers.
   *
   * @throws IllegalArgumentException if an override names a commune unknown to the registry, has
   *     no population totale or no start date, or overlaps another override of the same commune
   *     (already present or given here). {@link PopulationsCsv} reports these as document errors
   *     before they get here.
   */
  public Populations avec(List<PopulationCommune> surcharges) {
    Map<String, List<Population>> toutes = new HashMap<>();
    this.surcharges.forEach((k, v) -> toutes.put(k, new ArrayList<>(v)));
    for (PopulationCommune s : surcharges) {
      Population p = s.population();
      if (territoire.commune(s.insee()).isEmpty()) {
        throw new IllegalArgumentException("code INSEE inconnu du registre : " + s.insee());
      }
      if (p.totale().isEmpty() || p.enVigueurDu().isEmpty()) {
        throw new IllegalArgumentException(
            "une surcharge donne la population totale et la date d'entrée en vigueur : " + s);
      }
      List<Population> l = toutes.computeIfAbsent(s.insee(), k -> new ArrayList<>());
      for (Population autre : l) {
        if (chevauchent(autre, p)) {
          throw new IllegalArgumentException(
              "périodes qui se chevauchent pour la commune " + s.insee() + " : " + autre + " et " + p);
        }
      }
      l.add(p);
    }
    Map<String, List<Population>> figees = new HashMap<>();
    toutes.forEach((k, v) -> figees.put(k, List.copyOf(v)));
    return new Populations(territoire, Collections.unmodifiableMap(figees));
  }

  /**
   * The population totale of commune {@code insee} on {@code date}: the override covering
   * {@code date} if any, else the bundled figure; empty if neither gives a population totale.
   */
  public Optional<PopulationRetenue> totale(String insee, LocalDate date) {
    Objects.requireNonNull(date);
    for (Population p : surcharges.getOrDefault(Objects.requireNonNull(insee), List.of())) {
      if (p.couvre(date)) {
        return Optional.of(retenue(insee, p, true));
      }
    }
    return territoire.commune(insee)
        .flatMap(Commune::population)
        .filter(p -> p.totale().isPresent())
        .map(p -> retenue(insee, p, false));
  }

  /** The registry these populations are about. */
  public Territoire territoire() {
    return territoire;
  }

  /** Whether two periods share at least one day (absent bounds are open). */
  static boolean chevauchent(Population a, Population b) {
    boolean aAvantB = a.enVigueurAu().isPresent() && b.enVigueurDu().isPresent()
        && a.enVigueurAu().get().isBefore(b.enVigueurDu().get());
    boolean bAvantA = b.enVigueurAu().isPresent() && a.enVigueurDu().isPresent()
        && b.enVigueurAu().get().isBefore(a.enVigueurDu().get());
    return !aAvantB && !bAvantA;
  }

  private static PopulationRetenue retenue(String insee, Population p, boolean surcharge) {
    return ImmutablePopulationRetenue.builder()
        .insee(insee)
        .valeur(p.totale().getAsLong())
        .population(p)
        .surcharge(surcharge)
        .build();
  }
}
