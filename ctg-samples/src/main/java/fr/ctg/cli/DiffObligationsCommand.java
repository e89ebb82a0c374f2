package fr.ctg.cli;

import fr.ctg.document.DocumentError;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.OptionsObligations;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBaseException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Mixin FormatDiffOption sortie;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Comparaison.verifierFormat(spec.commandLine(), sortie.format);
    return Comparaison.executer(err, () -> {
      Comparaison c = Comparaison.of(parent, regles);
      SelectionTerritoire sel = selection.selection();
      EntreesAO entrees = selection.entrees();
      Evaluateur avant = selection.evaluateur(c.loi.base, c.loi.parametres);
      Evaluateur apres = selection.evaluateur(c.reforme.base, c.reforme.parametres);
      Rapport a = avant.obligations(sel, selection.date(), entrees,
          OptionsObligations.parDefaut().nonApplicables(selection.inclureNonApplicables()));
      Rapport b = apres.obligations(sel, selection.date(), entrees,
          OptionsObligations.parDefaut().nonApplicables(selection.inclureNonApplicables()));
      List<String> entete = new ArrayList<>(c.entete(selection.date()));
      entete.add("Sélection : " + sel + ", le " + selection.date() + " ; loi en vigueur : " + a.constats().size()
          + " constats ; réforme : " + b.constats().size() + " constats");
      Comparaison.ecrire(out, sortie.format, "Effet d'une réforme sur les obligations des autorités organisatrices", entete, a, b,
          c.reforme.base);
      return Ctg.OK;
    });
  }

}
