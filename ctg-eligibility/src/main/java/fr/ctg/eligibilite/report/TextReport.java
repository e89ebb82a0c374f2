package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.Textes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report for people, in French: findings grouped by subject ("Béthune (62119) — population
 * totale 25 679"), each with its statut and message; then the parameters read and the rule base.
 *
 * <p>Stateless and thread-safe; deterministic; {@code null} arguments are rejected. Amounts are shown in euros with 2 decimals, populations in inhabitants.
 */
public final class TextReport {
  private TextReport() {}

  public static String render(Rapport rapport) {
    StringBuilder b = new StringBuilder();
    b.append("Constats au ").append(Textes.date(rapport.dateEvaluation()));
    rapport.convention().ifPresent(c -> b.append(" — convention ").append(c));
    b.append('\n');
    Map<Sujet, List<Constat>> parSujet = new TreeMap<>(
        Comparator.comparing(Sujet::id).thenComparing(Sujet::type).thenComparing(Sujet::nom));
    for (Constat c : rapport.constats()) {
      parSujet.computeIfAbsent(c.sujet(), k -> new ArrayList<>()).add(c);
    }
    if (parSujet.isEmpty()) {
      b.append("\nAucun constat.\n");
    }
    VersionsCitees versions = new VersionsCitees(rapport);
    for (Map.Entry<Sujet, List<Constat>> e : parSujet.entrySet()) {
      Sujet s = e.getKey();
      b.append('\n').append(s.nom()).append(" (").append(s.id()).append(')');
      if (!s.type().equals("commune")) b.append(", ").append(s.type());
      population(e.getValue()).ifPresent(p -> b.append(" — ").append(p));
      b.append('\n');
      for (Constat c : e.getValue()) {
        b.append("  ").append(c.regle()).append(" : ").append(c.statut()).append('\n');
        b.append("    ").append(c.message()).append('\n');
        b.append("    Fondement : ").append(c.fondement().get(0).texte()).append('\n');
        for (String v : versions.de(c.fondement())) b.append("    Texte appliqué : ").append(v).append('\n');
        if (!c.provenance().isEmpty()) {
          b.append("    Provenance des faits :");
          for (Map.Entry<String, fr.ctg.rapport.ProvenanceFait> p : c.provenance().entrySet()) {
            b.append("\n      ").append(p.getKey()).append(" — ").append(p.getValue().nature())
                .append(" : ").append(p.getValue().reference());
          }
          b.append('\n');
        }
      }
    }
    Map<Statut, Integer> resume = new LinkedHashMap<>(rapport.resume());
    b.append("\nRésumé : ");
    if (resume.isEmpty()) b.append("aucun constat");
    boolean premier = true;
    for (Map.Entry<Statut, Integer> r : resume.entrySet()) {
      if (!premier) b.append(", ");
      b.append(r.getKey()).append(' ').append(r.getValue());
      premier = false;
    }
    b.append('\n');
    if (!rapport.parametres().isEmpty()) {
      b.append("\nParamètres lus :\n");
      for (ParametreLu p : rapport.parametres()) {
        b.append("  ").append(p.nom()).append(" = ").append(p.valeur()).append(" depuis le ")
            .append(p.depuis()).append(" (").append(p.reference()).append(")\n");
      }
    }
    if (!rapport.textesCites().isEmpty()) {
      b.append("\nTextes cités (version au ").append(Textes.date(rapport.dateEvaluation())).append(") :\n");
      for (fr.ctg.rapport.TexteCite t : rapport.textesCites()) {
        b.append("  ").append(t.libelle());
        if (!t.regles().isEmpty()) b.append(" — règles ").append(String.join(", ", t.regles()));
        if (!t.parametres().isEmpty()) b.append(" — paramètres ").append(String.join(", ", t.parametres()));
        b.append('\n');
      }
    }
    rapport.territoire().ifPresent(t -> {
      b.append("\nTerritoire : ").append(t.libelle()).append('\n');
      for (String r : t.remarques()) b.append("  Remarque : ").append(r).append('\n');
    });
    b.append("\nRègles : ").append(rapport.regles().nombre()).append(" (")
        .append(rapport.regles().source()).append(", ").append(rapport.regles().empreinte()).append(")\n");
    return b.toString();
  }

  private static java.util.Optional<String> population(List<Constat> constats) {
    for (Constat c : constats) {
      for (Map.Entry<String, Object> f : c.faits().entrySet()) {
        if (f.getKey().startsWith("population")) {
          String quoi = "population " + f.getKey().substring("population".length()).toLowerCase();
          Object v = f.getValue();
          return java.util.Optional.of(quoi + " " + (v instanceof Number ? Textes.nombre(((Number) v).longValue()) : v));
        }
      }
    }
    return java.util.Optional.empty();
  }
}
