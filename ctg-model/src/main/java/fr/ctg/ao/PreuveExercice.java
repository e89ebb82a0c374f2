package fr.ctg.ao;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Evidence that an AO exercises the competence behind an obligation (e.g. a published needs
 * census for AO-RECENSEMENT). Without it, the rules answer {@code A_VERIFIER}.
 */
@Value.Immutable
public interface PreuveExercice {
  /** INSEE code of a commune or SIREN of an EPCI/syndicat. */
  String titulaire();

  /** Rule id of the obligation it supports, e.g. {@code AO-RECENSEMENT}. */
  String obligation();

  /** What the evidence is, in words. */
  String description();

  Optional<String> source();
}
