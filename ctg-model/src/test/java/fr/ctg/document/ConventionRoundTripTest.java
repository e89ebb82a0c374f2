package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.convention.ActeAutorisation;
import fr.ctg.convention.Ambition;
import fr.ctg.convention.Annexe;
import fr.ctg.convention.Avenant;
import fr.ctg.convention.CommuneCouverte;
import fr.ctg.convention.Convention;
import fr.ctg.ao.ElementSchema;
import fr.ctg.convention.Engagement;
import fr.ctg.convention.Enjeu;
import fr.ctg.convention.Equipement;
import fr.ctg.convention.Evaluation;
import fr.ctg.convention.Gouvernance;
import fr.ctg.convention.ImmutableActeAutorisation;
import fr.ctg.convention.ImmutableAmbition;
import fr.ctg.convention.ImmutableAvenant;
import fr.ctg.convention.ImmutableCommuneCouverte;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutableEngagement;
import fr.ctg.convention.ImmutableEnjeu;
import fr.ctg.convention.ImmutableEquipement;
import fr.ctg.convention.ImmutableEvaluation;
import fr.ctg.convention.ImmutableGouvernance;
import fr.ctg.convention.ImmutableInstance;
import fr.ctg.convention.ImmutableMontantBonus;
import fr.ctg.convention.ImmutableOrientationSdsf;
import fr.ctg.convention.ImmutablePosteCooperation;
import fr.ctg.convention.ImmutableResiliation;
import fr.ctg.convention.ImmutableSignataire;
import fr.ctg.convention.ImmutableTerritoireConvention;
import fr.ctg.convention.ImmutableTientLieuDeSchema;
import fr.ctg.convention.Instance;
import fr.ctg.convention.MontantBonus;
import fr.ctg.convention.OrientationSdsf;
import fr.ctg.convention.PosteCooperation;
import fr.ctg.convention.Resiliation;
import fr.ctg.convention.Signataire;
import fr.ctg.convention.TerritoireConvention;
import fr.ctg.convention.TientLieuDeSchema;
import fr.ctg.convention.TypeEmployeur;
import fr.ctg.convention.TypeEquipement;
import fr.ctg.convention.TypeInstance;
import fr.ctg.convention.TypeResiliation;
import fr.ctg.convention.TypeSignataire;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the writer writes, the strict reader reads back equal: generated valid conventions, YAML
 * and JSON. Strings include the YAML traps (yes, null, ~, 0123, "a: b", leading spaces, quotes).
 */
class ConventionRoundTripTest {

  @Property(tries = 60)
  void yamlRoundTrip(@ForAll("conventions") Convention c) throws Exception {
    String yaml = DocumentWriter.toYaml(c);
    Convention back = DocumentReader.readConvention("genere.ctg.yaml", yaml.getBytes(StandardCharsets.UTF_8), true, null);
    assertEquals(c, back, yaml);
  }

  @Property(tries = 60)
  void jsonRoundTrip(@ForAll("conventions") Convention c) throws Exception {
    String json = DocumentWriter.toJson(c);
    Convention back = DocumentReader.readConvention("genere.ctg.json", json.getBytes(StandardCharsets.UTF_8), false, null);
    assertEquals(c, back, json);
    assertEquals(json, DocumentWriter.toJson(back));
  }

  // ------------------------------------------------------------------ generators

