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
import fr.ctg.rapport.Rapport;
import java.io.UncheckedIOException;

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
}
