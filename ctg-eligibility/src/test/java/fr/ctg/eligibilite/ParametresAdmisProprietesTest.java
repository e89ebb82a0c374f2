package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.convention.Convention;
import fr.ctg.convention.ImmutableCommuneCouverte;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutableEngagement;
import fr.ctg.convention.ImmutableEquipement;
import fr.ctg.convention.ImmutableGouvernance;
import fr.ctg.convention.ImmutableInstance;
import fr.ctg.convention.ImmutableMontantBonus;
import fr.ctg.convention.ImmutablePosteCooperation;
import fr.ctg.convention.ImmutableResiliation;
import fr.ctg.convention.ImmutableSignataire;
import fr.ctg.convention.ImmutableTerritoireConvention;
import fr.ctg.convention.TypeEmployeur;
import fr.ctg.convention.TypeEquipement;
import fr.ctg.convention.TypeInstance;
import fr.ctg.convention.TypeResiliation;
import fr.ctg.convention.TypeSignataire;
import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.parametres.Domaine;
import fr.ctg.parametres.ImmutableReference;
import fr.ctg.parametres.ImmutableValeurParametre;
import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.TypeParametre;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Issue 15 §3: any parameter value that {@code ctg valider} accepts evaluates without an exception.
 *
 * <p>For a bundled parameter drawn at random, a value is generated across its type's range and
 * beyond (inside the declared domain, on its bounds, just outside, far outside: 1e26, 2^63, 2^31,
 * -0.01, years 0000 and 2^31…), written in a parameter file that replaces it, and read as
 * {@code valider} and {@code --parametres} read it ({@link DocumentReader#readParametres(Map,
 * Parametres)} against the bundled declarations). Two outcomes only: the file is refused with
 * positioned errors naming the parameter, or it is accepted and then the obligations of the 14
 * communes of the CA d'Hénin-Carvin, the conformity of a convention and its bonus (trajectory
 * tiers, CCT posts, termination) all evaluate without any exception. A value inside the declared
 * domain is never refused (the reader refuses exactly what the domain excludes).
 */
class ParametresAdmisProprietesTest {
  static final Parametres LOI = DocumentReader.bundledParametres();
  static final RuleBase BASE = RuleBase.bundled();
  static final List<Parametre> DECLARES = List.copyOf(LOI.tous());
  static final LocalDate DATE = LocalDate.of(2026, 6, 30);
  static final ObjectMapper JSON = new ObjectMapper();

  /** A parameter of the law and a value written as a YAML scalar (a number, a date or a JSON-quoted text). */
  record Essai(Parametre parametre, String litteral) {
    @Override
    public String toString() {
      return parametre.nom() + " = " + litteral;
    }
  }

