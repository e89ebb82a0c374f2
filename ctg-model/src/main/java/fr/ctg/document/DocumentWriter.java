package fr.ctg.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;

/**
 * Writes values of the model (a {@code Convention}, a {@code Rapport}...) as YAML for people or
 * JSON for programs. Output is deterministic: properties in declared order, dates ISO, amounts as
 * plain decimals. What it writes, {@link DocumentReader} reads back equal.
 */
public final class DocumentWriter {
  private DocumentWriter() {}

  /** {@code value} as JSON, indented, ending with a newline. */
  public static String toJson(Object value) {
    try {
      return Mappers.JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as YAML (no {@code ---} marker). */
  public static String toYaml(Object value) {
    try {
      return Mappers.YAML.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