  static Arbitrary<String> texte() {
    Arbitrary<String> libre = Arbitraries.strings()
        .withChars("abcdefxyzéèêàçôÉÀ '\"’:#-&*!|>%@`,[]{}?~.0123456789/\\")
        .ofMinLength(1).ofMaxLength(24);
    Arbitrary<String> pieges = Arbitraries.of("yes", "no", "on", "off", "null", "true", "False", "~", "0123", "1e3",
        "0x1F", ".inf", "2026-01-01", " espace devant", "espace derrière ", "62119", "-", "a: b", "#c", "- x",
        "ligne 1\nligne 2", "tab\tulation", "«guillemets»", "'apostrophe'", "&ancre", "*alias", "!tag");
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, libre), net.jqwik.api.Tuple.of(1, pieges));
  }

  static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 15000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  static Arbitrary<String> insee() {
    return Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(5),
        Arbitraries.strings().numeric().ofLength(3).map(s -> "2A" + s));
  }

  static Arbitrary<String> siren() {
    return Arbitraries.strings().numeric().ofLength(9);
  }

  static Arbitrary<BigDecimal> montant() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("99999999.99")).ofScale(2);
  }

  static Arbitrary<String> source() {
    return Arbitraries.integers().between(1, 9000).map(l -> "000_6ba50e68de7cb4c5.txt L" + l + "-" + (l + 5));
  }

  private static <T> Arbitrary<List<T>> indexed(int max, java.util.function.Function<Integer, Arbitrary<T>> element) {
    return Arbitraries.integers().between(0, max).flatMap(n -> n == 0 ? Arbitraries.just(List.<T>of())
        : Combinators.combine(IntStream.range(0, n).mapToObj(element::apply).collect(Collectors.toList()))
            .as(l -> List.copyOf(l)));
  }

  @Provide
  Arbitrary<Convention> conventions() {
    Arbitrary<List<CommuneCouverte>> communes = Builders.withBuilder(ImmutableCommuneCouverte::builder)
        .use(insee()).inSetter((b, v) -> b.insee(v))
        .use(texte()).inSetter((b, v) -> b.nom(v))
        .use(Arbitraries.longs().between(0, 3_000_000)).withProbability(0.5).inSetter((b, v) -> b.populationDeclaree(v))
        .use(Arbitraries.integers().between(1990, 2030)).withProbability(0.5).inSetter((b, v) -> b.millesimePopulation(v))
        .use(source()).withProbability(0.3).inSetter((b, v) -> b.source(v))
        .build(b -> (CommuneCouverte) b.build())
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements(CommuneCouverte::insee);
    Arbitrary<TerritoireConvention> territoire = Builders.withBuilder(ImmutableTerritoireConvention::builder)
        .use(siren()).withProbability(0.7).inSetter((b, v) -> b.epci(v))
        .use(Arbitraries.of("62", "2A", "971", "59")).inSetter((b, v) -> b.departement(v))
        .use(Arbitraries.integers().between(1, 200)).withProbability(0.5).inSetter((b, v) -> b.nombreCommunesDeclare(v))
        .use(communes).inSetter((b, v) -> b.communes(v))
        .build(b -> (TerritoireConvention) b.build());
    Arbitrary<List<Signataire>> signataires = indexed(3, i -> Builders.withBuilder(ImmutableSignataire::builder)
        .use(Arbitraries.of(TypeSignataire.class)).inSetter((b, v) -> b.id("sig-" + i).type(v))
        .use(texte()).inSetter((b, v) -> b.nom(v))
        .use(siren()).withProbability(0.4).inSetter((b, v) -> b.siren(v))
        .use(insee()).withProbability(0.3).inSetter((b, v) -> b.insee(v))
        .use(texte()).withProbability(0.5).inSetter((b, v) -> b.representant(v))
        .use(acte()).withProbability(0.5).inSetter((b, v) -> b.acteAutorisation(v))
        .use(date()).withProbability(0.5).inSetter((b, v) -> b.dateSignature(v))
        .build(b -> (Signataire) b.build()));
    Arbitrary<List<OrientationSdsf>> sdsf = indexed(3, i -> texte().map(l ->
        (OrientationSdsf) ImmutableOrientationSdsf.builder().id("SDSF-" + (i + 1)).libelle(l).build()));
    Arbitrary<List<Enjeu>> enjeux = indexed(2, e -> Combinators.combine(texte(), indexed(2, a ->
            Combinators.combine(texte(), Arbitraries.of("SDSF-1", "SDSF-2", "SDSF-3").set().ofMaxSize(0))
                .as((l, o) -> (Ambition) ImmutableAmbition.builder().id("E" + e + "-A" + a).libelle(l).build())))
        .as((l, a) -> (Enjeu) ImmutableEnjeu.builder().id("E" + e).libelle(l).ambitions(a).build()));
    Arbitrary<List<Equipement>> equipements = indexed(3, i -> Builders.withBuilder(ImmutableEquipement::builder)
        .use(Arbitraries.of(TypeEquipement.class)).inSetter((b, v) -> b.id("eq-" + i).type(v))
        .use(texte()).inSetter((b, v) -> b.nom(v))
        .use(insee()).withProbability(0.6).inSetter((b, v) -> b.commune(v))
        .use(texte()).withProbability(0.4).inSetter((b, v) -> b.gestionnaire(v))
        .use(Arbitraries.oneOf(insee(), siren()).list().ofMaxSize(3).uniqueElements()).inSetter((b, v) -> b.collectivitesSoutien(v))
        .use(Arbitraries.integers().between(0, 120)).withProbability(0.5).inSetter((b, v) -> b.placesPsu(v))
        .use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(1)).withProbability(0.3).inSetter((b, v) -> b.poids(v))
        .use(source()).withProbability(0.3).inSetter((b, v) -> b.source(v))
        .build(b -> (Equipement) b.build()));
    Arbitrary<List<MontantBonus>> bonus = indexed(3, i -> montant().map(m ->
        (MontantBonus) ImmutableMontantBonus.builder().annee(2020 + i).montant(m).build()));
    Arbitrary<List<Engagement>> engagements = indexed(2, i -> Combinators.combine(texte(), date().optional(), date().optional())
        .as((n, d1, d2) -> (Engagement) ImmutableEngagement.builder().collectivite(String.format("6210%d", i)).nom(n)
            .dateDeliberation(d1).dateFicheEngagement(d2).build()));
    Arbitrary<List<PosteCooperation>> postes = indexed(2, i -> Builders.withBuilder(ImmutablePosteCooperation::builder)
        .use(Arbitraries.of(TypeEmployeur.class)).inSetter((b, v) -> b.id("cct-" + i).typeEmployeur(v))
        .use(Arbitraries.oneOf(siren(), texte())).inSetter((b, v) -> b.employeur(v))
        .use(texte()).inSetter((b, v) -> b.nomEmployeur(v))
        .use(Arbitraries.bigDecimals().between(new BigDecimal("0.01"), BigDecimal.ONE).ofScale(2)).inSetter((b, v) -> b.etp(v))
        .use(Arbitraries.of(true, false)).withProbability(0.5).inSetter((b, v) -> b.origineCej(v))
        .use(Arbitraries.of(true, false)).withProbability(0.5).inSetter((b, v) -> b.missionsConformesReferentiel(v))
        .use(date()).withProbability(0.3).inSetter((b, v) -> b.dateEvolutionCct(v))
        .use(montant()).withProbability(0.5).inSetter((b, v) -> b.coutAnnuel(v))
        .use(Arbitraries.integers().between(2020, 2035).list().ofMaxSize(3).uniqueElements()).inSetter((b, v) -> b.bilansAnnuels(v))
        .build(b -> (PosteCooperation) b.build()));
    Arbitrary<Gouvernance> gouvernance = Combinators.combine(
            indexed(2, i -> Combinators.combine(Arbitraries.of(TypeInstance.class), texte(),
                    Arbitraries.integers().between(0, 12).optional(), date().list().ofMaxSize(2).uniqueElements())
                .as((t, n, f, d) -> (Instance) ImmutableInstance.builder().id("inst-" + i).type(t).nom(n)
                    .frequenceMinimaleParAn(f.map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()))
                    .datesPrevues(d).build())),
            Combinators.combine(date().optional(), date().optional())
                .as((a, b) -> (Evaluation) ImmutableEvaluation.builder().bilanMiParcours(a).bilanFinal(b).build()).optional())
        .as((i, e) -> (Gouvernance) ImmutableGouvernance.builder().instances(i).evaluation(e).build());
    Arbitrary<TientLieuDeSchema> tls = Combinators.combine(Arbitraries.of(true, false),
            Arbitraries.of(ElementSchema.class).list().uniqueElements().ofMaxSize(5))
        .as((d, e) -> (TientLieuDeSchema) ImmutableTientLieuDeSchema.builder().declare(d).elements(e).build());
    Arbitrary<Resiliation> resiliation = Combinators.combine(Arbitraries.of(TypeResiliation.class), date())
        .as((t, d) -> (Resiliation) ImmutableResiliation.builder().type(t).dateNotification(d).build());

    return Builders.withBuilder(ImmutableConvention::builder)
        .use(Arbitraries.strings().withChars("abcxyz0123456789").ofMinLength(1).ofMaxLength(12))
        .inSetter((b, v) -> b.id("conv-" + v))
        .use(texte()).inSetter((b, v) -> b.titre(v))
        .use(source()).withProbability(0.3).inSetter((b, v) -> b.source(v))
        .use(Combinators.combine(date(), Arbitraries.integers().between(0, 3000)).as((d, n) -> List.of(d, d.plusDays(n))))
        .inSetter((b, v) -> b.dateDebut(v.get(0)).dateFin(v.get(1)))
        .use(date()).withProbability(0.5).inSetter((b, v) -> b.dateSignature(v))
        .use(Arbitraries.of(true, false)).withProbability(0.5).inSetter((b, v) -> b.renouvellementExpres(v))
        .use(territoire).inSetter((b, v) -> b.territoire(v))
        .use(signataires).inSetter((b, v) -> b.signataires(v))
        .use(Arbitraries.of(Annexe.class).list().uniqueElements().ofMaxSize(10)).inSetter((b, v) -> b.annexes(v))
        .use(sdsf).inSetter((b, v) -> b.sdsf(v))
        .use(enjeux).inSetter((b, v) -> b.enjeux(v))
        .use(equipements).inSetter((b, v) -> b.equipements(v))
        .use(bonus).inSetter((b, v) -> b.bonusTerritoire(v))
        .use(date()).withProbability(0.5).inSetter((b, v) -> b.dateLimiteEngagement(v))
        .use(engagements).inSetter((b, v) -> b.engagements(v))
        .use(postes).inSetter((b, v) -> b.postesCooperation(v))
        .use(gouvernance).withProbability(0.6).inSetter((b, v) -> b.gouvernance(v))
        .use(tls).withProbability(0.4).inSetter((b, v) -> b.tientLieuDeSchema(v))
        .use(resiliation).withProbability(0.2).inSetter((b, v) -> b.resiliation(v))
        .build(b -> (Convention) withAvenants(b.build()));
  }

  private static Convention withAvenants(ImmutableConvention c) {
    if (c.signataires().isEmpty()) {
      return c;
    }
    Avenant a = ImmutableAvenant.builder().id("2027-001").date(c.dateDebut()).objet("Avenant n° 1 : « objet »")
        .addClausesModifiee("Article 10").addSignataire(c.signataires().get(0).id()).build();
    return c.withAvenants(a);
  }

  static Arbitrary<ActeAutorisation> acte() {
    return Combinators.combine(texte(), date().optional())
        .as((t, d) -> (ActeAutorisation) ImmutableActeAutorisation.builder().intitule(t).date(d).build());
  }
}