  @Property(tries = 250)
  @StatisticsReport(onFailureOnly = true)
  void toutParametreAccepteSEvalueSansException(@ForAll("essai") Essai essai) {
    // both outcomes must be well represented, or the property says nothing
    Statistics.coverage(c -> {
      c.check("accepté").percentage(p -> p >= 25);
      c.check("refusé").percentage(p -> p >= 25);
    });
    byte[] fichier = fichier(essai).getBytes(StandardCharsets.UTF_8);
    Parametres reforme;
    try {
      reforme = DocumentReader.readParametres(Map.of("reforme.yaml", fichier), LOI);
    } catch (InvalidDocumentException e) {
      Statistics.collect("refusé");
      assertFalse(e.errors().isEmpty());
      for (DocumentError d : e.errors()) {
        assertEquals("reforme.yaml", d.file());
        assertTrue(d.line() >= 1, d.toString());
        // a character no YAML stream may hold makes the file unreadable: the error is then at the value
        boolean illisible = d.message().contains("interdit en YAML");
        assertTrue(illisible ? d.line() == LIGNE_VALEUR
            : d.message().contains(essai.parametre().nom()) || d.pointer().contains(essai.parametre().nom()),
            "l'erreur nomme le paramètre ou se place sur sa valeur : " + d);
      }
      Optional<ValeurParametre> v = valeur(essai);
      v.ifPresent(x -> assertTrue(essai.parametre().refus(x).isPresent(),
          "valeur du domaine déclaré refusée : " + essai + " -> " + e.getMessage()));
      return;
    }
    Statistics.collect("accepté");
    Parametre lu = reforme.parametre(essai.parametre().nom()).orElseThrow();
    assertTrue(essai.parametre().refus(lu.valeurs().get(0)).isEmpty(), "accepté hors domaine : " + essai);
    try {
      Evaluateur ev = Evaluateur.builder().regles(BASE).parametres(LOI).surchargerParametres(reforme).build();
      Rapport ao = ev.obligations(SelectionTerritoire.epci("246200299"), DATE, EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
      assertFalse(ao.constats().isEmpty());
      assertFalse(ev.verifier(convention(), DATE).constats().isEmpty());
      EntreesBonus entrees = EntreesBonus.builder()
          .addPlacesCofinancees(PlacesCofinancees.of("62119", 2023, 100), PlacesCofinancees.of("62119", 2026, 111))
          .build();
      assertFalse(ev.bonus(convention(), 2026, Optional.of(new BigDecimal("3348460.64")), entrees).constats().isEmpty());
    } catch (RuntimeException | Error e) {
      fail("valeur acceptée qui fait échouer l'évaluation : " + essai + " -> " + e, e);
    }
  }

  @Example
  void lesValeursMesureesDansLIssueSontRefuseesAvecLeDomaine() {
    Parametre seuil = LOI.parametre("ao.seuil_rpe").orElseThrow();
    for (String v : List.of("1e26", "9223372036854775808", "-1", "3500.5", "-0.01")) {
      InvalidDocumentException e = refuse(new Essai(seuil, v));
      assertEquals(1, e.errors().size(), e.getMessage());
      DocumentError d = e.errors().get(0);
      assertEquals(8, d.line(), d.toString());
      assertTrue(d.message().contains("ao.seuil_rpe") && d.message().contains("nombre entier de 0 à 100000000 (habitants)"),
          d.toString());
    }
    Parametre annee = LOI.parametre("bt.trajectoire.annee_reference").orElseThrow();
    assertTrue(refuse(new Essai(annee, "2147483648")).getMessage().contains("de 2000 à 2100"));
    Parametre effet = LOI.parametre("ao.date_effet").orElseThrow();
    assertTrue(refuse(new Essai(effet, "0000-01-01")).getMessage().contains("l'année 0000 n'existe pas"));
    assertTrue(refuse(new Essai(effet, "1999-12-31")).getMessage().contains("date du 2000-01-01 au 2100-12-31"));
  }

  @Example
  void unFichierQuiRemplaceUnParametreGardeSonType() {
    Parametre seuil = LOI.parametre("ao.seuil_rpe").orElseThrow();
    String f = fichier(new Essai(seuil, "\"10000\"")).replace("type: NOMBRE", "type: TEXTE");
    InvalidDocumentException e = assertThrowsInvalid(f);
    assertTrue(e.getMessage().contains("reforme.yaml:5:9: $['ao.seuil_rpe'].type: le paramètre « ao.seuil_rpe » est déclaré de type NOMBRE"),
        e.getMessage());
    String large = fichier(new Essai(seuil, "5000")).replace("  type: NOMBRE\n", "  type: NOMBRE\n  domaine: {min: -5, max: 10}\n");
    assertTrue(assertThrowsInvalid(large).getMessage().contains("élargit celui du paramètre « ao.seuil_rpe »"));
    // and through the API: a reform built in Java is refused by the builder
    Parametre texte = fr.ctg.parametres.ImmutableParametre.builder().from(seuil).type(TypeParametre.TEXTE)
        .domaine(Domaine.libre()).valeurs(List.of(ImmutableValeurParametre.builder().from(seuil.valeurs().get(0))
            .nombre(Optional.empty()).texte("x").build())).build();
    IllegalArgumentException iae = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Evaluateur.builder().regles(BASE).surchargerParametres(Parametres.de(List.of(texte))).build());
    assertTrue(iae.getMessage().contains("déclaré de type NOMBRE"), iae.getMessage());
  }

