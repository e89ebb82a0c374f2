package fr.ctg.cli;

import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.parametres.Parametres;
import fr.ctg.regles.RuleBase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Which rules and parameters a command evaluates with, shared by every evaluating command
 * ({@code @Mixin ReglesOptions regles;}): {@code --regles DIR} (an expert's directory, compiled and
 * checked at run time; by default the bundled rules) and {@code --parametres FILE...} (parameter
 * files laid over those of the rules: each parameter they define replaces the one of the same name).
 */
public final class ReglesOptions {
  @Option(names = "--regles", paramLabel = "DOSSIER",
      description = "Dossier de règles d'un expert (exporté par « ctg regles exporter ») à la place des règles embarquées.")
  Path dossier;

  // one file per occurrence (repeat the option, or separate with commas): with "1..*", picocli took
  // the arguments that follow as parameter files too, so « ctg check --parametres p.yaml ma-ctg.yaml »
  // read the convention as a parameter file and then said that CONVENTION was missing
  @Option(names = "--parametres", paramLabel = "FICHIER", split = ",",
      description = "Fichier de paramètres (ctg-parametres/1) qui remplace, nom par nom, ceux des règles "
          + "(avec --regles : ceux du dossier). Répétez l'option (ou séparez par des virgules) pour plusieurs fichiers ; "
          + "chaque paramètre remplacé garde le type et le domaine déclarés par les règles.")
  List<Path> fichiersParametres = new ArrayList<>();

  /** The directory given with {@code --regles}, or null for the bundled rules. */
  public Path dossier() {
    return dossier;
  }

  /**
   * The rule base: the bundled one, or the directory's.
   *
   * @throws fr.ctg.regles.RuleBaseException when the directory does not compile or fails a check
   *     (exit code 3, see {@link #signaler})
   */
  public RuleBase base() {
    return dossier == null ? RuleBase.bundled() : LignesAntlr.taire(() -> RuleBase.fromDirectory(dossier));
  }

  /**
   * Starts reading, on two background threads, what an evaluation of the bundled rules' family
   * {@code famille} will ask for — the family's kbase on one; the parameters, the scope of the texts,
   * the catalogues of the cited sources and legal texts on the other — while the calling thread reads
   * the registry and the inputs: a one-shot command runs them side by side on two cores instead of
   * one after the other (docs/performance.md, « Démarrage à froid, suite »). Each is read once and
   * shared, so the command's own calls get the threads' result, or wait for it. Nothing is preloaded
   * for an expert's directory ({@code --regles}), compiled by the command itself. An exception here
   * is dropped: the command meets it again on its own thread and reports it as usual.
   */
  public void precharger(String famille) {
    if (dossier != null) return;
    enArrierePlan(() -> RuleBase.bundled().famille(famille));
    enArrierePlan(ReglesOptions::lireDocuments);
  }

  /**
   * The same for an evaluation of every family of the bundled rules ({@code ctg check}): the whole
   * kbase on one thread, the documents on the other.
   */
  public void prechargerTout() {
    if (dossier != null) return;
    enArrierePlan(() -> RuleBase.bundled().regles());
    enArrierePlan(ReglesOptions::lireDocuments);
  }

  /** The parameters, the scope of the texts, the catalogues of the cited sources and legal texts. */
  private static void lireDocuments() {
    RuleBase base = RuleBase.bundled();
    base.parametres();
    base.textes();
    fr.ctg.regles.SourcesCitees.embarquees();
    fr.ctg.regles.TextesJuridiquesEmbarques.embarques();
  }

  /**
   * Runs {@code lecture} on a daemon thread; an exception there is dropped: the command meets it
   * again on its own thread and reports it as usual.
   */
  static void enArrierePlan(Runnable lecture) {
    Thread t = new Thread(() -> {
      try {
        lecture.run();
      } catch (RuntimeException e) {
        // reported by the command when it reads the same thing
      }
    }, "ctg-prechargement");
    t.setDaemon(true);
    t.start();
  }

  /** The parameters of {@code base} overlaid by the {@code --parametres} files. */
  public Parametres parametres(RuleBase base) throws InvalidDocumentException {
    Parametres p = base.parametres();
    if (!fichiersParametres.isEmpty()) {
      // each file is checked against the declarations (type, domain) of the parameters it replaces
      p = p.surchargePar(DocumentReader.readSurcharges(fichiersParametres, p));
    }
    return p;
  }

  /** Writes a rule-base error for a person (every positioned problem, no stack trace); returns exit code 3. */
  public static int signaler(fr.ctg.regles.RuleBaseException e, java.io.PrintWriter err) {
    if (e.problems().isEmpty()) {
      err.println("ctg : base de règles invalide : " + e.getMessage());
    } else {
      e.problems().forEach(err::println);
      err.println("ctg : base de règles invalide (" + e.problems().size() + " erreur(s)) ; voir « ctg regles verifier »");
    }
    err.flush();
    return Ctg.REGLES_INVALIDES;
  }
}
