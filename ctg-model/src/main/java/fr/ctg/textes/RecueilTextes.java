package fr.ctg.textes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The texts of a rule base, by id (sorted). Immutable. */
public final class RecueilTextes {
  private final Map<String, Texte> parId;

  private RecueilTextes(Map<String, Texte> parId) {
    this.parId = Collections.unmodifiableMap(parId);
  }

  /**
   * @throws IllegalArgumentException when two texts share an id
   */
  public static RecueilTextes of(List<Texte> textes) {
    Map<String, Texte> m = new TreeMap<>();
    for (Texte t : textes) {
      if (m.put(t.id(), t) != null) throw new IllegalArgumentException("texte en double : " + t.id());
    }
    return new RecueilTextes(m);
  }

  public static RecueilTextes vide() {
    return new RecueilTextes(Map.of());
  }

  public List<Texte> tous() {
    return new ArrayList<>(parId.values());
  }

  public Optional<Texte> texte(String id) {
    return Optional.ofNullable(parId.get(id));
  }

  /** The texts a rule applies (usually one), sorted by id. */
  public List<Texte> deLaRegle(String regle) {
    List<Texte> out = new ArrayList<>();
    for (Texte t : parId.values()) if (t.regles().contains(regle)) out.add(t);
    return out;
  }
}
