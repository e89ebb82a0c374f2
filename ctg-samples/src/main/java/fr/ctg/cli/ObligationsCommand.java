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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg obligations}: the AO obligations (CASF L.214-1-3) of every commune of a territory, and
 * of every transferee of their competences, on a date, from the bundled national registry.
 *
 * <p>The date is required: the rules never read the wall clock, and neither does the command.
 */
@Command(
    name = "obligations",
    mixinStandardHelpOptions = true,
    description = {
      "Obligations des autorités organisatrices de l'accueil du jeune enfant (CASF art. L.214-1-3, "
          + "L.214-2, L.214-2-1) de chaque commune du territoire, ou du groupement auquel elle a transféré "
          + "une compétence, à une date donnée, avec leur fondement et leur explication.",
    })
public final class ObligationsCommand implements Callable<Integer> {
  @Option(names = "--date", paramLabel = "AAAA-MM-JJ", required = true,
      description = "date d'évaluation (obligatoire : les règles ne lisent jamais l'horloge).")
  String date;

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
    LocalDate jour;
    try {
      jour = LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "date invalide « " + date + " » : AAAA-MM-JJ attendu");
    }
    Territoire territoire;
    try {
      territoire = Registre.national().enVigueurAu(jour);
    } catch (DateHorsRegistreException e) {
      spec.commandLine().getErr().println("ctg : " + e.getMessage());
      return Ctg.ENTREE_INVALIDE;
    }
    try {
      fr.ctg.eligibilite.ImmutableEntreesAO.Builder entrees = EntreesAO.builder();
      if (transferts != null) {
        List<TransfertCompetence> t = DocumentReader.readTransferts(transferts, insee -> territoire.commune(insee).isPresent());
        entrees.transferts(t);
      }
      if (rpe != null) {
        List<Rpe> r = DocumentReader.readRpe(rpe, insee -> territoire.commune(insee).isPresent());
        entrees.rpe(r);
      }
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
      if (progression) {
        spec.commandLine().getErr().println("ctg : évaluation de " + territoire.communes().size() + " communes au " + jour + "…");
      }
      Rapport rapport = statut.filtrer(evaluateur.obligations(selection, jour, entrees.build(),
          OptionsObligations.parDefaut().nonApplicables(inclureNonApplicables)));
      if (progression) {
        spec.commandLine().getErr().println("ctg : " + rapport.constats().size() + " constats.");
      }
      java.io.PrintWriter out = spec.commandLine().getOut();
      if (format.equals("csv")) {
        CsvReport.write(rapport, out); // streamed: ~80 000 lines for France
      } else {
        out.print(format.equals("json") ? JsonReport.render(rapport)
            : format.equals("html") ? HtmlReport.render(rapport, base) : TextReport.render(rapport));
      }
      out.flush();
      return Ctg.OK;
    } catch (InvalidDocumentException e) {
      for (DocumentError err : e.errors()) spec.commandLine().getErr().println(err);
      return Ctg.ENTREE_INVALIDE;
    } catch (SelectionInvalideException e) {
      spec.commandLine().getErr().println("ctg : " + e.getMessage());
      return Ctg.ENTREE_INVALIDE;
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, spec.commandLine().getErr());
    }
  }
}
