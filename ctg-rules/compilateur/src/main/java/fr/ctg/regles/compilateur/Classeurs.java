package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleFiles;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Decision tables as spreadsheets, for experts who edit them in Excel or LibreOffice. */
public final class Classeurs {
  private Classeurs() {}

  /**
   * The same files with each CSV decision table ({@code x.drl.csv}) as a workbook
   * ({@code x.drl.xlsx}, Drools' spreadsheet format): one sheet named after the file ({@code x},
   * cut to the 31 characters a sheet name may have), every cell in the same row and column, so that
   * Drools generates the same rules from it and a problem at {@code x!C7} is at line 7 of the CSV.
   * Byte-identical for the same tables (no date in the workbook). What {@code ctg regles exporter
   * --format xlsx} writes.
   */
  public static RuleFiles enClasseurs(RuleFiles fichiers) {
    return fichiers.convertis((path, content) -> {
      if (!path.toLowerCase(Locale.ROOT).endsWith(".drl.csv")) return Map.of(path, content);
      String base = path.substring(0, path.length() - ".drl.csv".length());
      String nom = base.substring(base.lastIndexOf('/') + 1);
      return Map.of(base + ".drl.xlsx",
          DecisionTables.classeur(nom, DecisionTables.csv(new String(content, StandardCharsets.UTF_8))));
    });
  }
}
