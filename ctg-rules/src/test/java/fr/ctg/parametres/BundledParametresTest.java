package fr.ctg.parametres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.document.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parameters of the law in force shipped in {@code parametres/}: complete, valid, referenced. */
class BundledParametresTest {
  private static final Parametres BUNDLED = DocumentReader.bundledParametres();

  @Test
  void everyParameterOfTheCatalogueIsThere() {
    Set<String> expected = Set.of("ao.date_effet", "ao.seuil_planification", "ao.seuil_schema", "ao.seuil_rpe",
        "ao.date_effet_rpe", "ao.delai_transmission_cdsf", "ao.population_reference",
        "bt.trajectoire.annee_reference", "bt.trajectoire.palier_1_taux", "bt.trajectoire.palier_2_taux",
        "bt.trajectoire.palier_3_taux", "bt.trajectoire.palier_1_montant_par_place",
        "bt.trajectoire.palier_2_montant_par_place", "bt.trajectoire.palier_3_montant_par_place",
        "cct.cout_indicatif_etp", "cct.taux_financement", "conv.duree_usuelle_max_annees", "conv.annexes_requises",
        "conv.frequence_minimale_copil_par_an", "conv.delai_mise_en_demeure_mois", "conv.delai_preavis_denonciation_mois");
    assertEquals(new TreeSet<>(expected),
        BUNDLED.tous().stream().map(Parametre::nom).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void noNationalFundingRateIsInvented() {
    // declared so that rules may name it, but without any value: no source publishes one
    assertTrue(BUNDLED.parametre("cct.taux_financement").orElseThrow().valeurs().isEmpty());
    assertTrue(BUNDLED.enVigueur("cct.taux_financement", LocalDate.of(2026, 6, 1)).isEmpty());
  }

  @Test
  void everyNumberAndDateDeclaresItsDomain() {
    // issue 15: the declaration experts read and overriding files must respect; a parameter added
    // without bounds would let a value that valider accepts break an evaluation
    for (Parametre p : BUNDLED.tous()) {
      Domaine d = p.domaine();
      switch (p.type()) {
        case NOMBRE:
          assertTrue(d.min().isPresent() && d.max().isPresent() && d.decimales().isPresent(), p.nom() + " : " + d);
          break;
        case MONTANT:
          assertTrue(d.min().isPresent() && d.max().isPresent(), p.nom() + " : " + d);
          break;
        case DATE:
          assertTrue(d.dateMin().isPresent() && d.dateMax().isPresent(), p.nom() + " : " + d);
          break;
        default:
          // a free text is admitted only where the rules read any text safely (a list of annex names)
          assertTrue(!d.valeurs().isEmpty() || p.nom().equals("conv.annexes_requises"), p.nom() + " : " + d);
      }
    }
    assertEquals("nombre entier de 0 à 100000000 (habitants)", BUNDLED.parametre("ao.seuil_rpe").orElseThrow().domaineEnTexte());
    assertEquals("un de : totale, municipale, compteeAPart (population légale INSEE)",
        BUNDLED.parametre("ao.population_reference").orElseThrow().domaineEnTexte());
  }

  @Test
  void everyValueHasAReference() {
    for (Parametre p : BUNDLED.tous()) {
      assertFalse(p.valeurs().isEmpty() && !p.nom().equals("cct.taux_financement"), p.nom());
      for (ValeurParametre v : p.valeurs()) {
        assertFalse(v.reference().texte().isBlank(), p.nom());
        v.reference().url().ifPresent(u -> assertTrue(u.startsWith("https://"), u));
      }
    }
  }

  @Test
  void valuesOfTheCatalogue() {
    LocalDate d = LocalDate.of(2026, 6, 1);
    assertEquals("2025-01-01", BUNDLED.enVigueur("ao.date_effet", d).orElseThrow().enTexte());
    assertEquals("3500", BUNDLED.enVigueur("ao.seuil_planification", d).orElseThrow().enTexte());
    assertEquals("10000", BUNDLED.enVigueur("ao.seuil_schema", d).orElseThrow().enTexte());
    assertEquals("10000", BUNDLED.enVigueur("ao.seuil_rpe", d).orElseThrow().enTexte());
    assertEquals("2026-01-01", BUNDLED.enVigueur("ao.date_effet_rpe", d).orElseThrow().enTexte());
    assertEquals("1", BUNDLED.enVigueur("ao.delai_transmission_cdsf", d).orElseThrow().enTexte());
    assertEquals("totale", BUNDLED.enVigueur("ao.population_reference", d).orElseThrow().enTexte());
    assertEquals("2023", BUNDLED.enVigueur("bt.trajectoire.annee_reference", d).orElseThrow().enTexte());
    assertEquals(new BigDecimal("300.00"),
        BUNDLED.enVigueur("bt.trajectoire.palier_3_montant_par_place", d).orElseThrow().nombre().orElseThrow());
    assertEquals(new BigDecimal("48000.00"),
        BUNDLED.enVigueur("cct.cout_indicatif_etp", d).orElseThrow().nombre().orElseThrow());
    assertEquals("5", BUNDLED.enVigueur("conv.duree_usuelle_max_annees", d).orElseThrow().enTexte());
    assertEquals("1", BUNDLED.enVigueur("conv.delai_mise_en_demeure_mois", d).orElseThrow().enTexte());
    assertEquals("6", BUNDLED.enVigueur("conv.delai_preavis_denonciation_mois", d).orElseThrow().enTexte());
    assertEquals("1", BUNDLED.enVigueur("conv.frequence_minimale_copil_par_an", d).orElseThrow().enTexte());
    assertEquals("DIAGNOSTIC, COMMUNES, EQUIPEMENTS, PLAN_ACTION, GOUVERNANCE",
        BUNDLED.enVigueur("conv.annexes_requises", d).orElseThrow().enTexte());
    // the RPE threshold does not exist before the RPE obligation (RULES.md: RPE findings start on 2026-01-01)
    assertTrue(BUNDLED.enVigueur("ao.seuil_rpe", LocalDate.of(2025, 12, 31)).isEmpty());
    assertTrue(BUNDLED.enVigueur("bt.trajectoire.palier_1_taux", LocalDate.of(2025, 10, 31)).isEmpty());
  }

  @Test
  void theIndexListsEveryParameterFile() throws IOException {
    Set<String> listed;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DocumentReader.BUNDLED_PARAMETERS_INDEX)) {
      listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
    }
    Path root = Path.of("src/main/resources");
    Set<String> onDisk;
    try (Stream<Path> files = Files.walk(root.resolve("parametres"))) {
      onDisk = files.filter(f -> f.toString().endsWith(".yaml"))
          .map(f -> root.relativize(f).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(onDisk, listed);
    assertEquals(List.of("ao", "bt", "cct", "conv"), listed.stream().map(l -> l.split("/")[1]).distinct().collect(Collectors.toList()));
  }
}
