package fr.ctg.eligibilite;

import fr.ctg.ao.CtgEnVigueur;
import fr.ctg.ao.PreuveExercice;
import fr.ctg.ao.Rpe;
import fr.ctg.ao.SchemaAdopte;
import fr.ctg.ao.TransfertCompetence;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the caller knows beyond the territory registry when evaluating AO obligations: competence
 * transfers, RPE coverage, adopted schémas, CTGs and evidence. Each list may be empty; an absent
 * {@link #rpe()} means "no coverage data" (the RPE obligation is then {@code A_VERIFIER}), an
 * empty list means "no RPE at all".
 *
 * <p>Immutable and thread-safe (generated {@code ImmutableEntreesAO}, built by {@link #builder()}); no element is {@code null}, absent values are {@link java.util.Optional}s; dates are {@link java.time.LocalDate}s.
 */
@Value.Immutable
public interface EntreesAO {
  List<TransfertCompetence> transferts();

  Optional<List<Rpe>> rpe();

  List<SchemaAdopte> schemas();

  List<CtgEnVigueur> ctgs();

  List<PreuveExercice> preuves();

  /** Nothing beyond the registry. */
  static EntreesAO aucune() {
    return ImmutableEntreesAO.builder().build();
  }

  static ImmutableEntreesAO.Builder builder() {
    return ImmutableEntreesAO.builder();
  }
}
