package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Fact: an avenant to the convention. Immutable. */
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
    this.date = Objects.requireNonNull(date);
    this.objet = Objects.requireNonNull(objet);
    this.clausesModifiees = List.copyOf(clausesModifiees);
    this.annexesModifiees = List.copyOf(annexesModifiees);
    this.signataires = List.copyOf(signataires);
    this.source = source;
    this.sujet = Sujet.of("avenant", id, "Avenant " + id);
  }

  public String id() { return id; }

  public LocalDate date() { return date; }

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
