package fr.ctg.cli;

import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.OptionsObligations;
import fr.ctg.eligibilite.internal.ReportDiff;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctg diff --reforme P.yaml obligations --date D <sélection> [...]}: the AO obligations under
 * the law in force and under the reform; prints the counts per rule, then each finding added (+),
 * removed (-) and changed (~). Exit 0, 2 on invalid input, 3 on an invalid rule base.
 */
@Command(
    name = "obligations",
    mixinStandardHelpOptions = true,
    description = {
      "Compare les obligations des autorités organisatrices sous la loi en vigueur et sous la réforme.",
      "Sortie : le décompte par règle (« AO-RPE : +12 constats, -0, 3 modifiés »), puis chaque constat "
          + "ajouté (+), retiré (-) ou modifié (~, statut ou message)."
    })
public final class DiffObligationsCommand implements Callable<Integer> {
  @ParentCommand DiffCommand parent;

  @Mixin SelectionOptions selection;

  @Mixin ReglesOptions regles;

  @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (par défaut) ou html (page autonome : décompte par règle, constats ajoutés, retirés et modifiés, filtres).")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      RuleBase base = regles.base();
      Parametres loi = regles.parametres(base);
      Parametres reforme = DocumentReader.readSurcharges(parent.reforme, loi);
      SelectionTerritoire sel = selection.selection();
      EntreesAO entrees = selection.entrees();
      Evaluateur avant = selection.evaluateur(base, loi);
      Evaluateur apres = selection.evaluateur(base, loi.surchargePar(reforme));
      Rapport a = avant.obligations(sel, selection.date(), entrees, OptionsObligations.parDefaut().nonApplicables(selection.inclureNonApplicables()));
      Rapport b = apres.obligations(sel, selection.date(), entrees, OptionsObligations.parDefaut().nonApplicables(selection.inclureNonApplicables()));
      ReportDiff d = ReportDiff.between(a, b);
      // each reformed value as of the date, then the reform's later values with their effect date: a
      // reform from 2027 diffed in 2026 changes nothing yet, and the header says from when it will
      String ligneReforme = "Réforme : " + reforme.tous().stream().map(p -> p.nom() + " = "
          + p.enVigueur(selection.date()).map(v -> v.enTexte() + " depuis le " + v.depuis())
              .orElse("(pas en vigueur le " + selection.date() + ")")
          + loi.enVigueur(p.nom(), selection.date()).map(v -> " (loi en vigueur : " + v.enTexte() + ")").orElse("")
          + p.valeurs().stream().filter(v -> v.depuis().isAfter(selection.date()))
              .map(v -> " ; " + v.enTexte() + " à partir du " + v.depuis()).collect(Collectors.joining()))
          .collect(Collectors.joining(", "));
      String ligneSelection = "Sélection : " + sel + ", le " + selection.date() + " ; loi en vigueur : " + a.constats().size()
          + " constats ; réforme : " + b.constats().size() + " constats";
      if (format.equals("html")) {
        out.print(HtmlReport.renderDiff(a, b, "Effet d'une réforme sur les obligations des autorités organisatrices",
            List.of(ligneReforme, ligneSelection), base));
        out.flush();
        return Ctg.OK;
      }
      if (!format.equals("text")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "format inconnu « " + format + " » : text ou html attendu");
      }
      out.println(ligneReforme);
      out.println(ligneSelection);
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
      return Ctg.OK;
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

  private static String ligne(Constat c) {
    return c.regle() + " " + c.sujet().type() + " " + c.sujet().id() + " " + c.sujet().nom() + " : " + c.statut() + " — " + c.message();
  }

}
