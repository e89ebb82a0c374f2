package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;

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
      champ(b, c.regle()).append(';');
      champ(b, c.sujet().type()).append(';');
      champ(b, c.sujet().id()).append(';');
      champ(b, c.sujet().nom()).append(';');
      champ(b, c.statut().name()).append(';');
      champ(b, c.message()).append('\n');
    }
    return b.toString();
  }

  private static StringBuilder champ(StringBuilder b, String v) {
    if (v.indexOf(';') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return b.append(v);
    }
    return b.append('"').append(v.replace("\"", "\"\"")).append('"');
  }
}
