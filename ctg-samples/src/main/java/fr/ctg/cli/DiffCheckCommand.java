package fr.ctg.cli;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBaseException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctg diff --reforme P.yaml check CONVENTION [--date D]}: the verification of a convention
 * ({@code ctg check}) under the law in force and under the reform, on the same date; the findings
 * that change. Exit 0, 2 on invalid input, 3 on an invalid rule base.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Compare la vérification d'une convention (ctg check) sous la loi en vigueur et sous la réforme, à la même date.",
      "Sans --date, la date de début de la convention. Sortie : le décompte par règle, puis chaque constat "
          + "ajouté (+), retiré (-) ou modifié (~, statut ou message)."
    })
public final class DiffCheckCommand implements Callable<Integer> {
  @ParentCommand DiffCommand parent;

  @Parameters(index = "0", paramLabel = "CONVENTION", description = "Convention à vérifier (.ctg.yaml ou .json).")
  Path convention;

  @Option(names = "--date", paramLabel = "AAAA-MM-JJ",
      description = "Date d'évaluation (par défaut : la date de début de la convention).")
  String date;

  @Mixin FormatDiffOption sortie;

  @Mixin ReglesOptions regles;

  @Mixin LimitesOptions limites;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Comparaison.verifierFormat(spec.commandLine(), sortie.format);
    LocalDate demandee = null;
    if (date != null) {
      try {
        demandee = LocalDate.parse(date.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "date invalide « " + date + " » : AAAA-MM-JJ attendu");
      }
    }
    LocalDate parametre = demandee;
    return Comparaison.executer(err, () -> {
      Convention c = DocumentReader.readConvention(convention);
      LocalDate jour = parametre;
      if (jour == null) {
        jour = c.dateDebut();
        err.println("ctg : --date absent : comparaison au " + jour + ", date de début de la convention " + c.id() + ".");
        err.flush();
      }
      Comparaison comp = Comparaison.of(parent, regles);
      Rapport a = comp.loi.evaluateur(limites).verifier(c, jour);
      Rapport b = comp.reforme.evaluateur(limites).verifier(c, jour);
      List<String> entete = new ArrayList<>(comp.entete(jour));
      entete.add("Convention : " + c.id() + ", le " + jour + " ; loi en vigueur : " + a.constats().size()
          + " constats ; réforme : " + b.constats().size() + " constats");
      Comparaison.ecrire(out, sortie.format, "Effet d'une réforme sur la vérification de la convention " + c.id(), entete, a, b,
          comp.reforme.base);
      return Ctg.OK;
    });
  }
}
