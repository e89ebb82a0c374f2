package fr.ctg.eligibilite.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.ctg.eligibilite.internal.ReportDiff;
import fr.ctg.rapport.Rapport;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON (FORMATS.md, schema {@code ctg-rapport/1}): pretty-printed with {@code \n}
 * line ends, map keys sorted, dates as {@code yyyy-MM-dd}, decimals in plain notation — the same
 * report gives the same bytes on every platform. Thread-safe.
 *
 * <p>Stateless; {@code null} arguments are rejected. Amounts are euros with 2 decimals, dates {@code yyyy-MM-dd}, populations in inhabitants.
 */
public final class JsonReport {
  private static final ObjectWriter WRITER;

  static {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(indenter).withArrayIndenter(indenter);
    WRITER = mapper.writer(printer);
  }

  private JsonReport() {}

  /** The JSON text, ending with a newline. */
  public static String render(Rapport rapport) {
    try {
      return WRITER.writeValueAsString(rapport) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The comparison of two reports on the same inputs (the law in force, a reform) as JSON, schema
   * {@code ctg-diff/1}: {@code titre}, {@code contexte} (the header lines), {@code dateEvaluation},
   * the rule sets of both sides ({@code reglesAvant}, {@code reglesApres}), the counts per rule
   * ({@code parRegle}: {@code ajoutes}, {@code retires}, {@code modifies}), then the findings
   * {@code ajoutes} and {@code retires} and the pairs {@code modifies} ({@code avant},
   * {@code apres}), each finding as in {@code ctg-rapport/1}. Same bytes for the same reports.
   */
  public static String renderDiff(Rapport avant, Rapport apres, String titre, List<String> contexte) {
    ReportDiff d = ReportDiff.between(avant, apres);
    Map<String, Object> parRegle = new LinkedHashMap<>();
    d.parRegle().forEach((regle, c) -> parRegle.put(regle,
        Map.of("ajoutes", c.ajoutes(), "retires", c.retires(), "modifies", c.modifies())));
    List<Object> modifies = new ArrayList<>();
    for (ReportDiff.Change c : d.modifies()) modifies.add(Map.of("avant", c.avant(), "apres", c.apres()));
    Map<String, Object> racine = new LinkedHashMap<>();
    racine.put("schema", "ctg-diff/1");
    racine.put("titre", titre);
    racine.put("contexte", contexte);
    racine.put("dateEvaluation", apres.dateEvaluation());
    racine.put("reglesAvant", avant.regles());
    racine.put("reglesApres", apres.regles());
    racine.put("parRegle", parRegle);
    racine.put("ajoutes", d.ajoutes());
    racine.put("retires", d.retires());
    racine.put("modifies", modifies);
    try {
      return WRITER.writeValueAsString(racine) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
