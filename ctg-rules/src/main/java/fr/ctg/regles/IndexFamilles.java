package fr.ctg.regles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.drools.model.Model;

/**
 * Build step of ctg-rules (exec-maven-plugin, phase {@code process-classes}, after kie-maven-plugin
 * generated the executable model): writes {@value RuleBase#INDEX}, one line per generated model class
 * — {@code <class> <number of rules>} — in the order of {@value RuleBase#MODELE}. It lets
 * {@link RuleBase#bundled()} say how many rules it holds, and load one family's model alone
 * ({@link RuleBase#famille(String)}), without instantiating every family's model at start-up. Also
 * writes {@value RuleFiles#INDEX_FICHIERS}: the bundled rule, parameter and text files and their
 * fingerprint, which {@link RuleFiles#bundled()} reads instead of walking the jar.
 * Public only for the build to run it; not an API.
 */
public final class IndexFamilles {
  /** How this step runs, for the message of a missing index. */
  static final String ETAPE = "Maven (IndexFamilles, phase process-classes)";

  private IndexFamilles() {}

  /**
   * Writes the index.
   *
   * @param args the output directory of the module's classes ({@code target/classes})
   * @throws IOException when the index cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path sortie = Path.of(args[0]).resolve(RuleBase.INDEX);
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Integer> e : compter().entrySet()) {
      out.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
    }
    Files.createDirectories(sortie.getParent());
    Files.writeString(sortie, out, StandardCharsets.UTF_8);
    // the bundled files: their fingerprint, then their paths (RuleFiles.bundled reads them by name)
    RuleFiles fichiers = RuleFiles.parcourirLesFichiersEmbarques();
    StringBuilder index = new StringBuilder(fichiers.empreinteCalculee()).append('\n');
    for (String chemin : fichiers.all().keySet()) index.append(chemin).append('\n');
    Files.writeString(Path.of(args[0]).resolve(RuleFiles.INDEX_FICHIERS), index, StandardCharsets.UTF_8);
  }

  /** Each model class with the number of rules it holds. */
  static Map<String, Integer> compter() {
    Map<String, Integer> n = new LinkedHashMap<>();
    for (Model m : RuleBase.modeles(RuleBase.classesDuModele())) {
      n.put(m.getClass().getName(), m.getRules().size());
    }
    return n;
  }
}
