package fr.ctg.cli;

import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.regles.catalogue.RuleCatalogue;
import fr.ctg.parametres.Parametres;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import fr.ctg.regles.RuleFiles;
import fr.ctg.scenario.CasScenario;
import fr.ctg.scenario.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ctg regles documenter [--format markdown|html] [--sortie F] [--scenarios DOSSIER]}: the rule catalogue. */
@Command(
    name = "documenter",
    mixinStandardHelpOptions = true,
    description = {
      "Le catalogue des règles, tiré de leurs métadonnées : id, titre, fondement (avec lien), source, "
          + "fichier et lignes, paramètres lus avec leurs valeurs datées et références, scénarios qui couvrent "
          + "chaque règle ; puis les règles qu'aucun scénario ne couvre.",
      "Code de sortie : 0, 2 si un scénario est invalide, 3 si la base de règles est invalide."
    })
public final class ReglesDocumenterCommand implements Callable<Integer> {
  enum Format { markdown, html }

  @Option(names = "--format", defaultValue = "markdown", description = "markdown ou html (défaut : ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--sortie", paramLabel = "FICHIER", description = "Fichier à écrire ; sans lui, la sortie standard.")
  Path sortie;

  @Option(names = "--scenarios", paramLabel = "DOSSIER", description = "Scénarios qui couvrent les règles ; défaut : ceux livrés.")
  Path scenarios;

  @Mixin ReglesOptions regles;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      RuleBase base = regles.base();
      Parametres parametres = regles.parametres(base);
      RuleFiles fichiers = regles.dossier() == null ? RuleFiles.bundled() : RuleFiles.fromDirectory(regles.dossier());
      Path racine = scenarios != null ? scenarios : Scenarios.embarques();
      Map<String, List<CasScenario>> cas = new TreeMap<>();
      for (Path f : Scenarios.fichiers(List.of(racine))) {
        Scenario s = DocumentReader.readScenario(f);
        cas.put(Scenarios.nom(racine, f), s.cas());
      }
      RuleCatalogue catalogue = new RuleCatalogue(base, fichiers, parametres, cas);
      String texte = format == Format.html ? catalogue.html() : catalogue.markdown();
      if (sortie == null) {
        spec.commandLine().getOut().print(texte);
        spec.commandLine().getOut().flush();
      } else {
        Files.writeString(sortie, texte, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(sortie + " : " + base.regles().size() + " règles, "
            + catalogue.nonCouvertes().size() + " sans scénario");
        spec.commandLine().getOut().flush();
      }
      return Ctg.OK;
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, spec.commandLine().getErr());
    } catch (InvalidDocumentException e) {
      e.errors().forEach(spec.commandLine().getErr()::println);
      spec.commandLine().getErr().flush();
      return Ctg.ENTREE_INVALIDE;
    } catch (IOException e) {
      spec.commandLine().getErr().println("ctg : écriture impossible : " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Ctg.ENTREE_INVALIDE;
    }
  }
}
