package fr.ctg.cli;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.eligibilite.report.MarkdownReport;
import fr.ctg.eligibilite.report.TextReport;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg check CONVENTION}: evaluates every rule family on a convention (its own conformity,
 * the AO obligations of the communes it covers) for a date and renders the report as text, JSON,
 * Markdown or a self-contained HTML page, on stdout or atomically into a file.
 *
 * <p>Without {@code --date}, the convention is checked on its start date: the command never reads
 * the wall clock, so the same file always gives the same report.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Vérifie une convention (ctg-convention/1) à une date : sa conformité (règles CONV-*), les obligations "
          + "des autorités organisatrices de l'accueil du jeune enfant pour les communes qu'elle couvre (AO-*, "
          + "dont AO-DISPENSE-CTG si elle tient lieu de schéma), avec leur fondement et leur explication.",
      "Sans --date, la convention est vérifiée à sa date de début (la commande ne lit jamais l'horloge).",
      "Code de sortie : 0 fait ; 1 fait et --strict a trouvé NON_SATISFAIT ou INELIGIBLE ; 2 entrée invalide ; "
          + "3 base de règles invalide."
    })
public final class CheckCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

  @Parameters(index = "0", paramLabel = "CONVENTION", description = "Convention à vérifier (.ctg.yaml ou .json).")
  Path convention;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "date d'évaluation (par défaut : la date de début de la convention).")
  String date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (terminal, par défaut), json (ctg-rapport/1), markdown ou html (page autonome).")
  String format;

  @Option(names = "--sortie", paramLabel = "FICHIER",
      description = "écrit le rapport dans FICHIER (écriture atomique : fichier temporaire puis déplacement) au lieu de la sortie standard.")
  Path sortie;

  @Option(names = "--strict", description = "code de sortie 1 si un constat est NON_SATISFAIT ou INELIGIBLE.")
  boolean strict;

  @CommandLine.Mixin ReglesOptions regles;

  @CommandLine.Mixin LimitesOptions limites;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!FORMATS.contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "format inconnu « " + format + " » : text, json, markdown ou html attendu");
    }
    LocalDate jour = null;
    if (date != null) {
      try {
        jour = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "date invalide « " + date + " » : AAAA-MM-JJ attendu");
      }
    }
    try {
      Convention c = DocumentReader.readConvention(convention);
      if (jour == null) {
        jour = c.dateDebut();
        spec.commandLine().getErr().println("ctg : --date absent : vérification au " + jour
            + ", date de début de la convention " + c.id() + ".");
      }
      RuleBase regles = this.regles.base();
      Evaluateur evaluateur = limites.appliquer(Evaluateur.builder())
          .parametres(this.regles.parametres(regles))
          .regles(regles)
          .build();
      Rapport rapport = evaluateur.verifier(c, jour);
      String texte;
      switch (format) {
        case "json": texte = JsonReport.render(rapport); break;
        case "markdown": texte = MarkdownReport.render(rapport, regles); break;
        case "html": texte = HtmlReport.render(rapport, regles, c); break;
        default: texte = TextReport.render(rapport);
      }
      if (sortie != null) {
        ecrireAtomiquement(sortie, texte);
      } else {
        spec.commandLine().getOut().print(texte);
        spec.commandLine().getOut().flush();
      }
      boolean echec = rapport.resume().containsKey(Statut.NON_SATISFAIT)
          || rapport.resume().containsKey(Statut.INELIGIBLE);
      return strict && echec ? Ctg.STRICT_ECHEC : Ctg.OK;
    } catch (InvalidDocumentException e) {
      for (DocumentError err : e.errors()) spec.commandLine().getErr().println(err);
      return Ctg.ENTREE_INVALIDE;
    } catch (SelectionInvalideException e) {
      spec.commandLine().getErr().println("ctg : " + e.getMessage());
      return Ctg.ENTREE_INVALIDE;
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, spec.commandLine().getErr());
    } catch (IOException e) {
      spec.commandLine().getErr().println("ctg : impossible d'écrire " + sortie + " : " + e.getMessage());
      return Ctg.ENTREE_INVALIDE;
    }
  }

  /**
   * Writes {@code texte} to a temporary file next to {@code cible}, then moves it over {@code cible}
   * (atomically where the file system allows): a reader never sees a half-written report, and a
   * failure leaves {@code cible} as it was.
   */
  static void ecrireAtomiquement(Path cible, String texte) throws IOException {
    Path absolue = cible.toAbsolutePath();
    Path dossier = absolue.getParent();
    if (dossier == null || !Files.isDirectory(dossier)) {
      throw new IOException("le dossier " + dossier + " n'existe pas");
    }
    // created with the default permissions (umask), unlike Files.createTempFile (owner only)
    Path temporaire = null;
    for (int i = 0; temporaire == null; i++) {
      Path essai = dossier.resolve("." + absolue.getFileName() + "." + ProcessHandle.current().pid() + "." + i + ".tmp");
      try {
        Files.write(essai, texte.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        temporaire = essai;
      } catch (FileAlreadyExistsException dejaLa) {
        if (i > 1000) throw dejaLa;
      }
    }
    try {
      try {
        Files.move(temporaire, absolue, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporaire, absolue, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporaire);
    }
  }
}
