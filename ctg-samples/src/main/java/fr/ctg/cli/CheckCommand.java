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
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Territoire;
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
      "Plusieurs conventions : un rapport par convention, à la suite (json : un tableau de rapports) ou, avec "
          + "--sortie DOSSIER, un fichier par convention (ID.txt, .json, .md, .html) ; chacune est vérifiée même "
          + "si une autre est invalide, et le code de sortie est le pire des codes."
    })
public final class CheckCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("text", "json", "markdown", "html");

  @Parameters(arity = "1..*", paramLabel = "CONVENTION",
      description = "Convention(s) à vérifier (.ctg.yaml ou .json) ; « - » la lit sur l'entrée standard (YAML ou JSON).")
  List<String> conventions;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "date d'évaluation (par défaut : la date de début de la convention).")
  String date;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (terminal, par défaut), json (ctg-rapport/1), markdown ou html (page autonome).")
  String format;

  @Option(names = "--sortie", paramLabel = "FICHIER",
      description = "écrit le rapport dans FICHIER (écriture atomique : fichier temporaire puis déplacement) au lieu de la sortie "
          + "standard ; avec plusieurs conventions, un DOSSIER existant où écrire un rapport par convention.")
  Path sortie;

  @Option(names = "--strict", description = "code de sortie 1 si un constat est NON_SATISFAIT ou INELIGIBLE.")
  boolean strict;

  @CommandLine.Mixin ReglesOptions regles;

  @CommandLine.Mixin LimitesOptions limites;

  @CommandLine.Mixin StatutOption statut;

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
    if (conventions.stream().filter("-"::equals).count() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "l'entrée standard (« - ») ne se lit qu'une fois");
    }
    boolean plusieurs = conventions.size() > 1;
    if (plusieurs && sortie == null && format.equals("html")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "plusieurs conventions en html : indiquez un dossier, --sortie DOSSIER (une page par convention)");
    }
    if (plusieurs && sortie != null && !Files.isDirectory(sortie)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "plusieurs conventions : --sortie doit être un dossier existant (un rapport par convention), pas « " + sortie + " »");
    }
    // read by other threads while this one reads the conventions: the rules, their documents, and the
    // registry (its last year, against which the conventions' communes are checked, and the date's)
    regles.prechargerTout();
    LocalDate jourDonne = jour;
    ReglesOptions.enArrierePlan(() -> {
      Territoire.national();
      if (jourDonne != null) Registre.national().enVigueurAu(jourDonne);
    });
    int code = Ctg.OK;
    List<String> rendus = new java.util.ArrayList<>();
    RuleBase regles = null;
    Evaluateur evaluateur = null;
    for (String nom : conventions) {
      Path cible = sortie;
      try {
        Convention c = lire(nom);
        LocalDate le = jour;
        if (le == null) {
          le = c.dateDebut();
          spec.commandLine().getErr().println("ctg : --date absent : vérification au " + le
              + ", date de début de la convention " + c.id() + ".");
        }
        if (evaluateur == null) {
          regles = this.regles.base();
          evaluateur = limites.appliquer(Evaluateur.builder())
              .parametres(this.regles.parametres(regles))
              .regles(regles)
              .build();
        }
        Rapport complet = evaluateur.verifier(c, le);
        Rapport rapport = statut.filtrer(complet);
        String texte;
        switch (format) {
          case "json": texte = JsonReport.render(rapport); break;
          case "markdown": texte = MarkdownReport.render(rapport, regles); break;
          case "html": texte = HtmlReport.render(rapport, regles, c); break;
          default: texte = TextReport.render(rapport);
        }
        if (sortie != null) {
          if (plusieurs) cible = sortie.resolve(c.id() + EXTENSIONS.get(format));
          ecrireAtomiquement(cible, texte);
        } else {
          rendus.add(texte);
        }
        boolean echec = complet.resume().containsKey(Statut.NON_SATISFAIT)
            || complet.resume().containsKey(Statut.INELIGIBLE);
        code = Math.max(code, strict && echec ? Ctg.STRICT_ECHEC : Ctg.OK);
      } catch (InvalidDocumentException e) {
        for (DocumentError err : e.errors()) spec.commandLine().getErr().println(err);
        code = Ctg.ENTREE_INVALIDE;
      } catch (SelectionInvalideException e) {
        spec.commandLine().getErr().println("ctg : " + e.getMessage());
        code = Ctg.ENTREE_INVALIDE;
      } catch (RuleBaseException e) {
        return ReglesOptions.signaler(e, spec.commandLine().getErr());
      } catch (IOException e) {
        spec.commandLine().getErr().println("ctg : impossible d'écrire " + cible + " : " + e.getMessage());
        code = Ctg.ENTREE_INVALIDE;
      }
    }
    if (!rendus.isEmpty()) {
      spec.commandLine().getOut().print(plusieurs ? ensemble(rendus) : rendus.get(0));
      spec.commandLine().getOut().flush();
    }
    spec.commandLine().getErr().flush();
    return code;
  }

  private static final java.util.Map<String, String> EXTENSIONS =
      java.util.Map.of("text", ".txt", "json", ".json", "markdown", ".md", "html", ".html");

  /** Several reports on the standard output: one after the other, a JSON array for json. */
  private String ensemble(List<String> rendus) {
    if (!format.equals("json")) return String.join("\n", rendus);
    return "[\n" + String.join(",\n", rendus.stream().map(String::stripTrailing).toList()) + "\n]\n";
  }

  /** The convention of a file, or of the standard input for {@code -} (named « entrée standard » in errors). */
  private static Convention lire(String nom) throws InvalidDocumentException {
    if (!nom.equals("-")) return DocumentReader.readConvention(Path.of(nom));
    byte[] octets;
    try {
      // one byte over the reader's limit, so that it reports the size rather than reading without end
      octets = System.in.readNBytes(ENTREE_MAX + 1);
    } catch (IOException e) {
      throw new InvalidDocumentException(List.of(new DocumentError(ENTREE_STANDARD, 0, 0, "$", "lecture impossible : " + e.getMessage())));
    }
    if (octets.length > ENTREE_MAX) {
      throw new InvalidDocumentException(List.of(new DocumentError(ENTREE_STANDARD, 1, 1, "$",
          "entrée trop volumineuse : la limite est de " + ENTREE_MAX + " octets")));
    }
    String debut = new String(octets, 0, Math.min(octets.length, 64), StandardCharsets.UTF_8).stripLeading();
    boolean json = debut.startsWith("{") || debut.startsWith("\uFEFF{");
    return DocumentReader.readConvention(ENTREE_STANDARD, octets, !json, DocumentReader.communeNationale());
  }

  /** The name the standard input's errors are reported under. */
  static final String ENTREE_STANDARD = "entrée standard";

  /** As for a file: 10 Mio. */
  private static final int ENTREE_MAX = 10 * 1024 * 1024;

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
