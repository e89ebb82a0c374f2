package fr.ctg.eligibilite.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.convention.Annexe;
import fr.ctg.convention.Convention;
import fr.ctg.convention.ImmutableAvenant;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutableEngagement;
import fr.ctg.convention.ImmutableEvaluation;
import fr.ctg.convention.ImmutableGouvernance;
import fr.ctg.convention.ImmutableInstance;
import fr.ctg.convention.ImmutableMontantBonus;
import fr.ctg.convention.ImmutablePosteCooperation;
import fr.ctg.convention.TypeEmployeur;
import fr.ctg.convention.TypeInstance;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.DocumentType;
import fr.ctg.document.DocumentWriter;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.NatureProvenance;
import fr.ctg.rapport.Statut;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * #12 §1: a negative conclusion (NON_SATISFAIT, INELIGIBLE) rests only on facts the source states
 * (or the registry gives). Conventions are drawn from the passing convention of
 * {@link ConformiteConventionTest} with breaches of every CONV, CCT and BT rule that can conclude
 * negatively (annexes, avenant, engagement, governance, signatories' acts, period, posts); each is
 * evaluated with every field of every element given as an encoder's HYPOTHESE, and as a SOURCE.
 */
class ProvenanceProprietesTest {
  private static final Set<Statut> NEGATIFS = Set.of(Statut.NON_SATISFAIT, Statut.INELIGIBLE);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode SCHEMA = lire(DocumentReader.schemaText(DocumentType.CONVENTION));

  /**
   * Every field HYPOTHESE: no finding of any rule family is negative, and a positive one says it holds
   * only if the hypothesis is confirmed.
   */
  @Property(tries = 60)
  void surDesHypothesesAucunConstatNegatif(@ForAll("manquements") Convention c, @ForAll("dates") LocalDate date) {
    Convention supposee = avecProvenance(c, false);
    for (Constat k : constats(supposee, date)) {
      assertTrue(!NEGATIFS.contains(k.statut()), () -> k.regle() + " " + k.sujet().id() + " " + k.statut() + " : " + k.message());
      boolean suppose = k.provenance().values().stream().anyMatch(p -> p.nature() == NatureProvenance.HYPOTHESE);
      if (k.message().contains("fait supposé")) {
        assertTrue(suppose, k::toString);
        assertTrue(k.statut() == Statut.A_VERIFIER || k.message().contains("Sous réserve"), k::toString);
      }
      if (suppose && (k.statut() == Statut.SATISFAIT || k.statut() == Statut.ELIGIBLE)) {
        // a positive conclusion drawn from an assumption says it holds only if the assumption does
        assertTrue(k.message().contains("Sous réserve") && k.message().contains("si l'hypothèse se confirme"), k::message);
      }
    }
  }

  /**
   * The same facts given as SOURCE instead of HYPOTHESE: the findings are the same rules on the same
   * subjects with the same facts; only a finding suspended on a hypothesis (A_VERIFIER, « fait
   * supposé ») becomes the negative conclusion the rule draws from the text, a positive one loses its
   * reserve (« Sous réserve »), and nothing else changes.
   */
  @Property(tries = 40)
  void unFaitSourceNeChangeQueLesConclusionsSuspendues(@ForAll("manquements") Convention c, @ForAll("dates") LocalDate date) {
    List<Constat> supposes = constats(avecProvenance(c, false), date);
    List<Constat> sources = constats(avecProvenance(c, true), date);
    assertEquals(supposes.size(), sources.size());
    for (int i = 0; i < supposes.size(); i++) {
      Constat h = supposes.get(i);
      Constat s = sources.get(i);
      assertEquals(h.regle() + " " + h.sujet().id() + " " + h.faits(), s.regle() + " " + s.sujet().id() + " " + s.faits());
      if (h.statut() != s.statut()) {
        assertEquals(Statut.A_VERIFIER, h.statut(), s::toString);
        assertTrue(NEGATIFS.contains(s.statut()), s::toString);
        assertTrue(h.message().startsWith(s.message()) && h.message().contains("fait supposé"), h::message);
      } else if (h.message().contains("Sous réserve")) {
        assertTrue(h.statut() == Statut.SATISFAIT || h.statut() == Statut.ELIGIBLE, h::toString);
        assertTrue(h.message().startsWith(s.message()), h::message);
        assertFalse(s.message().contains("Sous réserve"), s::message);
      } else {
        assertEquals(s.message(), h.message());
      }
    }
  }

  /**
   * #12 §2: the same SOURCE facts, each with another passage of the source that states it differently
   * ({@code divergences}): the findings are the same rules on the same subjects with the same facts
   * (one conclusion per rule, never two); a negative conclusion becomes A_VERIFIER naming both
   * passages; any other keeps its status and names them.
   */
  @Property(tries = 30)
  void deuxPassagesQuiDivergentDonnentUneConclusionAuPlusAVerifier(@ForAll("manquements") Convention c, @ForAll("dates") LocalDate date) {
    List<Constat> sources = constats(avecProvenance(c, true), date);
    List<Constat> divergents = constats(avecProvenance(c, true, true), date);
    assertEquals(sources.size(), divergents.size());
    for (int i = 0; i < sources.size(); i++) {
      Constat s = sources.get(i);
      Constat d = divergents.get(i);
      assertEquals(s.regle() + " " + s.sujet().id() + " " + s.faits(), d.regle() + " " + d.sujet().id() + " " + d.faits());
      assertTrue(!NEGATIFS.contains(d.statut()), d::toString);
      assertTrue(d.message().startsWith(s.message()), d::message);
      boolean cite = d.provenance().values().stream().anyMatch(p -> !p.divergences().isEmpty());
      if (NEGATIFS.contains(s.statut())) {
        assertEquals(Statut.A_VERIFIER, d.statut(), d::toString);
        assertTrue(d.message().contains("deux passages de la source disent différemment") && d.message().contains("un autre passage qui dit"), d::message);
      } else {
        assertEquals(s.statut(), d.statut(), d::toString);
        assertEquals(cite, d.message().contains("La source dit ce fait de deux façons"), d::message);
      }
    }
  }

  private static List<Constat> constats(Convention c, LocalDate date) {
    List<Constat> l = new ArrayList<>(ConformiteConventionTest.EVALUATEUR.verifier(c, date).constats());
    l.addAll(ConformiteConventionTest.EVALUATEUR.bonus(c, date.getYear(), Optional.empty(), EntreesBonus.aucune()).constats());
    l.sort(Constat.ORDRE);
    return l;
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 6 * 12).map(m -> LocalDate.of(2026, 1, 15).plusMonths(m));
  }

  @Provide
  Arbitrary<Convention> manquements() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(b, b, b, b, b, b, b, b).as((annexes, avenant, engagement, copil, miParcours, acte, periode, postes) -> {
      ImmutableConvention c = ConformiteConventionTest.conforme();
      if (annexes) c = c.withAnnexes(Annexe.DIAGNOSTIC, Annexe.PLAN_ACTION);
      if (avenant) {
        c = c.withAvenants(ImmutableAvenant.builder().id("2031-001").date(LocalDate.of(2031, 3, 1)).objet("Extension")
            .addSignataires("caf").build());
      }
      if (engagement) {
        c = c.withEngagements(ImmutableEngagement.builder().collectivite("62002").nom("Petitbourg")
            .dateDeliberation(LocalDate.of(2026, 2, 1)).build());
      }
      if (copil || miParcours) {
        c = c.withGouvernance(ImmutableGouvernance.builder()
            .addInstances(ImmutableInstance.builder().id("copil").type(copil ? TypeInstance.COTECH : TypeInstance.COPIL)
                .nom("Comité").frequenceMinimaleParAn(1).build())
            .evaluation(ImmutableEvaluation.builder().bilanMiParcours(miParcours ? LocalDate.of(2032, 6, 30) : LocalDate.of(2028, 6, 30))
                .bilanFinal(LocalDate.of(2030, 12, 31)).build())
            .build());
      }
      if (acte) {
        c = c.withSignataires(c.signataires().get(0), fr.ctg.convention.ImmutableSignataire.copyOf(c.signataires().get(1))
            .withActeAutorisation(fr.ctg.convention.ImmutableActeAutorisation.builder().intitule("Délibération")
                .date(LocalDate.of(2026, 6, 1)).build()));
      }
      if (periode) c = c.withDateFin(LocalDate.of(2033, 12, 31));
      if (postes) {
        c = c.withPostesCooperation(ImmutablePosteCooperation.builder().id("cct-1").employeur("62002")
                .typeEmployeur(TypeEmployeur.COMMUNE).nomEmployeur("Petitbourg").etp(BigDecimal.ONE)
                .missionsConformesReferentiel(false).origineCej(true).build())
            .withBonusTerritoire(ImmutableMontantBonus.builder().annee(2026).montant(new BigDecimal("1000.00")).build());
      }
      return (Convention) c;
    });
  }

  /**
   * The convention with a provenance for every field of every element that can carry one: SOURCE
   * (a passage) or HYPOTHESE (a reading), read back through the format (so the schema accepts it).
   */
  static Convention avecProvenance(Convention c, boolean source) {
    return avecProvenance(c, source, false);
  }

  /** As {@link #avecProvenance(Convention, boolean)}; {@code divergent}: each SOURCE lists another passage. */
  static Convention avecProvenance(Convention c, boolean source, boolean divergent) {
    ObjectNode arbre = (ObjectNode) lire(DocumentWriter.toJson(c));
    marquer(arbre, SCHEMA, source, divergent);
    try {
      return DocumentReader.readConvention("provenance.json", JSON.writeValueAsBytes(arbre), false, x -> true);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void marquer(JsonNode noeud, JsonNode schema, boolean source, boolean divergent) {
    schema = resoudre(schema);
    if (noeud.isArray()) {
      for (JsonNode e : (ArrayNode) noeud) marquer(e, schema.path("items"), source, divergent);
      return;
    }
    if (!noeud.isObject()) return;
    ObjectNode o = (ObjectNode) noeud;
    JsonNode champs = schema.path("properties").path("provenance").path("propertyNames").path("enum");
    Map<String, JsonNode> provenance = new TreeMap<>();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String nom = it.next();
      for (JsonNode ch : champs) {
        if (ch.asText().equals(nom)) {
          ObjectNode p = JSON.createObjectNode();
          if (source) p.put("document", "Convention de test").put("passage", "le passage qui dit " + nom);
          else p.put("hypothese", "lecture de l'encodeur pour " + nom).put("aConfirmerPar", "la convention signée");
          if (source && divergent) {
            p.putArray("divergences").addObject().put("valeur", "autre").put("article", "annexe")
                .put("passage", "un autre passage qui dit " + nom);
          }
          provenance.put(nom, p);
        }
      }
    }
    for (Map.Entry<String, JsonNode> e : new TreeMap<String, JsonNode>(toMap(o)).entrySet()) {
      marquer(e.getValue(), schema.path("properties").path(e.getKey()), source, divergent);
    }
    if (!provenance.isEmpty()) o.set("provenance", JSON.valueToTree(provenance));
  }

  private static Map<String, JsonNode> toMap(ObjectNode o) {
    Map<String, JsonNode> m = new TreeMap<>();
    o.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  private static JsonNode resoudre(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      schema = SCHEMA.path("$defs").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return schema;
  }

  private static JsonNode lire(String texte) {
    try {
      return JSON.readTree(texte.getBytes(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
