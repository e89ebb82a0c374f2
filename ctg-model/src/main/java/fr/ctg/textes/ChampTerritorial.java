package fr.ctg.textes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a text applies or does not, for some collectivities (the département or collectivity code
 * of the national registry, e.g. {@code 62}, {@code 2A}, {@code 976}, {@code 987}), from a date,
 * with the reason and the text that says so. {@link #lecture()} marks an entry that is a reading of
 * ours where the texts leave room.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableChampTerritorial.class)
public interface ChampTerritorial {
  /** Codes of the registry's {@code departement} field this entry covers. */
  List<String> collectivites();

  /** Name for people: "Polynésie française", "départements de métropole". */
  String nom();

  /** Whether the text applies there. */
  boolean applicable();

  /** True when the entry is a reading chosen where the texts leave room (reports say so). */
  boolean lecture();

  /** In force from this date (inclusive). */
  LocalDate depuis();

  /** In force until this date (inclusive), if it ended. */
  Optional<LocalDate> jusquAu();

  /** Why, in one French sentence a user can check. */
  String motif();

  /** The text that settles it, by title and article: "Constitution, art. 74 ; loi organique n° 2004-192, art. 7". */
  String fondement();

  Optional<String> url();

  default boolean enVigueur(LocalDate date) {
    return !date.isBefore(depuis()) && jusquAu().map(f -> !date.isAfter(f)).orElse(true);
  }

  @Value.Check
  default void verifier() {
    if (collectivites().isEmpty()) {
      throw new IllegalArgumentException("une entrée du champ territorial nomme au moins une collectivité");
    }
    if (jusquAu().isPresent() && jusquAu().get().isBefore(depuis())) {
      throw new IllegalArgumentException("la date de fin (" + jusquAu().get() + ") précède la date de début (" + depuis() + ")");
    }
  }
}
