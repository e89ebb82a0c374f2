package fr.ctg.serveur;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.RuleSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Watches an expert's rule directory (and its sub-directories) and reloads the {@link RuleSource}
 * when a file changes: {@link RuleSource#reload} compiles and checks the directory aside and
 * replaces the serving base in one step only if it has no error; otherwise the current base keeps
 * serving and the problems are written to the error output (and shown by {@code GET /v1/regles}).
 *
 * <p>Changes are gathered until the directory has been quiet for {@link #CALME} (an editor or a
 * copy writes several files), then reloaded once.
 */
final class SurveillanceRegles implements AutoCloseable {
  /** Quiet time after the last change before a reload. */
  static final Duration CALME = Duration.ofMillis(300);

  /** The outcome of the last reload attempt, for {@code GET /v1/regles}. */
  record Rechargement(int essais, boolean remplacee, List<RuleProblem> problemes) {}

  private final Path dossier;
  private final RuleSource source;
  private final PrintWriter journal;
  private final WatchService service;
  private final Thread fil;
  private final AtomicReference<Rechargement> dernier = new AtomicReference<>(new Rechargement(0, false, List.of()));

  SurveillanceRegles(Path dossier, RuleSource source, PrintWriter journal) {
    this.dossier = dossier;
    this.source = source;
    this.journal = journal;
    try {
      this.service = FileSystems.getDefault().newWatchService();
      inscrire(dossier);
    } catch (IOException e) {
      throw new UncheckedIOException("surveillance impossible du dossier " + dossier, e);
    }
    this.fil = new Thread(this::surveiller, "ctg-surveillance-regles");
    this.fil.setDaemon(true);
    this.fil.start();
  }

  Path dossier() {
    return dossier;
  }

  Rechargement dernier() {
    return dernier.get();
  }

  private void inscrire(Path racine) throws IOException {
    try (Stream<Path> dossiers = Files.walk(racine)) {
      for (Path d : (Iterable<Path>) dossiers.filter(Files::isDirectory)::iterator) {
        d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    }
  }

  private void surveiller() {
    try {
      while (true) {
        WatchKey cle = service.take();
        boolean change = traiter(cle);
        // gather the rest of the burst
        for (WatchKey suite = service.poll(CALME.toMillis(), TimeUnit.MILLISECONDS); suite != null;
            suite = service.poll(CALME.toMillis(), TimeUnit.MILLISECONDS)) {
          change |= traiter(suite);
        }
        if (change) recharger();
      }
    } catch (InterruptedException | ClosedWatchServiceException fin) {
      // closed
    }
  }

  private boolean traiter(WatchKey cle) {
    boolean change = false;
    Path d = (Path) cle.watchable();
    for (var evenement : cle.pollEvents()) {
      change = true;
      if (evenement.kind() == ENTRY_CREATE && evenement.context() instanceof Path) {
        Path nouveau = d.resolve((Path) evenement.context());
        if (Files.isDirectory(nouveau)) {
          try {
            inscrire(nouveau);
          } catch (IOException e) {
            journal.println("ctg serve : dossier " + nouveau + " non surveillé : " + e.getMessage());
            journal.flush();
          }
        }
      }
    }
    cle.reset();
    return change;
  }

  private void recharger() {
    List<RuleProblem> problemes = source.reload(dossier);
    boolean remplacee = problemes.stream().noneMatch(RuleProblem::isError);
    Rechargement r = new Rechargement(dernier.get().essais() + 1, remplacee, problemes);
    dernier.set(r);
    if (remplacee) {
      journal.println("ctg serve : règles rechargées depuis " + dossier + " (" + source.current().nombre()
          + " règles, empreinte " + source.current().empreinte() + ")");
    } else {
      problemes.forEach(journal::println);
      journal.println("ctg serve : règles de " + dossier + " invalides ; les règles précédentes restent servies");
    }
    journal.flush();
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // closing: nothing to do
    }
    fil.interrupt();
  }
}
