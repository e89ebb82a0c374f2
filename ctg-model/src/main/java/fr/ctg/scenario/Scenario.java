package fr.ctg.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A scenario file: its cases, in file order. */
@Value.Immutable
public interface Scenario {
  /** The file it was read from (relative paths inside it are relative to its folder). */
  Path fichier();

  Optional<String> description();

  List<CasScenario> cas();
}
