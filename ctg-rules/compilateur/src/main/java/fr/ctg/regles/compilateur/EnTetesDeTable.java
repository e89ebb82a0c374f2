package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drools.decisiontable.parser.ActionType;

/**
 * The column kinds of a decision table (the row below {@code RuleTable}) that Drools reads by their
 * first letter alone. A kind that is neither one of its keywords nor a keyword's short form
 * ({@code CONDITION} or {@code C}, {@code ACTION} or {@code A}, {@code NAME} or {@code N}…) is taken,
 * without a word, for the keyword of its first letter: « CONDITON » is read as CONDITION, and so is
 * « Commentaire », which an expert meant as a note. A warning at the cell names what Drools reads.
 * (A first letter that is no keyword's is refused by Drools itself.)
 */
final class EnTetesDeTable {
  private EnTetesDeTable() {}

  static List<RuleProblem> check(RuleFiles files, RuleVerifier.Locations locations) {
    // Drools' own keywords and short forms (ActionType.addNewActionType: the whole cell, else its first letter)
    Map<String, ActionType.Code> motsCles = new HashMap<>();
    for (ActionType.Code c : ActionType.Code.values()) {
      motsCles.put(c.getColHeader().toUpperCase(Locale.ROOT), c);
      motsCles.put(c.getColShort().toUpperCase(Locale.ROOT), c);
    }
    List<RuleProblem> problems = new ArrayList<>();
    locations.csv.forEach((path, lignes) -> {
      for (int i = 0; i + 1 < lignes.size(); i++) {
        if (lignes.get(i).cells.isEmpty() || !lignes.get(i).cells.get(0).strip().startsWith("RuleTable")) continue;
        DecisionTables.CsvRecord sortes = lignes.get(i + 1);
        for (int j = 0; j < sortes.cells.size(); j++) {
          String sorte = sortes.cells.get(j).strip();
          String cle = sorte.toUpperCase(Locale.ROOT);
          if (cle.isEmpty() || motsCles.containsKey(cle)) continue;
          ActionType.Code lue = motsCles.get(cle.substring(0, 1));
          if (lue == null) continue;
          problems.add(RuleProblem.warning(files.display(path), sortes.line, sortes.columns.get(j),
              "type de colonne « " + sorte + " » : Drools le lit comme " + lue.getColHeader() + " d'après sa première "
                  + "lettre ; écrivez " + lue.getColHeader() + " (ou " + lue.getColShort() + ") si c'est voulu, sinon un mot-clé de Drools"));
        }
      }
    });
    return problems;
  }
}
