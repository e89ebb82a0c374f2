package fr.ctg.scenario;

import fr.ctg.rapport.Statut;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding a case expects: rule, subject id and statut, plus optionally a subset of its facts
 * (values compared as text, numbers by value) and a text its message must contain.
 */
@Value.Immutable
public interface ConstatAttendu {
  String regle();

  String sujet();

  Statut statut();

  Map<String, Object> faits();

  Optional<String> message();
}
