package fr.ctg.regles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * French renderings of numbers and dates for messages, by {@code java.text} and {@code java.time}
 * with {@link Locale#FRANCE}; deterministic: the grouping separator is a plain space (the JDK's
 * French data gives a narrow no-break space, which terminals and the reports' golden files do not
 * use) and the minus sign an ASCII hyphen, whatever the platform's locale.
 */
public final class Textes {
  private static final DecimalFormatSymbols SYMBOLES = symboles();

  /** {@code 1er janvier 2026}, {@code 2 février 2026}: the day of month 1 is « 1er » in French. */
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .appendText(ChronoField.DAY_OF_MONTH, jours())
      .appendLiteral(' ')
      .appendPattern("MMMM uuuu")
      .toFormatter(Locale.FRANCE);

  private Textes() {}

  private static DecimalFormatSymbols symboles() {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    s.setGroupingSeparator(' ');
    s.setMinusSign('-');
    s.setDecimalSeparator(',');
    return s;
  }

  private static Map<Long, String> jours() {
    Map<Long, String> jours = new HashMap<>();
    for (long j = 1; j <= 31; j++) jours.put(j, j == 1 ? "1er" : Long.toString(j));
    return jours;
  }

  /** A formatter for one call: {@link DecimalFormat} is not thread-safe. */
  private static DecimalFormat format(String motif) {
    DecimalFormat f = new DecimalFormat(motif, SYMBOLES);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /**
   * {@code 25679} → {@code 25 679} (groups of three digits separated by a space; {@code -1234} →
   * {@code -1 234}): what {@code DecimalFormat("#,##0")} with this class's symbols writes, without
   * building a formatter per call — every holder of a national evaluation has its population written
   * this way (35 000 formatters and their pattern parsing, a tenth of a cold run's evaluation).
   */
  public static String nombre(long n) {
    String chiffres = Long.toString(n);
    int debut = n < 0 ? 1 : 0;
    int longueur = chiffres.length() - debut;
    if (longueur <= 3) return chiffres;
    StringBuilder s = new StringBuilder(chiffres.length() + longueur / 3);
    s.append(chiffres, 0, debut);
    int tete = longueur % 3 == 0 ? 3 : longueur % 3;
    s.append(chiffres, debut, debut + tete);
    for (int i = debut + tete; i < chiffres.length(); i += 3) s.append(' ').append(chiffres, i, i + 3);
    return s.toString();
  }

  /** Integral numbers grouped like {@link #nombre(long)}, others with all their decimals after a comma, ungrouped. */
  public static String nombre(BigDecimal n) {
    if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
      return format("#,##0").format(n);
    }
    DecimalFormat f = format("0.0");
    f.setMinimumFractionDigits(n.scale());
    f.setMaximumFractionDigits(n.scale());
    return f.format(n);
  }

  /** {@code 3348460.64} → {@code 3 348 460,64 €} (scale 2, half-up; grouped like {@link #nombre(long)}). */
  public static String euros(BigDecimal montant) {
    return format("#,##0.00").format(montant) + " €";
  }

  /** {@code 2026-01-01} → {@code 1er janvier 2026}. */
  public static String date(LocalDate d) {
    return DATE.format(d);
  }

  /** {@code de} before an infinitive, elided before a vowel: « de recenser », « d'informer ». */
  public static String de(String infinitif) {
    return !infinitif.isEmpty() && "aeéèêiîouyh".indexOf(Character.toLowerCase(infinitif.charAt(0))) >= 0
        ? "d'" + infinitif : "de " + infinitif;
  }
}
