package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Which rule base produced a report: its source, its fingerprint and its number of rules. */
@Value.Immutable
@JsonSerialize(as = ImmutableReglesUtilisees.class)
@JsonDeserialize(as = ImmutableReglesUtilisees.class)
@JsonPropertyOrder({"source", "empreinte", "nombre"})
public interface ReglesUtilisees {
  /** {@code classpath} for the bundled rules, or the expert directory's path. */
  String source();

  /** {@code sha256:} followed by the hex digest of the rule and parameter files. */
  String empreinte();

  int nombre();
}
