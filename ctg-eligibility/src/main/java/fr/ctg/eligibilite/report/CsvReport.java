package fr.ctg.eligibilite.report;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The findings as CSV, one per line, separated by {@code ;}:
 * {@code regle;sujet_type;sujet_id;sujet_nom;statut;message}. Written by Jackson's CSV module
 * ({@link #ecrire}): a field containing {@code ;}, {@code "} or a line break is quoted, a quote
 * doubled (RFC 4180), and only then. Line ends are {@code \n}.
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

  /**
   * The header of the CSV of several evaluation dates ({@link #writeDate}): a leading {@code date}
   * column ({@code yyyy-MM-dd}, the report's {@link Rapport#dateEvaluation()}), then {@link #ENTETE}.
   */
  public static final String ENTETE_DATE = "date;" + ENTETE;

  private static final String[] COLONNES = ENTETE.split(";");
  private static final String[] COLONNES_DATE = ENTETE_DATE.split(";");

  private CsvReport() {}

  public static String render(Rapport rapport) {
    StringWriter s = new StringWriter(64 + rapport.constats().size() * 160);
    try {
      write(rapport, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return s.toString();
  }

  /**
   * Writes the same text as {@link #render(Rapport)} to {@code out}, a line at a time, without
   * building the whole report in memory (national runs: ~80 000 lines). The caller buffers, flushes
   * and closes {@code out}.
   */
  public static void write(Rapport rapport, Writer out) throws IOException {
    ecrire(out, COLONNES, () -> rapport.constats().stream()
        .map(c -> List.of(cellule(c.regle()), cellule(c.sujet().type()), cellule(c.sujet().id()),
            cellule(c.sujet().nom()), cellule(c.statut().name()), cellule(c.message())))
        .iterator());
  }

  /**
   * Writes the findings of {@code rapport} as rows of the CSV of several dates ({@link #ENTETE_DATE}):
   * the columns of {@link #write}, each row led by the report's date; the header line first only when
   * {@code entete}. Writing the report of each date in turn, the first with the header, gives one table
   * of every date ({@code ctg obligations --date D1 --date D2}), streamed a report at a time.
   */
  public static void writeDate(Rapport rapport, Writer out, boolean entete) throws IOException {
    String date = rapport.dateEvaluation().toString();
    ecrire(out, COLONNES_DATE, entete, () -> rapport.constats().stream()
        .map(c -> List.of(date, cellule(c.regle()), cellule(c.sujet().type()), cellule(c.sujet().id()),
            cellule(c.sujet().nom()), cellule(c.statut().name()), cellule(c.message())))
        .iterator());
  }

  private static final CsvFactory FABRIQUE = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /**
   * Writes a {@code ;}-separated CSV to {@code out}: the header line ({@code colonnes}), then each row
   * of {@code lignes} (one string per column), as they come (a lazy iterable is streamed); a field is
   * quoted only where RFC 4180 requires it ({@code ;}, {@code "}, line break), a quote doubled;
   * {@code \n} line ends. Flushes {@code out} and leaves it open. No formula neutralisation: apply
   * {@link #cellule} to the cells that need it.
   */
  public static void ecrire(Writer out, String[] colonnes, Iterable<? extends List<String>> lignes) throws IOException {
    ecrire(out, colonnes, true, lignes);
  }

  private static void ecrire(Writer out, String[] colonnes, boolean entete, Iterable<? extends List<String>> lignes)
      throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setColumnSeparator(';').setLineSeparator("\n").setUseHeader(false);
    for (String c : colonnes) schema.addColumn(c);
    // Jackson's streaming generator, a row as an array of strings: no data binding per row (a
    // national report has 79 000 rows), and no flush after each row — flushed down to a console or
    // a file, that was one system call per line; the caller's buffer decides
    try (CsvGenerator g = FABRIQUE.createGenerator(out)) {
      g.setSchema(schema.build());
      if (entete) ligne(g, List.of(colonnes));
      for (List<String> ligne : lignes) ligne(g, ligne);
    }
    out.flush();
  }

  private static void ligne(CsvGenerator g, List<String> cellules) throws IOException {
    g.writeStartArray();
    for (String c : cellules) g.writeString(c);
    g.writeEndArray();
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
