package fr.ctg.eligibilite.report;

import fr.ctg.convention.Convention;
import fr.ctg.convention.MontantBonus;
import fr.ctg.eligibilite.report.PageView.Barre;
import fr.ctg.eligibilite.report.PageView.Graphique;
import fr.ctg.eligibilite.report.PageView.Repere;
import fr.ctg.eligibilite.report.ReportView.ConstatVue;
import fr.ctg.eligibilite.report.ReportView.Famille;
import fr.ctg.eligibilite.report.ReportView.Regle;
import fr.ctg.rapport.ParametreLu;
import fr.ctg.regles.Textes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The three charts of the page, computed from the report (and the convention, for its bonus by year):
 * the bonus territoire distributed per structure (BT-REPARTITION), the envelope by year, and the
 * population of the territory's AO holders against the thresholds the report's parameters give
 * ({@code ao.seuil_*}: no threshold is written here). Coordinates are integers: same report, same SVG.
 */
final class Graphiques {
  static final int LARGEUR = 960;
  private static final int MARGE_GAUCHE = 300;
  private static final int MARGE_DROITE = 130;
  private static final int HAUT = 28;
  private static final int BAS = 30;
  /** Structures drawn one by one; the rest of the distribution is one bar. */
  static final int STRUCTURES_DESSINEES = 20;
  static final String PREFIXE_SEUILS = "ao.seuil_";

  private Graphiques() {}

  static List<Graphique> de(ReportView vue, Optional<Convention> convention) {
    return List.of(repartition(vue), enveloppe(vue, convention), populations(vue));
  }

  /** One row of a chart before layout. */
  private static final class Ligne {
    final String libelle;
    final BigDecimal valeur;
    final String texte;
    final String classe;

    Ligne(String libelle, BigDecimal valeur, String texte, String classe) {
      this.libelle = libelle;
      this.valeur = valeur;
      this.texte = texte;
      this.classe = classe;
    }
  }

  static Graphique repartition(ReportView vue) {
    List<Ligne> lignes = new ArrayList<>();
    int zero = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (ConstatVue c : constats(vue, "BT-REPARTITION")) {
      if (c.sujet().type().equals("convention")) continue;
      Optional<BigDecimal> m = nombre(fait(c, "montant"));
      if (m.isEmpty()) continue;
      if (m.get().signum() == 0) {
        zero++;
        continue;
      }
      total = total.add(m.get());
      lignes.add(new Ligne(c.sujet().nom(), m.get(), Textes.euros(m.get()), "bonus"));
    }
    lignes.sort(Comparator.comparing((Ligne l) -> l.valeur).reversed().thenComparing(l -> l.libelle));
    if (lignes.size() > STRUCTURES_DESSINEES) {
      List<Ligne> reste = lignes.subList(STRUCTURES_DESSINEES, lignes.size());
      BigDecimal somme = BigDecimal.ZERO;
      for (Ligne l : reste) somme = somme.add(l.valeur);
      Ligne autres = new Ligne(reste.size() + " autres structures", somme, Textes.euros(somme), "bonus autres");
      lignes = new ArrayList<>(lignes.subList(0, STRUCTURES_DESSINEES));
      lignes.add(autres);
    }
    String description = lignes.isEmpty() ? "" : "Montant du bonus territoire réparti par structure : "
        + Textes.euros(total) + " au total" + (zero > 0 ? " ; " + zero + " structure(s) à 0,00 €" : "") + ".";
    return dessiner("graphique-repartition", "Répartition du bonus territoire par structure", description,
        "Aucune répartition dans ce rapport (BT-REPARTITION répartit l'enveloppe avec ctg bonus : enveloppe connue et structures éligibles).",
        lignes, List.of(), 18);
  }

  static Graphique enveloppe(ReportView vue, Optional<Convention> convention) {
    Map<Integer, Ligne> parAnnee = new TreeMap<>();
    for (MontantBonus b : convention.map(Convention::bonusTerritoire).orElse(List.of())) {
      parAnnee.put(b.annee(), new Ligne("bonus territoire " + b.annee(), b.montant(), Textes.euros(b.montant()), "enveloppe"));
    }
    for (ConstatVue c : constats(vue, "BT-ENVELOPPE")) {
      Optional<BigDecimal> m = nombre(fait(c, "enveloppe"));
      if (m.isEmpty()) continue;
      int annee = java.time.LocalDate.parse(vue.dateIso()).getYear();
      parAnnee.put(annee, new Ligne("enveloppe " + annee, m.get(), Textes.euros(m.get()), "enveloppe evaluee"));
    }
    List<Ligne> lignes = new ArrayList<>(parAnnee.values());
    String description = lignes.isEmpty() ? "" : "Bonus territoire par année, tel que la convention le renseigne"
        + (lignes.stream().anyMatch(l -> l.classe.contains("evaluee")) ? ", et l'enveloppe de l'année évaluée" : "") + ".";
    return dessiner("graphique-enveloppe", "Trajectoire de l'enveloppe du bonus territoire", description,
        "Aucun montant de bonus territoire connu (ni bonusTerritoire dans la convention, ni enveloppe évaluée).",
        lignes, List.of(), 22);
  }

