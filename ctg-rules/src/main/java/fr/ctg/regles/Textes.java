package fr.ctg.regles;

import java.math.BigDecimal;
import java.time.LocalDate;

/** French renderings of numbers and dates for messages; deterministic, locale-independent. */
public final class Textes {
  private static final String[] MOIS = {"janvier", "février", "mars", "avril", "mai", "juin",
      "juillet", "août", "septembre", "octobre", "novembre", "décembre"};

  private Textes() {}

  /** {@code 25679} → {@code 25 679} (groups of three digits separated by a space). */
  public static String nombre(long n) {
    String s = Long.toString(Math.abs(n));
    StringBuilder b = new StringBuilder(s.length() + 4);
    int tete = s.length() % 3;
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (i - tete) % 3 == 0) b.append(' ');
      b.append(s.charAt(i));
    }
    return n < 0 ? "-" + b : b.toString();
  }

  /** Integral numbers grouped like {@link #nombre(long)}, others in plain notation. */
  public static String nombre(BigDecimal n) {
    if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
      try {
        return nombre(n.longValueExact());
      } catch (ArithmeticException tropGrand) {
        return n.toPlainString();
      }
    }
    return n.toPlainString().replace('.', ',');
  }

  /** {@code 3348460.64} → {@code 3 348 460,64 €} (scale 2, half-up; grouped like {@link #nombre(long)}). */
  public static String euros(BigDecimal montant) {
    BigDecimal m = montant.setScale(2, java.math.RoundingMode.HALF_UP);
    String centimes = m.abs().toPlainString();
    int point = centimes.indexOf('.');
    String entier = nombre(new java.math.BigInteger(centimes.substring(0, point)).longValueExact());
    return (m.signum() < 0 ? "-" : "") + entier + "," + centimes.substring(point + 1) + " €";
  }

  /** {@code 2026-01-01} → {@code 1er janvier 2026}. */
  public static String date(LocalDate d) {
    int j = d.getDayOfMonth();
    return (j == 1 ? "1er" : Integer.toString(j)) + " " + MOIS[d.getMonthValue() - 1] + " " + d.getYear();
  }

  /** {@code de} before an infinitive, elided before a vowel: « de recenser », « d'informer ». */
  public static String de(String infinitif) {
    return !infinitif.isEmpty() && "aeéèêiîouyh".indexOf(Character.toLowerCase(infinitif.charAt(0))) >= 0
        ? "d'" + infinitif : "de " + infinitif;
  }
}