  /**
   * Issue 12 §5: an override built through the API whose name the rules do not know (a typo) is
   * refused at build, naming it and the closest known names, instead of being ignored in silence.
   */
  @Example
  void uneSurchargeDeNomInconnuEstRefuseeAvecLesNomsProches() {
    Parametre seuil = LOI.parametre("ao.seuil_rpe").orElseThrow();
    Parametre faute = fr.ctg.parametres.ImmutableParametre.builder().from(seuil).nom("ao.seuil_rep").build();
    IllegalArgumentException iae = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Evaluateur.builder().regles(BASE).surchargerParametres(Parametres.de(List.of(faute))).build());
    assertTrue(iae.getMessage().contains("paramètre « ao.seuil_rep » inconnu des règles"), iae.getMessage());
    assertTrue(iae.getMessage().contains("vouliez-vous dire « ao.seuil_rpe »"), iae.getMessage());
    // a name with nothing close: refused all the same, without suggestion
    Parametre loin = fr.ctg.parametres.ImmutableParametre.builder().from(seuil).nom("zzz.totalement_autre").build();
    IllegalArgumentException sans = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Evaluateur.builder().regles(BASE).surchargerParametres(Parametres.de(List.of(loin))).build());
    assertEquals("paramètre « zzz.totalement_autre » inconnu des règles : une surcharge remplace un paramètre existant",
        sans.getMessage());
    // a known name still passes
    Evaluateur.builder().regles(BASE).surchargerParametres(Parametres.de(List.of(seuil))).build();
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<Essai> essai() {
    return Arbitraries.of(DECLARES).flatMap(p -> litteral(p).map(l -> new Essai(p, l)));
  }

  static Arbitrary<String> litteral(Parametre p) {
    switch (p.type()) {
      case NOMBRE:
      case MONTANT:
        return nombres(p).map(BigDecimal::toPlainString);
      case DATE:
        return Arbitraries.oneOf(
            Arbitraries.integers().between(1990, 2210).flatMap(an -> Arbitraries.integers().between(1, 365)
                .map(j -> LocalDate.ofYearDay(an, j).toString())),
            Arbitraries.of("2000-01-01", "2100-12-31", "1999-12-31", "2101-01-01", "0000-01-01", "0001-01-01",
                "9999-12-31", "2147483648-01-01", "2026-02-30"));
      default: {
        List<String> admis = p.domaine().valeurs();
        Arbitrary<String> libres = Arbitraries.oneOf(
            Arbitraries.strings().ofMinLength(0).ofMaxLength(40),
            Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ_, ").ofMaxLength(60),
            Arbitraries.of("DIAGNOSTIC, COMMUNES", "INCONNUE", ",,,", "totale ", "TOTALE", "x".repeat(1001)));
        Arbitrary<String> texte = admis.isEmpty() ? libres : Arbitraries.oneOf(Arbitraries.of(admis), libres);
        return texte.map(ParametresAdmisProprietesTest::quote);
      }
    }
  }

  /** Inside the domain (most of the time), on its bounds, just outside, and the values of the issue. */
  static Arbitrary<BigDecimal> nombres(Parametre p) {
    Domaine e = p.type().enveloppe();
    BigDecimal min = p.domaine().min().orElse(e.min().get());
    BigDecimal max = p.domaine().max().orElse(e.max().get());
    int dec = p.domaine().decimales().orElse(e.decimales().get());
    Arbitrary<BigDecimal> dedans = Arbitraries.bigDecimals().between(min, max).ofScale(dec);
    Arbitrary<BigDecimal> autour = Arbitraries.bigDecimals()
        .between(min.subtract(max.subtract(min)).subtract(BigDecimal.TEN), max.add(max.subtract(min)).add(BigDecimal.TEN))
        .ofScale(dec + 2);
    BigDecimal pas = BigDecimal.ONE.movePointLeft(dec + 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, dedans),
        net.jqwik.api.Tuple.of(2, autour),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(min, max, min.subtract(pas), max.add(pas), min.subtract(BigDecimal.ONE),
            max.add(BigDecimal.ONE), new BigDecimal("1e26"), new BigDecimal(BigInteger.TWO.pow(63)),
            new BigDecimal(BigInteger.TWO.pow(31)), new BigDecimal("-0.01"), BigDecimal.ZERO, new BigDecimal("0.5"),
            new BigDecimal("-1"), new BigDecimal("1e-7"), new BigDecimal(BigInteger.TWO.pow(63)).negate())));
  }

  // ------------------------------------------------------------------ plumbing

  /** The line of {@link #fichier}'s value. */
  static final int LIGNE_VALEUR = 8;

  /** A parameter file replacing {@code essai.parametre()} with one value in force since 2000. */
  static String fichier(Essai essai) {
    Parametre p = essai.parametre();
    return String.join("\n",
        "schema: ctg-parametres/1",
        p.nom() + ":",
        "  description: réforme générée",
        "  unite: " + quote(p.unite()),
        "  type: " + p.type(),
        "  valeurs:",
        "    - depuis: 2000-01-01",
        "      valeur: " + essai.litteral(),
        "      reference: {texte: \"réforme générée\"}",
        "");
  }

  /** The value {@code essai} would have if read, to ask the declared domain; empty if it is not one. */
  static Optional<ValeurParametre> valeur(Essai essai) {
    ImmutableValeurParametre.Builder b = ImmutableValeurParametre.builder().depuis(LocalDate.of(2000, 1, 1))
        .reference(ImmutableReference.builder().texte("r").build());
    try {
      switch (essai.parametre().type()) {
        case NOMBRE:
          return Optional.of(b.nombre(new BigDecimal(essai.litteral())).build());
        case MONTANT: {
          BigDecimal n = new BigDecimal(essai.litteral());
          if (n.stripTrailingZeros().scale() > 2) return Optional.empty();
          return Optional.of(b.nombre(n.setScale(2, RoundingMode.UNNECESSARY)).build());
        }
        case DATE: {
          LocalDate d = LocalDate.parse(essai.litteral());
          return d.getYear() == 0 ? Optional.empty() : Optional.of(b.date(d).build());
        }
        default: {
          String t = JSON.readValue(essai.litteral(), String.class);
          // the reader's YAML turns some control characters into errors of their own
          return t.chars().anyMatch(c -> c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate((char) c)
              || c == 0xFFFE || c == 0xFFFF) ? Optional.empty() : Optional.of(b.texte(t).build());
        }
      }
    } catch (NumberFormatException | DateTimeParseException | JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static InvalidDocumentException refuse(Essai essai) {
    return assertThrowsInvalid(fichier(essai));
  }

  static InvalidDocumentException assertThrowsInvalid(String fichier) {
    return org.junit.jupiter.api.Assertions.assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readParametres(Map.of("reforme.yaml", fichier.getBytes(StandardCharsets.UTF_8)), LOI));
  }

  /** Three communes of the CABBALR, an engaged one with a crèche, a CCT post, a committee, a termination. */
  static Convention convention() {
    return ImmutableConvention.builder().id("test-2026-2030").titre("CTG de test").dateDebut(LocalDate.of(2026, 1, 1))
        .dateFin(LocalDate.of(2030, 12, 31))
        .territoire(ImmutableTerritoireConvention.builder().epci("200072460").departement("62")
            .addCommunes(ImmutableCommuneCouverte.builder().insee("62119").nom("Béthune").build(),
                ImmutableCommuneCouverte.builder().insee("62126").nom("Beuvry").build(),
                ImmutableCommuneCouverte.builder().insee("62178").nom("Bruay-la-Buissière").build())
            .build())
        .addSignataires(ImmutableSignataire.builder().id("caf-62").type(TypeSignataire.CAF).nom("Caf du Pas-de-Calais").build(),
            ImmutableSignataire.builder().id("cabbalr").type(TypeSignataire.EPCI).nom("CABBALR").siren("200072460").build())
        .dateLimiteEngagement(LocalDate.of(2025, 11, 29))
        .addEngagements(ImmutableEngagement.builder().collectivite("62119").nom("Béthune")
            .dateDeliberation(LocalDate.of(2025, 10, 1)).dateFicheEngagement(LocalDate.of(2025, 11, 1)).build())
        .addBonusTerritoire(ImmutableMontantBonus.builder().annee(2025).montant(new BigDecimal("1000.00")).build())
        .addEquipements(ImmutableEquipement.builder().id("eaje-bethune").type(TypeEquipement.EAJE).nom("MAC")
            .commune("62119").addCollectivitesSoutien("62119").placesPsu(30).build())
        .addPostesCooperation(ImmutablePosteCooperation.builder().id("cct-bethune").employeur("62119")
            .typeEmployeur(TypeEmployeur.COMMUNE).nomEmployeur("Béthune").etp(new BigDecimal("1"))
            .coutAnnuel(new BigDecimal("52000.00")).missionsConformesReferentiel(true).build())
        .gouvernance(ImmutableGouvernance.builder().addInstances(ImmutableInstance.builder().id("copil")
            .type(TypeInstance.COPIL).nom("Comité de pilotage").frequenceMinimaleParAn(1).build()).build())
        .resiliation(ImmutableResiliation.builder().type(TypeResiliation.UNILATERALE)
            .dateNotification(LocalDate.of(2026, 1, 15)).build())
        .build();
  }
}
