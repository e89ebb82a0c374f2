package fr.ctg.scenario;

import fr.ctg.ao.CtgEnVigueur;
import fr.ctg.ao.PreuveExercice;
import fr.ctg.ao.Rpe;
import fr.ctg.ao.SchemaAdopte;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of a case: communes with their populations, EPCI, transfers, RPE coverage, schémas,
 * CTGs, evidence, and/or a convention file (resolved against the scenario's folder).
 */
@Value.Immutable
public interface EntreeScenario {
  Optional<Path> convention();

  List<Commune> communes();

  List<Epci> epcis();

  List<TransfertCompetence> transferts();

  /** Absent: coverage unknown; present (even empty): known. */
  Optional<List<Rpe>> rpe();

  List<SchemaAdopte> schemas();

  List<CtgEnVigueur> ctgs();

  List<PreuveExercice> preuves();

  /**
   * Present: evaluate the bonus territoire and pilotage of the convention (which is then required)
   * instead of checking it.
   */
  Optional<BonusScenario> bonus();

  @Value.Default
  default boolean inclureNonApplicables() {
    return false;
  }
}
