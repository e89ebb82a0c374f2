package fr.ctg.regles;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running bounds of one evaluation, shared by its sessions ({@link RuleBase#evaluer(java.util.Collection,
 * Budget)}): its {@link Limites}, the deadline computed when it {@linkplain #demarrer starts}, and
 * the first stop, after which every other session of the evaluation stops too.
 *
 * <p>Thread-safe: the sessions of a large territory may run on several threads.
 */
public final class Budget {
  final Limites limites;
  final long echeance;
  /**
   * The first stop, marked cheaply where it happens (which may be deep in a stack that is nearly
   * exhausted: no allocation, no message), described later ({@link #arret}).
   */
  private volatile LimiteDepasseeException.Limite limiteArret;
  private volatile String quiArret;
  private volatile Surveillance surveillanceArret;
  private final AtomicReference<LimiteDepasseeException> arret = new AtomicReference<>();

  private Budget(Limites limites) {
    this.limites = Objects.requireNonNull(limites, "limites");
    this.echeance = System.nanoTime() + limites.duree().toNanos();
  }

  /** An evaluation starting now: its deadline is now plus {@link Limites#duree()}. */
  public static Budget demarrer(Limites limites) {
    return new Budget(limites);
  }

  /** The limits of this evaluation. */
  public Limites limites() {
    return limites;
  }

  boolean expire() {
    return System.nanoTime() - echeance > 0;
  }

  boolean arrete() {
    return limiteArret != null;
  }

  /** Marks the stop (the first one wins; a later one is a consequence of it). */
  void marquer(LimiteDepasseeException.Limite limite, String qui, Surveillance par) {
    if (limiteArret != null) return;
    synchronized (this) {
      if (limiteArret != null) return;
      quiArret = qui;
      surveillanceArret = par;
      limiteArret = limite;
    }
  }

  /** The exception of the stop, described once (null while nothing stopped). */
  LimiteDepasseeException arret() {
    LimiteDepasseeException e = arret.get();
    if (e != null || limiteArret == null) return e;
    arret.compareAndSet(null, surveillanceArret.exception(limiteArret, quiArret));
    return arret.get();
  }
}
