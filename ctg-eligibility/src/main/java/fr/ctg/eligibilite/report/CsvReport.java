package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import java.io.IOException;

/**
 * The findings as CSV, one per line, separated by {@code ;}:
 * {@code regle;sujet_type;sujet_id;sujet_nom;statut;message}. Fields containing {@code ;},
 * {@code "} or a line break are quoted (RFC 4180 style). Line ends are {@code \n}.
 *
 * <p>Spreadsheet formula injection is neutralised as OWASP recommends ("CSV Injection"): a cell
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (a name
 * from a convention, a message starting with it) is prefixed with a single quote {@code '}, so
 * that a spreadsheet shows it as text instead of running it. Every column of this CSV is text
 * (identifiers, names, statuses, sentences): a cell that is only a number ({@code -12},
 * {@code -3,5}) is data, cannot run anything, and is written unchanged (see {@link #cellule}).
 *
 * <p>Stateless and thread-safe; deterministic (same report, same bytes); amounts as written in the findings (euros, 2 decimals). {@code null} arguments are rejected.
 */
public final class CsvReport {
  public static final String ENTETE = "regle;sujet_type;sujet_id;sujet_nom;statut;message";

  private CsvReport() {}

  public static String render(Rapport rapport) {
    StringBuilder b = new StringBuilder(64 + rapport.constats().size() * 160);
    b.append(ENTETE).append('\n');
    for (Constat c : rapport.constats()) {
      ligne(b, c);
    }
    return b.toString();
  }

  /**
   * Writes the same text as {@link #render(Rapport)} to {@code out}, a line at a time, without
   * building the whole report in memory (national runs: ~80 000 lines). The caller buffers and
   * flushes {@code out}.
   */
  public static void write(Rapport rapport, Appendable out) throws IOException {
    out.append(ENTETE).append('\n');
    StringBuilder b = new StringBuilder(512);
    for (Constat c : rapport.constats()) {
      b.setLength(0);
      out.append(ligne(b, c));
    }
  }

  private static StringBuilder ligne(StringBuilder b, Constat c) {
    champ(b, c.regle()).append(';');
    champ(b, c.sujet().type()).append(';');
    champ(b, c.sujet().id()).append(';');
    champ(b, c.sujet().nom()).append(';');
    champ(b, c.statut().name()).append(';');
    return champ(b, c.message()).append('\n');
  }

  private static StringBuilder champ(StringBuilder b, String v) {
    String c = cellule(v);
    if (c.indexOf(';') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0) {
      return b.append(c);
    }
    return b.append('"').append(c.replace("\"", "\"\"")).append('"');
  }

  /**
   * {@code valeur} as a spreadsheet shows it as text: prefixed with {@code '} when it starts with
   * a character that makes a formula ({@code = + - @}, tab, carriage return), unless it is only a
   * number (an optional minus sign, digits, an optional decimal part with {@code .} or {@code ,}).
   * CSV quoting is applied after, by the writer.
   */
  public static String cellule(String valeur) {
    if (valeur.isEmpty() || "=+-@\t\r".indexOf(valeur.charAt(0)) < 0 || NOMBRE.matcher(valeur).matches()) {
      return valeur;
    }
    return "'" + valeur;
  }

  private static final java.util.regex.Pattern NOMBRE = java.util.regex.Pattern.compile("-?[0-9]+([.,][0-9]+)?");
}
