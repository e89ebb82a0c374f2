package fr.ctg.eligibilite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.OptionsObligations;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.TexteCite;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.TextesJuridiquesEmbarques;
import fr.ctg.textes.TextesJuridiques;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The version of each article the rules cite is recorded ({@code fr/ctg/textes/legifrance.yaml}), agrees
 * with the dated parameters that carry the same effect date, and every report says which version applies
 * at its evaluation date (issue #12 §4: « CASF, art. L.214-2, version en vigueur au … »).
 */
class VersionsDesTextesTest {
  static final TextesJuridiques TABLE = TextesJuridiquesEmbarques.embarques();
  static final LocalDate AVANT = LocalDate.of(2024, 6, 30);
  static final LocalDate APRES = LocalDate.of(2026, 6, 30);

  @Test
  void chaqueArticleCiteParUneRegleOuUnParametreAUneVersionRecensee() {
    RuleBase base = RuleBase.bundled();
    Set<String> sansVersion = new TreeSet<>();
    int articles = 0;
    List<String> textes = new ArrayList<>();
    for (RegleInfo r : base.regles()) textes.add(r.id() + " : " + r.fondement());
    for (Parametre p : base.parametres().tous()) {
      for (ValeurParametre v : p.valeurs()) textes.add(p.nom() + " : " + v.reference().texte());
    }
    for (String t : textes) {
      for (String a : TextesJuridiques.articlesCites(t)) {
        articles++;
        if (TABLE.article(a).map(x -> x.versions().isEmpty()).orElse(true)) sansVersion.add(a + " (" + t + ")");
      }
    }
    assertTrue(articles > 20, "trop peu d'articles reconnus : " + articles);
    assertEquals(Set.of(), sansVersion, "articles cités sans version dans " + TextesJuridiquesEmbarques.RESSOURCE);
  }

  @Test
  void lesDatesDesVersionsConcordentAvecLesParametresDates() {
    Parametres loi = RuleBase.bundled().parametres();
    int verifies = 0;
    for (TextesJuridiques.Article a : TABLE.articles()) {
      for (TextesJuridiques.Version v : a.versions()) {
        if (v.parametre().isPresent()) {
          assertEquals(v.depuis().toString(), valeur(loi, v.parametre().get()), a.numero() + " version du " + v.depuis());
          verifies++;
        }
        for (TextesJuridiques.EffetDiffere e : v.effetsDifferes()) {
          if (e.parametre().isPresent()) {
            assertEquals(e.depuis().toString(), valeur(loi, e.parametre().get()), a.numero() + " " + e.partie());
            verifies++;
          }
        }
      }
    }
    assertTrue(verifies >= 3, "dates vérifiées : " + verifies);
  }

  /** The value in force today of date parameter {@code nom} (its last value). */
  private static String valeur(Parametres loi, String nom) {
    Parametre p = loi.parametre(nom).orElseThrow(() -> new AssertionError("paramètre inconnu : " + nom));
    return p.valeurs().get(p.valeurs().size() - 1).enTexte();
  }

  @Test
  void laVersionDUnArticleDependDeLaDateDEvaluation() {
    assertEquals("CASF, art. L.214-1-3, version en vigueur au 30 juin 2026 (issue de la loi n° 2023-1196 du 18 décembre"
        + " 2023, art. 17)", TABLE.versionAu("L.214-1-3", APRES));
    assertEquals("CASF, art. L.214-1-3, pas encore en vigueur au 30 juin 2024 : créé par la loi n° 2023-1196 du 18"
        + " décembre 2023, art. 17, en vigueur à compter du 1er janvier 2025", TABLE.versionAu("L.214-1-3", AVANT));
    // the RPE duty (II, 4th paragraph) starts a year later than the article
    assertTrue(TABLE.versionAu("L.214-1-3", LocalDate.of(2025, 6, 30)).endsWith(
        " ; II, 4e alinéa (relais petite enfance des communes de plus de 10 000 habitants) : à compter du 1er janvier 2026"));
    // L.214-2 existed before: its earlier wording is not recorded, and the report does not pretend otherwise
    assertEquals("CASF, art. L.214-2, version appliquée par les règles pas encore en vigueur au 30 juin 2024 : version"
        + " issue de la loi n° 2023-1196 du 18 décembre 2023, art. 17, en vigueur à compter du 1er janvier 2025 ; ctg ne"
        + " recense pas la version antérieure ; date ou texte d'origine de cette version : lecture de ctg",
        TABLE.versionAu("L.214-2", AVANT));
    // two recorded versions of L.214-2-1: the ordonnance of 2021, then the one of 20 December 2023
    assertEquals("CASF, art. L.214-2-1, version en vigueur au 30 juin 2023 (issue de l'ordonnance n° 2021-611 du 19 mai"
        + " 2021, art. 2)", TABLE.versionAu("L.214-2-1", LocalDate.of(2023, 6, 30)));
    assertTrue(TABLE.versionAu("L.214-2-1", LocalDate.of(2023, 12, 20)).contains("version en vigueur au 20 décembre 2023"
        + " (issue de la loi n° 2023-1196 du 18 décembre 2023) ; date ou texte d'origine de cette version : lecture de ctg"));
    assertEquals("CASF, art. D.214-10-1, pas encore en vigueur au 21 mars 2025 : créé par le décret n° 2025-253 du 20 mars"
        + " 2025, art. 1er, en vigueur à compter du 22 mars 2025 ; date ou texte d'origine de cette version : lecture de ctg",
        TABLE.versionAu("D.214-10-1", LocalDate.of(2025, 3, 21)));
    assertEquals("art. L.999-9, version non recensée par ctg : lire la version en vigueur au 30 juin 2026",
        TABLE.versionAu("L.999-9", APRES));
  }

  @Test
  void unRapportADeuxDatesDitLaVersionEnVigueurAChacune() throws Exception {
    Evaluateur ev = Evaluateur.national();
    OptionsObligations options = OptionsObligations.parDefaut().avecNonApplicables();
    Rapport avant = ev.obligations(SelectionTerritoire.epci("246200299"), AVANT, EntreesAO.aucune(), options);
    Rapport apres = ev.obligations(SelectionTerritoire.epci("246200299"), APRES, EntreesAO.aucune(), options);
    String enVigueur = "CASF, art. L.214-1-3, version en vigueur au 30 juin 2026 (issue de la loi n° 2023-1196 du 18"
        + " décembre 2023, art. 17)";
    String pasEncore = "CASF, art. L.214-1-3, pas encore en vigueur au 30 juin 2024 : créé par la loi n° 2023-1196 du 18"
        + " décembre 2023, art. 17, en vigueur à compter du 1er janvier 2025";

    // the rules do not apply before the article is in force: every AO obligation is NON_APPLICABLE then
    for (Constat c : avant.constats()) {
      if (c.regle().startsWith("AO-") && !c.regle().equals("AO-CHAMP-TERRITORIAL")) {
        assertEquals(fr.ctg.rapport.Statut.NON_APPLICABLE, c.statut(), c.toString());
      }
    }
    TexteCite t = texte(avant, "L.214-1-3");
    assertEquals(Optional.of(false), t.enVigueur());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 1)), t.depuis());
    assertEquals(pasEncore, t.libelle());
    assertTrue(t.regles().contains("AO-RECENSEMENT"), t.regles().toString());
    TexteCite u = texte(apres, "L.214-1-3");
    assertEquals(Optional.of(true), u.enVigueur());
    assertEquals(Optional.of("loi n° 2023-1196 du 18 décembre 2023, art. 17"), u.issueDe());
    assertEquals(Optional.of(false), u.lecture());
    assertEquals(enVigueur, u.libelle());

    // text, Markdown, HTML: each finding citing the article gives its version; JSON: structured fields
    assertTrue(TextReport.render(avant).contains("    Texte appliqué : " + pasEncore + "\n"));
    assertTrue(TextReport.render(apres).contains("    Texte appliqué : " + enVigueur + "\n"));
    assertFalse(TextReport.render(apres).contains("pas encore en vigueur"));
    assertTrue(MarkdownReport.render(avant).contains("  - Texte appliqué : " + pasEncore + "\n"));
    assertTrue(MarkdownReport.render(apres).contains("  - Texte appliqué : " + enVigueur + "\n"));
    assertTrue(HtmlReport.render(avant).contains("<p class=\"fondement version\">Texte appliqué : " + pasEncore + "</p>"));
    assertTrue(HtmlReport.render(apres).contains("<p class=\"fondement version\">Texte appliqué : " + enVigueur + "</p>"));
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(apres));
    JsonNode l = null;
    for (JsonNode x : json.get("textesCites")) if (x.get("cle").asText().equals("L.214-1-3")) l = x;
    assertEquals("2025-01-01", l.get("depuis").asText());
    assertTrue(l.get("enVigueur").asBoolean());
    assertEquals(enVigueur, l.get("libelle").asText());
    // deterministic
    assertEquals(JsonReport.render(apres), JsonReport.render(ev.obligations(SelectionTerritoire.epci("246200299"), APRES,
        EntreesAO.aucune(), options)));
  }

  private static TexteCite texte(Rapport r, String cle) {
    return r.textesCites().stream().filter(t -> t.cle().equals(cle)).findFirst()
        .orElseThrow(() -> new AssertionError(cle + " absent de " + r.textesCites()));
  }
}
