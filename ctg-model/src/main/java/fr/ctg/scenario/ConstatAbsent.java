package fr.ctg.scenario;

import fr.ctg.rapport.Statut;
import java.util.Optional;
import org.immutables.value.Value;

/** A finding that must not be there: of rule {@code regle}, about {@code sujet} if given, with {@code statut} if given. */
@Value.Immutable
public interface ConstatAbsent {
  String regle();

  Optional<String> sujet();

  Optional<Statut> statut();
}
