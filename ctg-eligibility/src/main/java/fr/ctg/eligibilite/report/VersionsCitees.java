package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.TexteCite;
import fr.ctg.textes.TextesJuridiques;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The version wording of the articles a finding's fondements cite, read from the report's
 * {@link Rapport#textesCites()} (« CASF, art. L.214-1-3, version en vigueur au 30 juin 2026 (issue de la loi
 * n° 2023-1196 du 18 décembre 2023, art. 17) »), in the order of the citations. One per rendering; not
 * thread-safe (it caches by fondement text).
 */
final class VersionsCitees {
  private final Map<String, TexteCite> parCle = new HashMap<>();
  private final Map<String, List<String>> parTexte = new HashMap<>();

  VersionsCitees(Rapport rapport) {
    for (TexteCite t : rapport.textesCites()) parCle.put(t.cle(), t);
  }

  /** The wordings for every article {@code fondements} cite, without duplicates. */
  List<String> de(List<Fondement> fondements) {
    if (fondements.size() == 1) return de(fondements.get(0).texte());
    List<String> out = new ArrayList<>();
    for (Fondement f : fondements) for (String v : de(f.texte())) if (!out.contains(v)) out.add(v);
    return out;
  }

  List<String> de(String texte) {
    return parTexte.computeIfAbsent(texte, t -> {
      List<String> out = new ArrayList<>();
      for (String cle : TextesJuridiques.articlesCites(t)) {
        TexteCite c = parCle.get(cle);
        if (c != null) out.add(c.libelle());
      }
      return List.copyOf(out);
    });
  }
}
