package fr.ctg.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden reports: {@code ctg check} of every sample convention at a meaningful date, as JSON,
 * compared byte for byte with {@code src/test/resources/golden/<id>.json}. A difference is a change
 * of behaviour (rules, parameters, data, renderer) and fails the build until the goldens are
 * regenerated on purpose:
 *
 * <pre>mvn -B -pl ctg-samples -am verify -Dtest=RapportsDeReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.regenerer=true</pre>
 *
 * then review the diff ({@code git diff ctg-samples/src/test/resources/golden}) before committing.
 */
class RapportsDeReferenceTest {
  static final Path CONVENTIONS = Path.of("src/main/resources/conventions");
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String COMMANDE = "mvn -B -pl ctg-samples -am verify -Dtest=RapportsDeReferenceTest "
      + "-Dsurefire.failIfNoSpecifiedTests=false -Dgolden.regenerer=true";
  private static final Evaluateur EVALUATEUR = evaluateur();

  static Evaluateur evaluateur() {
    return Evaluateur.builder().parametres(DocumentReader.bundledParametres()).build();
  }

  /** Each sample with its date: mid-2026 for the 2026-2030 ones, mid-period for the others. */
  static Stream<Arguments> echantillons() {
    return Stream.of(
        Arguments.of("cabbalr-2026-2030", LocalDate.of(2026, 6, 30)),
        Arguments.of("henin-carvin-2026-2030", LocalDate.of(2026, 6, 30)),
        Arguments.of("cabbalr-2021-2025", LocalDate.of(2023, 6, 30)),
        Arguments.of("ternois-2023-2027", LocalDate.of(2025, 6, 30)),
        Arguments.of("pays-d-opale-2022-2026", LocalDate.of(2024, 6, 30)),
        Arguments.of("region-d-audruicq-2022-2026", LocalDate.of(2024, 6, 30)));
  }

  static Rapport rapport(String id, LocalDate date) throws Exception {
    Convention c = DocumentReader.readConvention(CONVENTIONS.resolve(id + ".ctg.yaml"));
    return EVALUATEUR.verifier(c, date);
  }

  @ParameterizedTest(name = "{0} au {1}")
  @MethodSource("echantillons")
  void rapportJsonIdentiqueALaReference(String id, LocalDate date) throws Exception {
    String obtenu = JsonReport.render(rapport(id, date));
    Path fichier = GOLDEN.resolve(id + ".json");
    if (Boolean.getBoolean("golden.regenerer")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(fichier, obtenu, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(fichier), "rapport de référence absent : " + fichier + " ; générez-le : " + COMMANDE);
    String attendu = Files.readString(fichier, StandardCharsets.UTF_8);
    if (!attendu.equals(obtenu)) {
      String[] a = attendu.split("\n", -1);
      String[] o = obtenu.split("\n", -1);
      int i = 0;
      while (i < Math.min(a.length, o.length) && a[i].equals(o[i])) i++;
      fail("le rapport de " + id + " au " + date + " diffère de " + fichier + " à la ligne " + (i + 1)
          + " :\n  attendu : " + (i < a.length ? a[i] : "(fin)") + "\n  obtenu  : " + (i < o.length ? o[i] : "(fin)")
          + "\nSi le changement est voulu, régénérez et relisez le diff : " + COMMANDE);
    }
  }

  @Test
  void chaqueEchantillonALaReferenceEtAucuneReferenceOrpheline() throws Exception {
    Set<String> attendus = echantillons().map(a -> a.get()[0] + ".json").collect(Collectors.toCollection(TreeSet::new));
    try (Stream<Path> s = Files.list(GOLDEN)) {
      assertEquals(attendus, s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  // What the rules find in the seeds, as the samples' README documents it (not a golden: a reason).

  @Test
  void paysDOpaleAnnonce23CommunesEtEnNomme20() throws Exception {
    // 003_d0c80c4aeed589fb.txt L146-154 : « les 23 communes signataires », 20 noms ; manquent Licques,
    // Louches, Nielles-lès-Ardres au registre de l'EPCI 200072478.
    Rapport r = rapport("pays-d-opale-2022-2026", LocalDate.of(2024, 6, 30));
    List<Constat> territoire = r.constats().stream().filter(c -> c.regle().equals("CONV-TERRITOIRE")).toList();
    assertEquals(List.of(Statut.AVERTISSEMENT), territoire.stream().filter(c -> c.sujet().type().equals("convention"))
        .map(Constat::statut).toList());
    assertEquals(Set.of("Licques", "Louches", "Nielles-lès-Ardres"), territoire.stream()
        .filter(c -> c.sujet().type().equals("commune") && c.statut() == Statut.A_VERIFIER)
        .map(c -> c.sujet().nom()).collect(Collectors.toSet()));
  }

  @Test
  void cabbalr20262030CouvreExactementLEpciEtLaCtgPlanifiePourLesCommunesDePlusDe3500() throws Exception {
    Rapport r = rapport("cabbalr-2026-2030", LocalDate.of(2026, 6, 30));
    // the 100 communes are exactly the EPCI's members; the only warning is the Servins (62793) ALSH of
    // the equipment annex, outside the territory (seed 000 L3005-4033)
    assertEquals(List.of("alsh-extra-servins-ecole-les-quatre-vents:AVERTISSEMENT"),
        r.constats().stream().filter(c -> c.regle().equals("CONV-TERRITOIRE"))
            .map(c -> c.sujet().id() + ":" + c.statut()).toList());
    assertTrue(r.constats().stream().filter(c -> c.regle().equals("AO-PLANIFICATION"))
        .allMatch(c -> c.statut() == Statut.SATISFAIT && c.message().contains("cabbalr-2026-2030")));
  }

  @Test
  void heninCarvinTientLieuDeSchemaAvecSesCinqElements() throws Exception {
    // 004_6fa37c30264637ed.txt L229, L345-355 : dispense de schéma pour les AO de plus de 10 000 habitants
    Rapport r = rapport("henin-carvin-2026-2030", LocalDate.of(2026, 6, 30));
    List<Constat> dispense = r.constats().stream().filter(c -> c.regle().equals("AO-DISPENSE-CTG")).toList();
    // the dispense concerns only the signatories the law obliges to a schéma (above 10 000 inhabitants):
    // satisfied for Carvin, Courrières, Hénin-Beaumont; not applicable to the smaller signatory communes;
    // not applicable to Oignies (10 310), absent from the signature block (L591-598): its schéma stays due (#12 §3)
    assertEquals(List.of("62215", "62250", "62427"), dispense.stream().filter(c -> c.statut() == Statut.SATISFAIT)
        .map(c -> c.sujet().id()).sorted().toList(), dispense::toString);
    Constat oignies = dispense.stream().filter(c -> c.sujet().id().equals("62637")).findFirst().orElseThrow();
    assertEquals(Statut.NON_APPLICABLE, oignies.statut());
    assertTrue(oignies.message().contains("n'est pas signataire de la CTG henin-carvin-2026-2030"), oignies.message());
    assertTrue(dispense.stream().filter(c -> c.statut() == Statut.NON_APPLICABLE && !c.sujet().id().equals("62637"))
        .allMatch(c -> c.message().contains("n'a pas de schéma pluriannuel à établir")), dispense::toString);
    assertEquals(Statut.A_VERIFIER, r.constats().stream().filter(c -> c.regle().equals("AO-SCHEMA") && c.sujet().id().equals("62637"))
        .findFirst().orElseThrow().statut());
  }
}
