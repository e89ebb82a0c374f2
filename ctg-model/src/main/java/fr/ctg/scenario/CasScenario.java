package fr.ctg.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One case of a scenario file. */
@Value.Immutable
public interface CasScenario {
  String nom();

  Optional<String> description();

  /** Line of the case in its file (from 1), for reports. */
  int ligne();

  LocalDate dateEvaluation();

  EntreeScenario entree();

  /**
   * A reform: parameter name → value replacing the law's value ({@link java.math.BigDecimal} for a
   * number, {@link String} for a date {@code AAAA-MM-JJ} or a word), sorted by name.
   */
  Map<String, Object> parametres();

  List<ConstatAttendu> attendu();

  List<ConstatAbsent> absents();
}
