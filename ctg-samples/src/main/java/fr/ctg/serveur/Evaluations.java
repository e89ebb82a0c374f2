package fr.ctg.serveur;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where requests are evaluated: {@link Limites#concurrence()} threads, at most
 * {@link Limites#fileAttente()} requests waiting for one, and an answer within
 * {@link Limites#delaiMax()} of admission or a 503.
 *
 * <p>A Drools session does not stop when its thread is interrupted, so an evaluation that overruns
 * its deadline runs to its end on its thread: the client has had its 503, and the thread stays
 * taken until then, so the number of evaluations at once never exceeds the limit.
 */
final class Evaluations implements AutoCloseable {
  private final Limites limites;
  private final ExecutorService fils;
  /** Admitted requests: running plus waiting. */
  private final Semaphore admises;

  Evaluations(Limites limites) {
    this.limites = limites;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory usine = r -> {
      Thread t = new Thread(r, "ctg-evaluation-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.fils = Executors.newFixedThreadPool(limites.concurrence(), usine);
    this.admises = new Semaphore(limites.concurrence() + limites.fileAttente());
  }

  /**
   * Runs {@code travail} on an evaluation thread and returns its result.
   *
   * @throws Probleme 503 when the queue is full or the deadline passes; the exception {@code travail}
   *     threw otherwise ({@link Probleme}, or wrapped in {@link EchecEvaluation})
   */
  <T> T executer(Callable<T> travail) {
    if (!admises.tryAcquire()) throw Probleme.occupe();
    AtomicBoolean pris = new AtomicBoolean();
    Future<T> f;
    try {
      f = fils.submit(() -> {
        if (!pris.compareAndSet(false, true)) return null; // abandoned while waiting
        try {
          return travail.call();
        } finally {
          admises.release();
        }
      });
    } catch (RuntimeException e) {
      admises.release();
      throw e;
    }
    try {
      return f.get(limites.delaiMax().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (pris.compareAndSet(false, true)) {
        admises.release(); // never started: it will not run
        f.cancel(false);
      }
      throw Probleme.delaiDepasse(limites.delaiMax().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Probleme.interne();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) throw (RuntimeException) cause;
      if (cause instanceof Error) throw (Error) cause;
      throw new EchecEvaluation(cause);
    }
  }

  @Override
  public void close() {
    fils.shutdownNow();
  }

  /** A checked exception thrown by the work (e.g. an invalid document), unwrapped by the caller. */
  static final class EchecEvaluation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EchecEvaluation(Throwable cause) {
      super(cause);
    }
  }
}
