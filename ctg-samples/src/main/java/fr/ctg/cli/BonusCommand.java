package fr.ctg.cli;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.regles.RuleBase;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.eligibilite.report.CsvReport;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RuleBaseException;
import fr.ctg.regles.Textes;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg bonus CONVENTION --annee N}: the bonus territoire of year N (envelope, eligibility of
 * every structure of the annex with its reasons, distribution table, totals) and the pilotage funding
 * of the chargés de coopération, evaluated on 1 January of N. Text (French), JSON (the report) or CSV
 * (one finding per line).
 */
@Command(
    name = "bonus",
    mixinStandardHelpOptions = true,
    description = {
      "Bonus territoire de l'année N et financement du pilotage (chargés de coopération) d'une convention : "
          + "enveloppe (montant N-1 de la convention ou --enveloppe), éligibilité de chaque structure de l'annexe "
          + "avec ses motifs, répartition au centime près, nouveaux projets, trajectoire, postes.",
      "Date d'évaluation : le 1er janvier de N."
    })
public final class BonusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "CONVENTION", description = "Convention (ctg-convention/1, YAML ou JSON).")
  Path convention;

  @Option(names = "--annee", required = true, paramLabel = "N", description = "Année du bonus (évaluée au 1er janvier).")
  int annee;

  @CommandLine.Mixin EntreesBonusOptions bonus;

  @CommandLine.Mixin ReglesOptions regles;

  @CommandLine.Mixin LimitesOptions limites;

  @CommandLine.Mixin StatutOption statut;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (défaut), json, csv ou html (page autonome, graphiques de la répartition).")
  String format = "text";

  @Option(names = "--strict", description = "Code de sortie 1 si un constat est NON_SATISFAIT ou INELIGIBLE.")
  boolean strict;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!List.of("text", "json", "csv", "html").contains(format)) {
        return usage(err, "format inconnu « " + format + " » : text, json, csv ou html");
      }
      Optional<BigDecimal> env = bonus.enveloppe();
      EntreesBonus entrees = bonus.entrees();
      RuleBase base = regles.base();
      Parametres params = regles.parametres(base);
      Convention c = DocumentReader.readConvention(convention);
      Rapport complet = limites.appliquer(Evaluateur.builder()).parametres(params).regles(base).build()
          .bonus(c, annee, env, entrees);
      Rapport r = statut.filtrer(complet);
      switch (format) {
        case "json": out.print(JsonReport.render(r)); break;
        case "csv": out.print(CsvReport.render(r)); break;
        case "html": out.print(HtmlReport.render(r, base, c)); break;
        default: out.print(texte(r, annee));
      }
      out.flush();
      boolean echec = complet.constats().stream()
          .anyMatch(k -> k.statut() == Statut.NON_SATISFAIT || k.statut() == Statut.INELIGIBLE);
      return strict && echec ? Ctg.STRICT_ECHEC : Ctg.OK;
    } catch (InvalidDocumentException e) {
      for (DocumentError error : e.errors()) err.println(error);
      err.flush();
      return Ctg.ENTREE_INVALIDE;
    } catch (SelectionInvalideException | IllegalArgumentException e) {
      return usage(err, e.getMessage());
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, err);
    }
  }

  private static int usage(PrintWriter err, String message) {
    err.println("ctg bonus : " + message);
    err.flush();
    return Ctg.ENTREE_INVALIDE;
  }

  /** The report for people: envelope, eligibility per structure, distribution table, other findings. */
  static String texte(Rapport r, int annee) {
    StringBuilder b = new StringBuilder();
    b.append("Bonus territoire ").append(annee).append(" — convention ").append(r.convention().orElse("?"))
        .append(" (évaluation au ").append(Textes.date(r.dateEvaluation())).append(")\n");

    List<Constat> structures = new ArrayList<>();
    Map<String, Constat> parts = new LinkedHashMap<>();
    Constat synthese = null;
    List<Constat> autres = new ArrayList<>();
    for (Constat k : r.constats()) {
      if (k.regle().equals("BT-ENVELOPPE")) {
        b.append("\nEnveloppe (BT-ENVELOPPE, ").append(k.statut()).append(") : ").append(k.message()).append('\n');
      } else if (k.regle().equals("BT-ELIGIBILITE")) {
        structures.add(k);
      } else if (k.regle().equals("BT-REPARTITION") && k.statut() == Statut.INFO && k.sujet().type().equals("convention")) {
        synthese = k;
      } else if (k.regle().equals("BT-REPARTITION") && k.statut() == Statut.INFO) {
        parts.put(k.sujet().id(), k);
      } else {
        autres.add(k);
      }
    }

    Map<Statut, Integer> compte = new EnumMap<>(Statut.class);
    structures.forEach(k -> compte.merge(k.statut(), 1, Integer::sum));
    b.append("\nÉligibilité des structures de l'annexe (BT-ELIGIBILITE) : ").append(structures.size()).append(" structure(s)");
    compte.forEach((s, n) -> b.append(", ").append(s).append(' ').append(n));
    b.append('\n');
    for (Constat k : structures) {
      b.append("  ").append(String.format("%-11s", k.statut())).append(k.message()).append('\n');
    }

    if (synthese != null) {
      b.append("\nRépartition (BT-REPARTITION) : ").append(synthese.message()).append('\n');
      List<String[]> lignes = new ArrayList<>();
      int zeros = 0;
      for (Constat k : parts.values()) {
        if (Boolean.TRUE.equals(k.faits().get("eligible"))) {
          lignes.add(new String[] {k.sujet().id(), Textes.nombre((BigDecimal) k.faits().get("poids")),
              Textes.euros((BigDecimal) k.faits().get("montant"))});
        } else {
          zeros++;
        }
      }
      int l0 = "structure".length();
      int l1 = "poids".length();
      int l2 = "montant".length();
      String enveloppe = Textes.euros((BigDecimal) synthese.faits().get("enveloppe"));
      l2 = Math.max(l2, enveloppe.length());
      for (String[] l : lignes) {
        l0 = Math.max(l0, l[0].length());
        l1 = Math.max(l1, l[1].length());
        l2 = Math.max(l2, l[2].length());
      }
      l0 = Math.max(l0, "Total réparti".length());
      String f = "  %-" + l0 + "s  %" + l1 + "s  %" + l2 + "s\n";
      b.append(String.format(f, "structure", "poids", "montant"));
      for (String[] l : lignes) b.append(String.format(f, l[0], l[1], l[2]));
      if (zeros > 0) {
        b.append("  (").append(zeros).append(" autre(s) structure(s) à 0,00 € : inéligibles, à vérifier ou sans poids)\n");
      }
      b.append(String.format(f, "Total réparti", "", Textes.euros((BigDecimal) synthese.faits().get("totalReparti"))));
      b.append(String.format(f, "Non réparti", "", Textes.euros((BigDecimal) synthese.faits().get("nonReparti"))));
      b.append(String.format(f, "Enveloppe", "", enveloppe));
    } else {
      b.append("\nRépartition (BT-REPARTITION) : aucune, faute d'enveloppe.\n");
    }

    if (!autres.isEmpty()) {
      b.append("\nAutres constats (nouveaux projets, trajectoire, postes de chargé de coopération) :\n");
      for (Constat k : autres) {
        b.append("  ").append(k.regle()).append(" ").append(String.format("%-11s", k.statut())).append(k.message()).append('\n');
      }
    }
    b.append("\nRésumé : ");
    List<String> resume = new ArrayList<>();
    r.resume().forEach((s, n) -> resume.add(s + " " + n));
    b.append(resume.isEmpty() ? "aucun constat" : String.join(", ", resume)).append('\n');
    if (!r.parametres().isEmpty()) {
      b.append("\nParamètres lus :\n");
      for (ParametreLu p : r.parametres()) {
        b.append("  ").append(p.nom()).append(" = ").append(p.valeur()).append(" depuis le ").append(p.depuis())
            .append(" (").append(p.reference()).append(")\n");
      }
    }
    b.append("\nRègles : ").append(r.regles().nombre()).append(" (").append(r.regles().source()).append(", ")
        .append(r.regles().empreinte()).append(")\n");
    return b.toString();
  }
}
