package fr.ctg.cli;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBaseException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctg diff --reforme P.yaml bonus CONVENTION --annee N [...]}: the bonus territoire and the
 * pilotage funding of year N ({@code ctg bonus}) under the law in force and under the reform; the
 * findings that change (eligibility, amounts of the distribution). Exit 0, 2 on invalid input, 3 on
 * an invalid rule base.
 */
@Command(
    name = "bonus",
    mixinStandardHelpOptions = true,
    description = {
      "Compare le bonus territoire et le financement du pilotage de l'année N (ctg bonus) sous la loi en vigueur "
          + "et sous la réforme, évalués au 1er janvier de N.",
      "Sortie : le décompte par règle, puis chaque constat ajouté (+), retiré (-) ou modifié (~, statut ou message : "
          + "un montant réparti qui change est un message modifié)."
    })
public final class DiffBonusCommand implements Callable<Integer> {
  @ParentCommand DiffCommand parent;

  @Parameters(index = "0", paramLabel = "CONVENTION", description = "Convention (ctg-convention/1, YAML ou JSON).")
  Path convention;

  @Option(names = "--annee", required = true, paramLabel = "N", description = "Année du bonus (évaluée au 1er janvier).")
  int annee;

  @Mixin EntreesBonusOptions bonus;

  @Mixin FormatDiffOption sortie;

  @Mixin ReglesOptions regles;

  @Mixin LimitesOptions limites;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Comparaison.verifierFormat(spec.commandLine(), sortie.format);
    return Comparaison.executer(err, () -> {
      Optional<BigDecimal> env = bonus.enveloppe();
      EntreesBonus e = bonus.entrees();
      Convention c = DocumentReader.readConvention(convention);
      Comparaison comp = Comparaison.of(parent, regles);
      Rapport a = comp.loi.evaluateur(limites).bonus(c, annee, env, e);
      Rapport b = comp.reforme.evaluateur(limites).bonus(c, annee, env, e);
      LocalDate jour = LocalDate.of(annee, 1, 1);
      List<String> entete = new ArrayList<>(comp.entete(jour));
      entete.add("Convention : " + c.id() + ", bonus " + annee + " (évalué le " + jour + ") ; loi en vigueur : "
          + a.constats().size() + " constats ; réforme : " + b.constats().size() + " constats");
      Comparaison.ecrire(out, sortie.format, "Effet d'une réforme sur le bonus territoire " + annee + " de la convention " + c.id(),
          entete, a, b, comp.reforme.base);
      return Ctg.OK;
    });
  }
}
