package fr.ctg.ao;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A commune's transfer of AO competences to an EPCI or a syndicat mixte, from a date. The commune
 * no longer holds the transferred competences; the beneficiary holds them with the summed population
 * totale of the communes that transferred them (CASF L.214-1-3 III).
 */
@Value.Immutable
public interface TransfertCompetence {
  /** INSEE code of the transferring commune. */
  String commune();

  Set<CompetenceAO> competences();

  /** SIREN of the beneficiary (EPCI or syndicat mixte). */
  String beneficiaire();

  /** Name of the beneficiary, for reports (an EPCI's name comes from the registry when absent). */
  Optional<String> nomBeneficiaire();

  /** In force from this date (inclusive). */
  LocalDate depuis();

  /** In force until this date (inclusive), if it ended. */
  Optional<LocalDate> jusquAu();

  Optional<String> source();

  default boolean enVigueur(LocalDate date) {
    return !date.isBefore(depuis()) && jusquAu().map(f -> !date.isAfter(f)).orElse(true);
  }
}
