package fr.ctg.territoire;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A former commune code and the commune of the registry's year that succeeded it (merger into a
 * commune nouvelle, code change of a commune nouvelle, commune associée or déléguée), from the
 * release's {@code chefLieu} and {@code anciensCodes} data and the earlier releases.
 */
@Value.Immutable
public interface Succession {
  /** The former INSEE code. */
  String ancienCode();

  /** Its name when it was a commune (or as a commune déléguée/associée); absent if the source gives none. */
  Optional<String> ancienNom();

  /**
   * The year of the first release in which the code is no longer a commune: it became part of
   * {@link #successeur()} on 1 January of that year at the latest. Empty when it was already so in
   * the first release (2021): the source does not date older mergers.
   */
  OptionalInt depuis();

  Commune successeur();

  /** "01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)". */
  default String texte() {
    String quand = depuis().isPresent()
        ? "depuis le 1er janvier " + depuis().getAsInt() + " (registre " + depuis().getAsInt() + ")"
        : "depuis avant le 1er janvier " + Registre.national().premier().annee();
    return ancienCode() + ancienNom().map(n -> " " + n).orElse("") + " → " + successeur().insee() + " "
        + successeur().nom() + " " + quand;
  }

  /** The first day the code is known not to be a commune any more, if the source dates it. */
  default Optional<LocalDate> depuisLe() {
    return depuis().isPresent() ? Optional.of(LocalDate.of(depuis().getAsInt(), 1, 1)) : Optional.empty();
  }
}
