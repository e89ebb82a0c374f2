package fr.ctg.eligibilite;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the caller knows beyond the convention when evaluating the bonus territoire and the pilotage
 * funding of a year ({@link Evaluateur#bonus}). Everything is optional; an absent value is unknown
 * (the rules then say {@code A_VERIFIER}), never a default.
 *
 * <p>Immutable and thread-safe (generated {@code ImmutableEntreesBonus}); no element is {@code null}; amounts are euros as {@link java.math.BigDecimal} (at most 2 decimals), counts are numbers of places or people.
 */
@Value.Immutable
public interface EntreesBonus {
  /** New projects submitted for funding within the bonus territoire (BT-NOUVEAU-PROJET). */
  List<NouveauProjet> nouveauxProjets();

  /** Dedicated funds still available for new projects, euros (BT-NOUVEAU-PROJET). */
  Optional<BigDecimal> fondsDisponibles();

  /**
   * End date of the territory's FIRST CTG: a former CEJ coordinator post that had not evolved by then
   * is ineligible from the day after (CCT-TRANSITION-CEJ). Not in the convention format because the
   * convention evaluated is usually the second one.
   */
  Optional<LocalDate> dateFinPremiereCtg();

  /**
   * Weight given to an eligible non-EAJE structure whose weight the convention does not declare
   * (BT-REPARTITION). The sources fix no distribution key: without it such a structure gets nothing.
   */
  Optional<BigDecimal> poidsParDefaut();

  /** Co-financed PSU places of collectivités by year (BT-TRAJECTOIRE). */
  List<PlacesCofinancees> placesCofinancees();

  @Value.Check
  default void verifier() {
    fondsDisponibles().ifPresent(f -> {
      if (f.signum() < 0) throw new IllegalArgumentException("fonds dédiés disponibles négatifs : " + f.toPlainString());
    });
    poidsParDefaut().ifPresent(p -> {
      if (p.signum() < 0) throw new IllegalArgumentException("poids par défaut négatif : " + p.toPlainString());
    });
  }

  /** Nothing beyond the convention. */
  static EntreesBonus aucune() {
    return ImmutableEntreesBonus.builder().build();
  }

  static ImmutableEntreesBonus.Builder builder() {
    return ImmutableEntreesBonus.builder();
  }
}
