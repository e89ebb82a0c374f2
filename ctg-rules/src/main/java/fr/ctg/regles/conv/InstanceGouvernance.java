package fr.ctg.regles.conv;

import fr.ctg.rapport.Sujet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Fact: a governance body of the convention (COPIL, COTECH, other). Immutable. */
public final class InstanceGouvernance {
  private final String id;
  private final String type;
  private final String nom;
  private final Integer frequenceMinimaleParAn;
  private final List<LocalDate> datesPrevues;
  private final String source;
  private final Sujet sujet;

  public InstanceGouvernance(String id, String type, String nom, Integer frequenceMinimaleParAn,
      List<LocalDate> datesPrevues, String source) {
    this.id = Objects.requireNonNull(id);
    this.type = Objects.requireNonNull(type);
    this.nom = Objects.requireNonNull(nom);
    this.frequenceMinimaleParAn = frequenceMinimaleParAn;
    this.datesPrevues = List.copyOf(datesPrevues);
    this.source = source;
    this.sujet = Sujet.of("instance", id, nom);
  }

  public String id() { return id; }

  /** {@code COPIL}, {@code COTECH} or {@code AUTRE}. */
  public String type() { return type; }

  public String nom() { return nom; }

  /** Minimum number of meetings a year the text sets; null when it sets none. */
  public Integer frequenceMinimaleParAn() { return frequenceMinimaleParAn; }

  public List<LocalDate> datesPrevues() { return datesPrevues; }

  public String source() { return source; }

  public Sujet sujet() { return sujet; }
}
