package fr.ctg.eligibilite.internal.scenario;

import fr.ctg.rapport.Rapport;
import fr.ctg.scenario.CasScenario;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one scenario case: passed, or the differences between the findings expected and
 * those obtained (each difference one line of French). Immutable.
 */
public final class CaseResult {
  private final Path fichier;
  private final CasScenario cas;
  private final List<String> differences;
  private final Rapport rapport;

  CaseResult(Path fichier, CasScenario cas, List<String> differences, Rapport rapport) {
    this.fichier = fichier;
    this.cas = cas;
    this.differences = List.copyOf(differences);
    this.rapport = rapport;
  }

  public Path fichier() { return fichier; }

  public CasScenario cas() { return cas; }

  public boolean reussi() { return differences.isEmpty(); }

  /** Expected findings not obtained (with what was obtained instead) and forbidden findings obtained. */
  public List<String> differences() { return differences; }

  /** The report the case was checked against. */
  public Rapport rapport() { return rapport; }
}
