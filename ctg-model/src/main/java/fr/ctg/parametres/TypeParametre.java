package fr.ctg.parametres;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What kind of value a parameter holds, and the widest range any parameter of that kind admits
 * (its envelope). A parameter narrows the envelope with its {@link Domaine}; no value outside both
 * is ever built, so a rule reading a parameter never meets a number it cannot compute with.
 */
public enum TypeParametre {
  /** A number (threshold, count, rate, duration in the parameter's unit): within ±10^12, at most 6 decimals. */
  NOMBRE,
  /** An amount in euros, scale 2: from 0 to 10^12 euros. */
  MONTANT,
  /** A calendar date, from 1 January 2000 to 31 December 2100. */
  DATE,
  /** A word from a closed vocabulary (e.g. {@code totale}): 1 to 1 000 characters. */
  TEXTE;

  /** Largest magnitude of a {@code NOMBRE} or {@code MONTANT} (10^12). */
  public static final BigDecimal NOMBRE_MAX = BigDecimal.TEN.pow(12);
  /** Most decimals of a {@code NOMBRE}. */
  public static final int DECIMALES_MAX = 6;
  /** Decimals of a {@code MONTANT} (cents). */
  public static final int DECIMALES_MONTANT = 2;
  /** First date a {@code DATE} parameter may hold. */
  public static final LocalDate DATE_MIN = LocalDate.of(2000, 1, 1);
  /** Last date a {@code DATE} parameter may hold. */
  public static final LocalDate DATE_MAX = LocalDate.of(2100, 12, 31);
  /** Longest {@code TEXTE} value, in characters. */
  public static final int TEXTE_MAX = 1000;

  /** The envelope of this type as a domain. */
  public Domaine enveloppe() {
    switch (this) {
      case NOMBRE:
        return ImmutableDomaine.builder().min(NOMBRE_MAX.negate()).max(NOMBRE_MAX).decimales(DECIMALES_MAX).build();
      case MONTANT:
        return ImmutableDomaine.builder().min(BigDecimal.ZERO).max(NOMBRE_MAX).decimales(DECIMALES_MONTANT).build();
      case DATE:
        return ImmutableDomaine.builder().dateMin(DATE_MIN).dateMax(DATE_MAX).build();
      default:
        return ImmutableDomaine.builder().build();
    }
  }
}
