package fr.ctg.regles;

import java.time.LocalDate;

/**
 * A deadline read as its text words it: « avant le 29 novembre 2025 » excludes that day (the last
 * day that meets it is the 28th), « au plus tard le 29 novembre 2025 » includes it. Stateless.
 */
public final class Echeance {
  private Echeance() {}

  /** The last day that meets the deadline {@code date}; null when there is none. */
  public static LocalDate dernierJour(LocalDate date, boolean avantLe) {
    if (date == null) return null;
    return avantLe ? date.minusDays(1) : date;
  }

  /** The deadline in the text's words, e.g. « avant le 29 novembre 2025 »; empty when none. */
  public static String enTexte(LocalDate date, boolean avantLe) {
    if (date == null) return "";
    return (avantLe ? "avant le " : "au plus tard le ") + Textes.date(date);
  }
}
