package fr.ctg.regles.bt;

import fr.ctg.rapport.Sujet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Fact inserted by BT-TRAJECTOIRE: for one collectivité engaged in the CTG, its co-financed PSU
 * places in the reference year and in year N (null when not given), the progression in percent, and
 * the PSU places of the eligible EAJE it supports (the places "receiving the bonus territoire").
 * The decision table {@code trajectoire.drl.csv} compares the progression with the tiers.
 */
public final class ProgressionPlaces {
  private final CollectiviteBT collectivite;
  private final int anneeReference;
  private final int annee;
  private final Integer placesReference;
  private final Integer placesAnnee;
  private final int placesBonifiees;
  private final BigDecimal progression;

  public ProgressionPlaces(CollectiviteBT collectivite, int anneeReference, int annee,
      int placesBonifiees) {
    this.collectivite = Objects.requireNonNull(collectivite);
    this.anneeReference = anneeReference;
    this.annee = annee;
    this.placesReference = collectivite.placesCofinancees(anneeReference);
    this.placesAnnee = collectivite.placesCofinancees(annee);
    this.placesBonifiees = placesBonifiees;
    this.progression = connue()
        // floor at 10 decimals: for any tier of at most 10 decimals, progression >= tier exactly
        // when the exact ratio is (never rounded up into a tier)
        ? BigDecimal.valueOf(placesAnnee - placesReference).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(placesReference), 10, RoundingMode.FLOOR)
        : null;
  }

  public CollectiviteBT collectivite() { return collectivite; }

  public int anneeReference() { return anneeReference; }

  public int annee() { return annee; }

  public Integer placesReference() { return placesReference; }

  public Integer placesAnnee() { return placesAnnee; }

  /** Whether the progression can be computed: both counts given, reference count > 0. */
  public boolean connue() {
    return placesReference != null && placesAnnee != null && placesReference > 0;
  }

  /** Progression in percent (floored at 10 decimals); null when not {@link #connue()}. */
  public BigDecimal progression() { return progression; }

  /** PSU places of the eligible EAJE supported by the collectivité in year N. */
  public int placesBonifiees() { return placesBonifiees; }

  public Sujet sujet() { return collectivite.sujet(); }
}
