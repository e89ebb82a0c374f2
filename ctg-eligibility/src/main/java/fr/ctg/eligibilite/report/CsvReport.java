package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import java.io.IOException;

/**
 * The findings as CSV, one per line, separated by {@code ;}:
 * {@code regle;sujet_type;sujet_id;sujet_nom;statut;message}. Fields containing {@code ;},
 * {@code "} or a line break are quoted (RFC 4180 style). Line ends are {@code \n}.
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
    if (v.indexOf(';') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return b.append(v);
    }
    return b.append('"').append(v.replace("\"", "\"\"")).append('"');
  }
}
