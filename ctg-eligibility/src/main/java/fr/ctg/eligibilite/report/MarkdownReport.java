package fr.ctg.eligibilite.report;

import fr.ctg.eligibilite.report.ReportView.Cellule;
import fr.ctg.eligibilite.report.ReportView.Compte;
import fr.ctg.eligibilite.report.ReportView.ConstatVue;
import fr.ctg.eligibilite.report.ReportView.Famille;
import fr.ctg.eligibilite.report.ReportView.LigneTerritoire;
import fr.ctg.eligibilite.report.ReportView.Regle;
import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import java.util.Map;

/**
 * The report as Markdown (CommonMark with GitHub tables), in French: summary by statut, findings by
 * rule family and rule (most urgent first) with legal basis, seed lines and explanation, the
 * territory table with each commune's AO obligations, the parameters read. Line ends are
 * {@code \n}; deterministic.
 *
 * <p>Stateless and thread-safe; {@code null} arguments are rejected.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The Markdown text, with the titles and seed lines of the bundled rules. */
  public static String render(Rapport rapport) {
    return render(rapport, RuleBase.bundled());
  }

  public static String render(Rapport rapport, RuleBase regles) {
    ReportView v = ReportView.of(rapport, regles::regle);
    StringBuilder b = new StringBuilder(32 * 1024);
    b.append("# ").append(texte(v.titre())).append("\n\n");
    b.append("Évaluation au ").append(v.date()).append(" — ").append(v.nombreConstats()).append(" constats.\n\n");
    b.append("## Résumé par statut\n\n");
    if (v.resume().isEmpty()) {
      b.append("Aucun constat.\n\n");
    } else {
      b.append("| Statut | Constats |\n|---|---:|\n");
      for (Compte c : v.resume()) b.append("| ").append(c.libelle()).append(" | ").append(c.nombre()).append(" |\n");
      b.append('\n');
      b.append("| Famille de règles | Constats | Par statut |\n|---|---:|---|\n");
      for (Famille f : v.familles()) {
        b.append("| ").append(cellule(f.libelle())).append(" (").append(f.code()).append(") | ")
            .append(f.nombre()).append(" | ").append(comptes(f.resume())).append(" |\n");
      }
      b.append('\n');
    }
    VersionsCitees versions = new VersionsCitees(rapport);
    for (Famille f : v.familles()) {
      b.append("## ").append(texte(f.libelle())).append(" (").append(f.code()).append(")\n\n");
      for (Regle r : f.regles()) {
        b.append("### ").append(r.id());
        if (!r.titre().isEmpty()) b.append(" — ").append(texte(r.titre()));
        b.append("\n\n").append(comptes(r.resume())).append('\n');
        if (!r.source().isEmpty()) b.append("\nPassages des sources encodés par la règle : ").append(fr.ctg.regles.SourcesCitees.citer(r.source())).append("\n");
        b.append('\n');
        for (ConstatVue c : r.constats()) {
          b.append("- **").append(c.libelle()).append("** — ").append(texte(c.sujet().nom()))
              .append(" (").append(c.sujet().type()).append(' ').append(c.sujet().id()).append(") : ")
              .append(texte(c.message())).append('\n');
          for (Fondement fo : c.fondements()) {
            b.append("  - Fondement : ");
            if (fo.url().isPresent()) {
              b.append('[').append(texte(fo.texte())).append("](").append(fo.url().get()).append(')');
            } else {
              b.append(texte(fo.texte()));
            }
            b.append('\n');
          }
          for (String ve : versions.de(c.fondements())) b.append("  - Texte appliqué : ").append(texte(ve)).append('\n');
          if (!c.faits().isEmpty()) {
            b.append("  - Faits : ");
            boolean premier = true;
            for (Map.Entry<String, String> e : c.faits()) {
              if (!premier) b.append(" ; ");
              b.append('`').append(e.getKey()).append("` = ").append(texte(e.getValue()));
              premier = false;
            }
            b.append('\n');
          }
          b.append("  - Explication :\n");
          int i = 1;
          for (String etape : c.explication()) {
            b.append("    ").append(i++).append(". ").append(texte(etape)).append('\n');
          }
        }
        b.append('\n');
      }
    }
    b.append("## Territoire couvert et obligations des autorités organisatrices\n\n");
    if (v.territoire().isEmpty()) {
      b.append("Aucune obligation d'autorité organisatrice n'est constatée à cette date.\n\n");
    } else {
      b.append("| INSEE / SIREN | Titulaire | Population |");
      for (String col : v.colonnesAo()) b.append(' ').append(col).append(" |");
      b.append("\n|---|---|---:|");
      for (int i = 0; i < v.colonnesAo().size(); i++) b.append("---|");
      b.append('\n');
      for (LigneTerritoire l : v.territoire()) {
        b.append("| ").append(l.sujet().id()).append(" | ").append(cellule(l.sujet().nom()));
        if (!l.sujet().type().equals("commune")) b.append(" (").append(l.sujet().type()).append(')');
        b.append(" | ").append(l.population()).append(" |");
        for (Cellule x : l.cellules()) b.append(' ').append(x.libelle()).append(" |");
        b.append('\n');
      }
      b.append('\n');
    }
    b.append("## Textes cités\n\n");
    if (rapport.textesCites().isEmpty()) {
      b.append("Aucun texte cité.\n\n");
    } else {
      b.append("Chaque texte que citent les constats et les paramètres lus, avec sa version au ").append(v.date()).append(".\n\n");
      b.append("| Texte | Version | Règles | Paramètres |\n|---|---|---|---|\n");
      for (fr.ctg.rapport.TexteCite t : rapport.textesCites()) {
        b.append("| ").append(t.url().map(u -> "[" + cellule(t.citation()) + "](" + u + ")").orElse(cellule(t.citation())))
            .append(" | ").append(cellule(t.libelle())).append(" | ").append(String.join(", ", t.regles()))
            .append(" | ").append(t.parametres().isEmpty() ? "" : "`" + String.join("`, `", t.parametres()) + "`").append(" |\n");
      }
      b.append('\n');
    }
    b.append("## Paramètres lus\n\n");
    if (v.parametres().isEmpty()) {
      b.append("Aucun paramètre lu.\n\n");
    } else {
      b.append("| Paramètre | Valeur | Depuis | Référence |\n|---|---|---|---|\n");
      for (ParametreLu p : v.parametres()) {
        b.append("| `").append(p.nom()).append("` | ").append(cellule(p.valeur())).append(" | ")
            .append(p.depuis()).append(" | ").append(cellule(p.reference())).append(" |\n");
      }
      b.append('\n');
    }
    v.registre().ifPresent(t -> {
      b.append("Territoire : ").append(t.libelle()).append(".\n");
      for (String r : t.remarques()) b.append("- ").append(r).append('\n');
      b.append('\n');
    });
    b.append("Règles : ").append(v.reglesNombre()).append(" (").append(v.reglesSource()).append(", `")
        .append(v.reglesEmpreinte()).append("`).\n");
    return b.toString();
  }

  private static String comptes(java.util.List<Compte> comptes) {
    StringBuilder b = new StringBuilder();
    for (Compte c : comptes) {
      if (b.length() > 0) b.append(", ");
      b.append(c.libelle()).append(' ').append(c.nombre());
    }
    return b.toString();
  }

  /** Text with the Markdown characters that would change its meaning escaped. */
  static String texte(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ("\\`*_[]<>#|".indexOf(ch) >= 0) b.append('\\');
      b.append(ch == '\n' || ch == '\r' ? ' ' : ch);
    }
    return b.toString();
  }

  private static String cellule(String s) {
    return texte(s);
  }
}
