package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fact: an avenant to the convention. Immutable. A blank template (no date, no signatory, or a blank
 * left to fill in such as « JJ/MM/AAAA », « XX », a dotted line) is a {@link #modele()}: it does not change
 * the convention, and the CONV-AVENANT rules report it as a template, never as in force.
 */
public final class AvenantConvention {
  private final String id;
  private final LocalDate date;
  private final String objet;
  private final List<String> clausesModifiees;
  private final List<String> annexesModifiees;
  private final List<String> signataires;
  private final String source;
  private final Sujet sujet;

  public AvenantConvention(String id, LocalDate date, String objet, List<String> clausesModifiees,
      List<String> annexesModifiees, List<String> signataires, String source) {
    this.id = Objects.requireNonNull(id);
    this.date = date;
    this.objet = Objects.requireNonNull(objet);
    this.clausesModifiees = List.copyOf(clausesModifiees);
    this.annexesModifiees = List.copyOf(annexesModifiees);
    this.signataires = List.copyOf(signataires);
    this.source = source;
    this.sujet = Sujet.of("avenant", id, "Avenant " + id);
  }

  public String id() { return id; }

  /** Date of the avenant; null for a template whose date is blank. */
  public LocalDate date() { return date; }

  /** Blanks left to fill in a template: a day/month/year mask, X or dot runs, an ellipsis. */
  private static final Pattern BLANC = Pattern.compile("JJ/MM|MM/AAAA|/AAAA|\\bX{2,}\\b|\\.{4,}|_{3,}");

  /** Whether it is a blank template: no date, no signatory, or a blank left to fill in. */
  public boolean modele() {
    if (date == null || signataires.isEmpty()) return true;
    if (BLANC.matcher(objet).find()) return true;
    for (String c : clausesModifiees) if (BLANC.matcher(c).find()) return true;
    return false;
  }

  /** What makes it a template, for the report: « sans date », « sans signataire », « à compléter ». */
  public String blancs() {
    java.util.List<String> l = new java.util.ArrayList<>();
    if (date == null) l.add("sans date");
    if (signataires.isEmpty()) l.add("sans signataire");
    boolean blanc = BLANC.matcher(objet).find();
    for (String c : clausesModifiees) blanc |= BLANC.matcher(c).find();
    if (blanc) l.add("avec des blancs à compléter");
    return String.join(", ", l);
  }

  public String objet() { return objet; }

  public List<String> clausesModifiees() { return clausesModifiees; }

  public List<String> annexesModifiees() { return annexesModifiees; }

  /** Whether it lists at least one clause or annex it changes. */
  public boolean listeSesModifications() {
    return !clausesModifiees.isEmpty() || !annexesModifiees.isEmpty();
  }

  /** Ids of the convention's parties who signed it. */
  public List<String> signataires() { return signataires; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
