package fr.ctg.cli;

import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.internal.ReportDiff;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * What the subcommands of {@code ctg diff} share: the two sides compared (the law in force — the
 * rules of {@code --regles} or the bundled ones, with {@code --parametres} — and the reform: the
 * rules of {@code --regles-reforme} if given, with the parameters of {@code --reforme} laid over),
 * the header that says what is compared, and the output (text, json, html).
 */
final class Comparaison {
  /** Rules and parameters of one side. */
  static final class Cote {
    final RuleBase base;
    final Parametres parametres;

    Cote(RuleBase base, Parametres parametres) {
      this.base = base;
      this.parametres = parametres;
    }

    /** An evaluator of this side's rules and parameters, within the command's limits. */
    Evaluateur evaluateur(LimitesOptions limites) {
      return limites.appliquer(Evaluateur.builder()).parametres(parametres).regles(base).build();
    }
  }

  /** The body of a diff subcommand: its exit code, or an exception {@link #executer} reports. */
  interface Corps {
    int executer() throws InvalidDocumentException;
  }

  /**
   * Runs {@code corps} and reports its failures on {@code err} as every command does: an invalid rule
   * base (exit 3), an invalid document with its positioned errors, an invalid selection or value
   * (exit 2).
   */
  static int executer(PrintWriter err, Corps corps) {
    try {
      return corps.executer();
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, err);
    } catch (InvalidDocumentException e) {
      for (DocumentError x : e.errors()) err.println(x);
      err.flush();
      return Ctg.ENTREE_INVALIDE;
    } catch (SelectionInvalideException | IllegalArgumentException e) {
      err.println("ctg : " + e.getMessage());
      err.flush();
      return Ctg.ENTREE_INVALIDE;
    }
  }

  final Cote loi;
  final Cote reforme;
  /** The parameters the {@code --reforme} files define (empty without them). */
  private final Parametres parametresReformes;
  private final boolean autresRegles;

  private Comparaison(Cote loi, Cote reforme, Parametres parametresReformes, boolean autresRegles) {
    this.loi = loi;
    this.reforme = reforme;
    this.parametresReformes = parametresReformes;
    this.autresRegles = autresRegles;
  }

  /**
   * Both sides.
   *
   * @throws fr.ctg.regles.RuleBaseException when a rule directory does not load (exit 3)
   * @throws InvalidDocumentException when a parameter file is invalid (exit 2)
   */
  static Comparaison of(DiffCommand parent, ReglesOptions regles) throws InvalidDocumentException {
    if (parent.reforme.isEmpty() && parent.reglesReforme == null) {
      throw new CommandLine.ParameterException(parent.spec.commandLine(),
          "indiquez la réforme : --reforme PARAMETRES.yaml (paramètres) ou --regles-reforme DOSSIER (règles), ou les deux");
    }
    RuleBase base = regles.base();
    Cote loi = new Cote(base, regles.parametres(base));
    RuleBase autre = parent.reglesReforme == null ? base : RuleBase.fromDirectory(parent.reglesReforme);
    Parametres p = parent.reglesReforme == null ? loi.parametres : regles.parametres(autre);
    Parametres reformes = parent.reforme.isEmpty() ? null : DocumentReader.readSurcharges(parent.reforme, p);
    return new Comparaison(loi, new Cote(autre, reformes == null ? p : p.surchargePar(reformes)), reformes,
        parent.reglesReforme != null);
  }

  /**
   * The lines that say what is compared, for evaluation date {@code date}: each reformed parameter
   * as of the date with its effect date, then its later values (a reform from 2027 compared in 2026
   * changes nothing yet, and the header says from when it will); the two rule sets when they differ.
   */
  List<String> entete(LocalDate date) {
    List<String> lignes = new ArrayList<>();
    if (autresRegles) {
      lignes.add("Règles : loi en vigueur " + decrire(loi.base) + " ; réforme " + decrire(reforme.base));
    }
    if (parametresReformes != null) {
      lignes.add("Réforme : " + parametresReformes.tous().stream().map(p -> p.nom() + " = "
          + p.enVigueur(date).map(v -> v.enTexte() + " depuis le " + v.depuis())
              .orElse("(pas en vigueur le " + date + ")")
          + loi.parametres.enVigueur(p.nom(), date).map(v -> " (loi en vigueur : " + v.enTexte() + ")").orElse("")
          + p.valeurs().stream().filter(v -> v.depuis().isAfter(date))
              .map(v -> " ; " + v.enTexte() + " à partir du " + v.depuis()).collect(Collectors.joining()))
          .collect(Collectors.joining(", ")));
    }
    return lignes;
  }

  private static String decrire(RuleBase b) {
    return b.source() + " (" + b.nombre() + " règles, " + b.empreinte() + ")";
  }

  /**
   * Writes the comparison of {@code avant} (the law in force) and {@code apres} (the reform):
   * {@code text} (the header, the counts per rule, then each finding added +, removed -, changed ~),
   * {@code json} ({@code ctg-diff/1}) or {@code html} (a page with the report's components).
   */
  static void ecrire(PrintWriter out, String format, String titre, List<String> entete, Rapport avant, Rapport apres,
      RuleBase regles) {
    if (format.equals("html")) {
      out.print(HtmlReport.renderDiff(avant, apres, titre, entete, regles));
      out.flush();
      return;
    }
    if (format.equals("json")) {
      out.print(JsonReport.renderDiff(avant, apres, titre, entete));
      out.flush();
      return;
    }
    ReportDiff d = ReportDiff.between(avant, apres);
    entete.forEach(out::println);
    if (d.vide()) {
      out.println("Aucun constat ne change.");
    }
    for (Map.Entry<String, ReportDiff.Counts> c : d.parRegle().entrySet()) {
      out.println(c.getKey() + " : +" + c.getValue().ajoutes() + " constats, -" + c.getValue().retires() + ", "
          + c.getValue().modifies() + " modifiés");
    }
    for (Constat c : d.ajoutes()) out.println("+ " + ligne(c));
    for (Constat c : d.retires()) out.println("- " + ligne(c));
    for (ReportDiff.Change c : d.modifies()) {
      out.println("~ " + c.avant().regle() + " " + c.avant().sujet().type() + " " + c.avant().sujet().id() + " "
          + c.avant().sujet().nom() + " : " + c.avant().statut() + " → " + c.apres().statut());
      if (!c.avant().message().equals(c.apres().message())) {
        out.println("    avant : " + c.avant().message());
        out.println("    après : " + c.apres().message());
      }
    }
    out.println("Total : +" + d.ajoutes().size() + ", -" + d.retires().size() + ", ~" + d.modifies().size());
    out.flush();
  }

  /** Refuses a format other than text, json, html (exit 2). */
  static void verifierFormat(CommandLine cl, String format) {
    if (!List.of("text", "json", "html").contains(format)) {
      throw new CommandLine.ParameterException(cl, "format inconnu « " + format + " » : text, json ou html attendu");
    }
  }

  private static String ligne(Constat c) {
    return c.regle() + " " + c.sujet().type() + " " + c.sujet().id() + " " + c.sujet().nom() + " : " + c.statut() + " — " + c.message();
  }
}
