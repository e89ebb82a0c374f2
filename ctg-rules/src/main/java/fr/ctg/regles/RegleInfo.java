package fr.ctg.regles;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;

/**
 * What the rule base says about one rule id (several DRL rules, or decision-table rows, may share an
 * id: one per outcome): its title, legal basis and source lines, read from the rules' metadata
 * ({@code @id}, {@code @titre}, {@code @fondement}, {@code @url}, {@code @source}).
 */
public final class RegleInfo {
  private final String id;
  private final String titre;
  private final String fondement;
  private final String url;
  private final String source;

  RegleInfo(String id, String titre, String fondement, String url, String source) {
    this.id = Objects.requireNonNull(id);
    this.titre = Objects.requireNonNull(titre, () -> "@titre manquant pour " + id);
    this.fondement = Objects.requireNonNull(fondement, () -> "@fondement manquant pour " + id);
    this.url = url;
    this.source = Objects.requireNonNull(source, () -> "@source manquant pour " + id);
  }

  /**
   * The metadata of Drools rule {@code r}.
   *
   * @throws RuleBaseException when the rule has no {@code @id}
   * @throws NullPointerException (French message) when {@code @titre}, {@code @fondement} or
   *     {@code @source} is missing
   */
  public static RegleInfo de(Rule r) {
    Map<String, Object> md = r.getMetaData();
    Object id = md.get("id");
    if (id == null) {
      throw new RuleBaseException("la règle « " + r.getName() + " » (" + r.getPackageName() + ") n'a pas de @id");
    }
    return new RegleInfo(texte(id), texte(md.get("titre")), texte(md.get("fondement")),
        texte(md.get("url")), texte(md.get("source")));
  }

  /** The text of a metadata value, stripped and without its surrounding double quotes; null for null. */
  public static String texte(Object o) {
    if (o == null) return null;
    String s = o.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  public String id() { return id; }

  public String titre() { return titre; }

  public String fondement() { return fondement; }

  public Optional<String> url() { return Optional.ofNullable(url); }

  /** Seed lines, e.g. {@code 004_6fa37c30264637ed.txt L335-351}. */
  public String source() { return source; }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegleInfo)) return false;
    RegleInfo r = (RegleInfo) o;
    return id.equals(r.id) && titre.equals(r.titre) && fondement.equals(r.fondement)
        && Objects.equals(url, r.url) && source.equals(r.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, titre, fondement, url, source);
  }

  @Override
  public String toString() {
    return id + " — " + titre + " (" + fondement + ")";
  }
}
