package fr.ctg.regles;

import java.util.Objects;
import java.util.Optional;

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
