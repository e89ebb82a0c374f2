package fr.ctg.territoire;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The commune an INSEE code designates in a registry: itself, or the commune that succeeded a
 * former code ({@link #succession()}, which a report states rather than silently applies).
 */
@Value.Immutable
public interface CommuneDesignee {
  /** The code as given. */
  String codeDemande();

  Commune commune();

  /** Present when {@link #codeDemande()} is a former code. */
  Optional<Succession> succession();
}