  static Graphique populations(ReportView vue) {
    List<Ligne> lignes = new ArrayList<>();
    Map<Long, List<String>> seuils = new TreeMap<>();
    for (ParametreLu p : vue.parametres()) {
      if (!p.nom().startsWith(PREFIXE_SEUILS)) continue;
      nombre(p.valeur()).ifPresent(v -> seuils.computeIfAbsent(v.longValue(), k -> new ArrayList<>()).add(p.nom()));
    }
    for (ReportView.LigneTerritoire l : vue.territoire()) {
      Optional<BigDecimal> p = nombre(l.population().replace(" ", "").replace("\u00a0", ""));
      if (p.isEmpty()) continue;
      int au = 0;
      for (long s : seuils.keySet()) if (p.get().longValue() > s) au++;
      lignes.add(new Ligne(l.sujet().nom() + " (" + l.sujet().id() + ")", p.get(), l.population(), "population palier-" + au));
    }
    lignes.sort(Comparator.comparing((Ligne l) -> l.valeur).reversed().thenComparing(l -> l.libelle));
    List<String> textes = new ArrayList<>();
    seuils.forEach((v, noms) -> textes.add(String.join(", ", noms) + " = " + Textes.nombre(v)));
    String description = lignes.isEmpty() ? "" : "Population totale de chacun des " + lignes.size()
        + " titulaires des obligations AO, face aux seuils des paramètres en vigueur"
        + (textes.isEmpty() ? " (aucun seuil lu)" : " (" + String.join(" ; ", textes) + ")") + ".";
    List<Object[]> reperes = new ArrayList<>();
    for (long s : seuils.keySet()) reperes.add(new Object[] {BigDecimal.valueOf(s), "plus de " + Textes.nombre(s)});
    return dessiner("graphique-populations", "Population des titulaires et seuils de la loi", description,
        "Aucune obligation d'autorité organisatrice dans ce rapport : pas de population à comparer aux seuils.",
        lignes, reperes, 11);
  }

  private static Graphique dessiner(String id, String titre, String description, String vide, List<Ligne> lignes,
      List<Object[]> seuils, int pas) {
    if (lignes.isEmpty()) {
      return new Graphique(id, titre, "", vide, LARGEUR, 0, List.of(), List.of(), List.of());
    }
    BigDecimal max = BigDecimal.ZERO;
    for (Ligne l : lignes) max = max.max(l.valeur);
    for (Object[] s : seuils) max = max.max((BigDecimal) s[0]);
    int zone = LARGEUR - MARGE_GAUCHE - MARGE_DROITE;
    int hauteur = HAUT + lignes.size() * pas + BAS;
    List<Barre> barres = new ArrayList<>();
    int y = HAUT;
    int epaisseur = Math.max(6, pas - 3);
    for (Ligne l : lignes) {
      barres.add(new Barre(l.libelle, l.texte, l.classe, MARGE_GAUCHE, y, echelle(l.valeur, max, zone), epaisseur,
          MARGE_GAUCHE - 6));
      y += pas;
    }
    List<Repere> reperes = new ArrayList<>();
    for (Object[] s : seuils) {
      reperes.add(new Repere(MARGE_GAUCHE + echelle((BigDecimal) s[0], max, zone), HAUT - 6, y, (String) s[1]));
    }
    List<Repere> graduations = new ArrayList<>();
    BigDecimal pasGraduation = pasRond(max);
    for (BigDecimal g = BigDecimal.ZERO; g.compareTo(max) <= 0; g = g.add(pasGraduation)) {
      graduations.add(new Repere(MARGE_GAUCHE + echelle(g, max, zone), y, y + 6, Textes.nombre(g)));
    }
    return new Graphique(id, titre, description, "", LARGEUR, hauteur, barres, reperes, graduations);
  }

  private static int echelle(BigDecimal v, BigDecimal max, int zone) {
    if (max.signum() == 0) return 0;
    return v.multiply(BigDecimal.valueOf(zone)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
  }

  /** A round step giving about five graduations: 1, 2 or 5 times a power of ten. */
  static BigDecimal pasRond(BigDecimal max) {
    if (max.signum() <= 0) return BigDecimal.ONE;
    BigDecimal brut = max.divide(BigDecimal.valueOf(5), 10, java.math.RoundingMode.HALF_UP);
    BigDecimal puissance = BigDecimal.ONE.scaleByPowerOfTen(brut.precision() - brut.scale() - 1);
    for (int m : new int[] {1, 2, 5, 10}) {
      BigDecimal p = puissance.multiply(BigDecimal.valueOf(m));
      if (p.compareTo(brut) >= 0) return p.stripTrailingZeros();
    }
    return puissance.multiply(BigDecimal.TEN);
  }

  private static List<ConstatVue> constats(ReportView vue, String regle) {
    for (Famille f : vue.familles()) {
      for (Regle r : f.regles()) if (r.id().equals(regle)) return r.constats();
    }
    return List.of();
  }

  private static String fait(ConstatVue c, String nom) {
    for (Map.Entry<String, String> f : c.faits()) if (f.getKey().equals(nom)) return f.getValue();
    return "";
  }

  private static Optional<BigDecimal> nombre(String texte) {
    try {
      return texte.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(texte));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
