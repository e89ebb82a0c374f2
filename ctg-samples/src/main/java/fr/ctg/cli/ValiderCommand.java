package fr.ctg.cli;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.DocumentType;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.territoire.PopulationsCsv;
import fr.ctg.territoire.Territoire;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg valider FICHIER...}: validates documents against their schema and the checks a schema
 * cannot express; every error positioned ({@code fichier:ligne:colonne: $.pointeur: message}) on
 * stderr, one line per valid file on stdout. Exit 0 when every file is valid, 2 otherwise.
 */
@Command(
    name = "valider",
    mixinStandardHelpOptions = true,
    description = {
      "Valide des documents : convention (ctg-convention/1), paramètres (ctg-parametres/1), "
          + "transferts de compétences (ctg-transferts/1), couverture RPE (ctg-rpe/1), rapport (ctg-rapport/1), scénario (ctg-scenario/1), populations (CSV).",
      "Le type est lu dans la clé « schema » du document. Toutes les erreurs sont signalées, chacune "
          + "positionnée : fichier:ligne:colonne: $.pointeur: message.",
      "Code de sortie : 0 si tous les fichiers sont valides, 2 sinon."
    })
public final class ValiderCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FICHIER", description = "Documents YAML (.yaml, .yml) ou JSON (.json) à valider.")
  List<Path> fichiers;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean toutValide = true;
    for (Path f : fichiers) {
      try {
        out.println(f + " : valide (" + valider(f) + ")");
      } catch (InvalidDocumentException e) {
        toutValide = false;
        for (DocumentError error : e.errors()) {
          err.println(error);
        }
      } catch (UnsupportedOperationException e) {
        toutValide = false;
        err.println(f + " : " + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    return toutValide ? Ctg.OK : Ctg.ENTREE_INVALIDE;
  }

  /** Validates one file; returns what it is, in words, for the "valide" line. */
  private static String valider(Path f) throws InvalidDocumentException {
    DocumentType type = DocumentReader.detect(f);
    switch (type) {
      case CONVENTION: {
        Convention c = DocumentReader.readConvention(f);
        return "convention " + c.id();
      }
      case PARAMETERS:
        // a parameter of the bundled rules keeps their declared type and domain
        return "paramètres : " + DocumentReader.readParametres(List.of(f), DocumentReader.bundledParametres()).tous().size();
      case TRANSFERS:
        return "transferts : " + DocumentReader.readTransferts(f).size();
      case RPE_COVERAGE:
        return "relais petite enfance : " + DocumentReader.readRpe(f).size();
      case SCENARIO:
        return "scénario : " + DocumentReader.readScenario(f).cas().size() + " cas";
      case REPORT:
        DocumentReader.validateSchema(f, type);
        return "rapport";
      case TEXTES:
        return "portée des textes : " + DocumentReader.readTextes(f).tous().size() + " texte(s)";
      case SOURCES:
        return "documents sources : " + DocumentReader.readSources(f).documents().size() + " document(s)";
      case LEGIFRANCE:
        return "textes juridiques : " + DocumentReader.readLegifrance(f).articles().size() + " article(s)";
      case POPULATIONS:
        return "populations : " + PopulationsCsv.lire(f, Territoire.national()).size() + " périodes";
      default:
        throw new UnsupportedOperationException("type de document non pris en charge : " + type);
    }
  }
}
