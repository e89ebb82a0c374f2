package fr.ctg.cli;

import fr.ctg.ao.Rpe;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.OptionsObligations;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.eligibilite.report.CsvReport;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.eligibilite.report.TextReport;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import fr.ctg.territoire.DateHorsRegistreException;
import fr.ctg.territoire.Registre;
import fr.ctg.territoire.Territoire;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg obligations}: the AO obligations (CASF L.214-1-3) of every commune of a territory, and
 * of every transferee of their competences, on a date, from the bundled national registry.
 *
 * <p>The date is required: the rules never read the wall clock, and neither does the command.
 * Several dates ({@code --date D1 --date D2}, or {@code --date D1,D2}) are evaluated in the order
 * given, each on the registry of its year, by one evaluator (the rule base is loaded once, each
 * registry year once); one report per date, written as soon as it is evaluated. A date that fails
 * (a selection unknown to its registry) is reported on stderr and the others are still evaluated;
 * the exit code is the worst of the dates. An invalid, repeated or out-of-registry date is refused
 * before anything is evaluated.
 */
@Command(
    name = "obligations",
    mixinStandardHelpOptions = true,
    description = {
      "Obligations des autorités organisatrices de l'accueil du jeune enfant (CASF art. L.214-1-3, "
          + "L.214-2, L.214-2-1) de chaque commune du territoire, ou du groupement auquel elle a transféré "
          + "une compétence, à une date donnée, avec leur fondement et leur explication.",
      "Plusieurs dates (--date répétée ou D1,D2…) : chacune avec le registre de son année, un rapport par date "
          + "dans l'ordre donné (text : à la suite ; json : un tableau de rapports ; csv : une table dont la "
          + "première colonne est la date ; html : une seule date) ; une date qui échoue n'arrête pas les autres, "
          + "le code de sortie est le pire des dates.",
    })
