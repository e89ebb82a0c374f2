package fr.ctg.regles;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Date arithmetic for rules (parameters give durations as numbers of months). */
public final class Dates {
  private Dates() {}

  /** {@code date} plus {@code mois} whole months (end of month clamps, as {@link LocalDate#plusMonths}). */
  public static LocalDate plusMois(LocalDate date, BigDecimal mois) {
    return date.plusMonths(mois.longValueExact());
  }

  /** {@code date} plus {@code annees} whole years (29 February clamps to 28, as {@link LocalDate#plusYears}). */
  public static LocalDate plusAnnees(LocalDate date, BigDecimal annees) {
    return date.plusYears(annees.longValueExact());
  }
}
