package fr.ctg.eligibilite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of Légifrance identifiers covers what the bundled rules cite, and links it. */
class LegifranceTest {
  static final Legifrance TABLE = Legifrance.embarque();
  static final Pattern ARTICLE_LC = Pattern.compile("https://www\\.legifrance\\.gouv\\.fr/codes/article_lc/LEGIARTI\\d{12}");

  /** The legal bases of the bundled rules and the references of the bundled parameters. */
  static List<String> textesCites() {
    List<String> t = new ArrayList<>();
    RuleBase base = RuleBase.bundled();
    for (RegleInfo r : base.regles()) t.add(r.fondement());
    for (Parametre p : base.parametres().tous()) {
      for (ValeurParametre v : p.valeurs()) t.add(v.reference().texte());
    }
    return t;
  }

  @Test
  void chaqueArticleEtChaqueTexteCitesParLesReglesEstDansLaTable() {
    Set<String> cles = new TreeSet<>();
    TABLE.cles().forEach(cles::add);
    Set<String> absents = new TreeSet<>();
    int citations = 0;
    for (String texte : textesCites()) {
      for (String c : Legifrance.citations(texte)) {
        citations++;
        if (!cles.contains(c)) absents.add(c + " (dans « " + texte + " »)");
      }
    }
    assertTrue(citations > 20, "trop peu de citations reconnues : " + citations);
    assertEquals(Set.of(), absents, "citations sans entrée dans " + Legifrance.RESSOURCE);
  }

  @Test
  void unFondementEstCoupeEnTexteEtEnLiensSansRienPerdre() {
    String f = "CASF art. L.214-1-3 II al. 3 et L.214-2 ; décret 2025-253";
    List<ReportView.Segment> s = TABLE.relier(f);
    StringBuilder recolle = new StringBuilder();
    List<String> liens = new ArrayList<>();
    for (ReportView.Segment x : s) {
      recolle.append(x.texte());
      if (x.lien()) liens.add(x.texte() + " → " + x.url());
    }
    assertEquals(f, recolle.toString());
    assertEquals(List.of(
        "L.214-1-3 → https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048589263",
        "L.214-2 → https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074069",
        "décret 2025-253 → https://www.legifrance.gouv.fr/eli/decret/2025/3/20/2025-253/jo/texte"), liens);
  }

  @Test
  void unArticleProcheNEstPasConfonduAvecUnAutre() {
    // L.214-2-1 is not L.214-2 followed by « -1 »; D.214-10-1 is its own article
    List<ReportView.Segment> s = TABLE.relier("CASF art. L.214-2-1 et D.214-10-1");
    assertEquals("L.214-2-1", s.get(1).texte());
    assertEquals("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006796762", s.get(1).url());
    assertTrue(ARTICLE_LC.matcher(s.get(3).url()).matches(), s.get(3).url());
    assertEquals("CASF art. L.999-9", TABLE.relier("CASF art. L.999-9").get(0).texte());
    assertTrue(!TABLE.relier("CASF art. L.999-9").get(0).lien());
  }

  @Test
  void unArticleSansIdentifiantConfirmeLeDitDansSonTitre() {
    Legifrance.Lien l = TABLE.article("L.214-2").orElseThrow();
    assertTrue(!l.articleConfirme && l.titre.contains("non confirmé"), l.titre);
    assertTrue(TABLE.article("L.214-1-3").orElseThrow().articleConfirme);
  }
}