public final class ObligationsCommand implements Callable<Integer> {
  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", required = true, split = ",",
      description = "date d'évaluation (obligatoire : les règles ne lisent jamais l'horloge) ; plusieurs dates "
          + "(option répétée, ou dates séparées par des virgules) : un rapport par date, dans l'ordre donné, "
          + "chacune avec le registre de son année.")
  List<String> dates;

  @Option(names = "--france", description = "toutes les communes de France.")
  boolean france;

  @Option(names = "--departement", paramLabel = "D", description = "code du département (62, 2A, 974…).")
  String departement;

  @Option(names = "--epci", paramLabel = "SIREN", description = "SIREN de l'EPCI (9 chiffres).")
  String epci;

  @Option(names = "--commune", paramLabel = "INSEE", split = ",", description = "code(s) INSEE, séparés par des virgules.")
  List<String> communes;

  @Option(names = "--transferts", paramLabel = "FICHIER", description = "transferts de compétences AO (YAML ou JSON, ctg-transferts/1).")
  Path transferts;

  @Option(names = "--rpe", paramLabel = "FICHIER", description = "couverture des relais petite enfance (YAML ou JSON).")
  Path rpe;

  @Option(names = "--population", paramLabel = "FICHIER", description = "populations qui remplacent celles du registre (CSV « ; »).")
  Path population;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (par défaut), json, csv ou html (page autonome).")
  String format;

  @Option(names = "--inclure-non-applicables", description = "rapporter aussi les obligations qui ne s'appliquent pas, avec la raison.")
  boolean inclureNonApplicables;

  @CommandLine.Mixin ReglesOptions regles;

  @CommandLine.Mixin ParallelismeOption parallelisme;

  @CommandLine.Mixin LimitesOptions limites;

  @CommandLine.Mixin StatutOption statut;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    int selecteurs = (france ? 1 : 0) + (departement != null ? 1 : 0) + (epci != null ? 1 : 0) + (communes != null ? 1 : 0);
    if (selecteurs != 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "indiquez exactement un territoire : --france, --departement D, --epci SIREN ou --commune INSEE");
    }
    if (!List.of("text", "json", "csv", "html").contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "format inconnu « " + format + " » : text, json, csv ou html attendu");
    }
    List<LocalDate> jours = jours();
    boolean plusieurs = jours.size() > 1;
    if (plusieurs && format.equals("html")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format html : une page par date, une seule --date "
          + "(ici " + jours.size() + ") ; pour plusieurs dates : text, json ou csv");
    }
    regles.precharger("ao"); // the AO rules, parameters and texts, read by other threads meanwhile
    // every date is checked against the registry before anything is evaluated or written
    List<Territoire> territoires = new ArrayList<>();
    for (LocalDate jour : jours) {
      try {
        territoires.add(Registre.national().enVigueurAu(jour));
      } catch (DateHorsRegistreException e) {
        spec.commandLine().getErr().println("ctg : " + e.getMessage());
        return Ctg.ENTREE_INVALIDE;
      }
    }
    // a commune of the transfers or RPE files is known if it is a commune on one of the dates
    Predicate<String> communeConnue = insee -> territoires.stream().anyMatch(t -> t.commune(insee).isPresent());
    try {
      fr.ctg.eligibilite.ImmutableEntreesAO.Builder constructeur = EntreesAO.builder();
      if (transferts != null) {
        List<TransfertCompetence> t = DocumentReader.readTransferts(transferts, communeConnue);
        constructeur.transferts(t);
      }
      if (rpe != null) {
        List<Rpe> r = DocumentReader.readRpe(rpe, communeConnue);
        constructeur.rpe(r);
      }
      EntreesAO entrees = constructeur.build();
      RuleBase base = regles.base();
      Evaluateur.Builder builder = limites.appliquer(parallelisme.appliquer(
          Evaluateur.builder().parametres(regles.parametres(base)).regles(base)));
      if (population != null) builder.populations(population);
      Evaluateur evaluateur = builder.build();
      SelectionTerritoire selection = france ? SelectionTerritoire.france()
          : departement != null ? SelectionTerritoire.departement(departement.strip().toUpperCase(Locale.ROOT))
          : epci != null ? SelectionTerritoire.epci(epci.strip())
          : SelectionTerritoire.communes(communes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList());
      boolean progression = france && System.console() != null;
      java.io.PrintWriter out = spec.commandLine().getOut();
      java.io.PrintWriter err = spec.commandLine().getErr();
      // one evaluator, so one rule base and one referential per registry year, for every date; each
      // report is written as soon as it is evaluated (one date in memory at a time)
      int code = Ctg.OK;
      int ecrits = 0;
      for (int i = 0; i < jours.size(); i++) {
        LocalDate jour = jours.get(i);
        if (progression) {
          err.println("ctg : évaluation de " + territoires.get(i).communes().size() + " communes au " + jour + "…");
        }
        Rapport rapport;
        try {
          rapport = statut.filtrer(evaluateur.obligations(selection, jour, entrees,
              OptionsObligations.parDefaut().nonApplicables(inclureNonApplicables)));
        } catch (SelectionInvalideException e) {
          // this date fails, the others are still evaluated; the exit code is the worst of the dates
          err.println("ctg : " + (plusieurs ? "au " + jour + " : " : "") + e.getMessage());
          code = Math.max(code, Ctg.ENTREE_INVALIDE);
          continue;
        }
        if (progression) {
          err.println("ctg : " + rapport.constats().size() + " constats.");
        }
        ecrire(rapport, base, plusieurs, ecrits++, out);
        out.flush();
      }
      if (plusieurs && format.equals("json") && ecrits > 0) out.print("\n]\n");
      out.flush();
      return code;
    } catch (InvalidDocumentException e) {
      for (DocumentError err : e.errors()) spec.commandLine().getErr().println(err);
      return Ctg.ENTREE_INVALIDE;
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, spec.commandLine().getErr());
    }
  }

  /**
   * The dates of {@code --date}, in the order given; an invalid or repeated one is refused (exit 2)
   * naming it.
   */
  private List<LocalDate> jours() {
    List<LocalDate> jours = new ArrayList<>();
    for (String d : dates) {
      LocalDate jour;
      try {
        jour = LocalDate.parse(d.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "date invalide « " + d + " » : AAAA-MM-JJ attendu");
      }
      if (jours.contains(jour)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "date « " + jour + " » donnée deux fois à --date");
      }
      jours.add(jour);
    }
    return jours;
  }

  /**
   * Writes the report of the {@code rang}-th date written. One date: the report alone, as it always
   * was. Several dates: text, the reports one after the other, separated by a blank line; JSON, one
   * array of {@code ctg-rapport/1} reports (opened before the first, closed by the caller); CSV, one
   * table with a leading {@code date} column, its header once.
   */
  private void ecrire(Rapport rapport, RuleBase base, boolean plusieurs, int rang, java.io.PrintWriter out)
      throws java.io.IOException {
    switch (format) {
      case "csv":
        if (plusieurs) {
          CsvReport.writeDate(rapport, out, rang == 0);
        } else {
          CsvReport.write(rapport, out); // streamed: ~80 000 lines for France
        }
        break;
      case "json":
        if (plusieurs) {
          out.print(rang == 0 ? "[\n" : ",\n");
          // as ctg check writes several conventions' reports: "[", the reports separated by ",", "]"
          out.print(JsonReport.render(rapport).stripTrailing());
        } else {
          out.print(JsonReport.render(rapport));
        }
        break;
      case "html":
        out.print(HtmlReport.render(rapport, base));
        break;
      default:
        if (rang > 0) out.print("\n");
        out.print(TextReport.render(rapport));
    }
  }
}
