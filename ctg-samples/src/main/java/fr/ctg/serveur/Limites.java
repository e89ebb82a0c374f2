package fr.ctg.serveur;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request may cost the server: the size of its body, the time to answer it, and how many
 * evaluations run (and wait) at once. Each has a default documented in {@code docs/serveur.md} and
 * an option of {@code ctg serve}.
 *
 * @param tailleMax bytes a request body may have (a convention, an upload); beyond, 413
 * @param delaiMax time from the request's admission to its answer (waiting for a slot included);
 *     beyond, 503
 * @param concurrence evaluations running at once (one thread each)
 * @param fileAttente requests that may wait for a slot; beyond, 503 at once
 */
public record Limites(long tailleMax, Duration delaiMax, int concurrence, int fileAttente) {
  /** 10 Mio: the limit of the document reader (a convention file read by the CLI). */
  public static final long TAILLE_MAX = 10L * 1024 * 1024;
  /** 30 s: a national-size request aside, an evaluation takes well under a second (docs/performance.md). */
  public static final Duration DELAI_MAX = Duration.ofSeconds(30);
  /** Requests that may wait for a slot by default. */
  public static final int FILE_ATTENTE = 16;

  public Limites {
    Objects.requireNonNull(delaiMax, "delaiMax");
    if (tailleMax < 1 || tailleMax > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("taille maximale : entre 1 et " + (Integer.MAX_VALUE - 8) + " octets (reçu " + tailleMax + ")");
    }
    if (delaiMax.isNegative() || delaiMax.isZero()) {
      throw new IllegalArgumentException("délai maximal : strictement positif (reçu " + delaiMax + ")");
    }
    if (concurrence < 1) throw new IllegalArgumentException("concurrence : au moins 1 (reçu " + concurrence + ")");
    if (fileAttente < 0) throw new IllegalArgumentException("file d'attente : au moins 0 (reçu " + fileAttente + ")");
  }

  /** The defaults: 10 Mio, 30 s, one evaluation per processor, 16 waiting. */
  public static Limites parDefaut() {
    return new Limites(TAILLE_MAX, DELAI_MAX, Runtime.getRuntime().availableProcessors(), FILE_ATTENTE);
  }
}
