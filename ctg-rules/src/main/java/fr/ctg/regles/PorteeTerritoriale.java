package fr.ctg.regles;

import fr.ctg.textes.ChampTerritorial;
import fr.ctg.textes.RecueilTextes;
import fr.ctg.textes.Texte;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Common fact: whether text {@code texte} applies in collectivity {@code collectivite} (a
 * département or collectivity code of the registry) on the evaluation date, why, and on which
 * basis — one fact per text and code, from the scope data ({@code textes/*.yaml}). The rules read
 * it to decide who the text binds; Java only copies the data in force on the date. Immutable.
 */
public final class PorteeTerritoriale {
  private final String texte;
  private final String titreTexte;
  private final String collectivite;
  private final ChampTerritorial champ;

  PorteeTerritoriale(Texte texte, String collectivite, ChampTerritorial champ) {
    this.texte = texte.id();
    this.titreTexte = texte.titre();
    this.collectivite = Objects.requireNonNull(collectivite);
    this.champ = Objects.requireNonNull(champ);
  }

  /** Every entry in force on {@code date}, one fact per text and collectivity code. */
  public static List<PorteeTerritoriale> enVigueur(RecueilTextes textes, LocalDate date) {
    List<PorteeTerritoriale> out = new ArrayList<>();
    for (Texte t : textes.tous()) {
      for (ChampTerritorial c : t.champTerritorial()) {
        if (!c.enVigueur(date)) continue;
        for (String code : c.collectivites()) out.add(new PorteeTerritoriale(t, code, c));
      }
    }
    return out;
  }

  /** Id of the text ({@code casf-ao}). */
  public String texte() { return texte; }

  /** Title of the text, as a user cites it. */
  public String titreTexte() { return titreTexte; }

  public String collectivite() { return collectivite; }

  /** Name of the territory ("Polynésie française"). */
  public String nom() { return champ.nom(); }

  public boolean applicable() { return champ.applicable(); }

  /** Whether this is a reading of ours where the texts leave room. */
  public boolean lecture() { return champ.lecture(); }

  public String motif() { return champ.motif(); }

  public String fondement() { return champ.fondement(); }

  public LocalDate depuis() { return champ.depuis(); }

  @Override
  public String toString() {
    return "PorteeTerritoriale[" + texte + " " + collectivite + (applicable() ? " applicable" : " non applicable")
        + (lecture() ? ", lecture" : "") + "]";
  }
}
