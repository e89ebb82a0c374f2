package fr.ctg.document;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.ElementSchema;
import fr.ctg.ao.ImmutableCtgEnVigueur;
import fr.ctg.ao.ImmutablePreuveExercice;
import fr.ctg.ao.ImmutableRpe;
import fr.ctg.ao.ImmutableSchemaAdopte;
import fr.ctg.ao.ImmutableTransfertCompetence;
import fr.ctg.ao.Rpe;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.ao.TransfertHorsGroupement;
import fr.ctg.rapport.Statut;
import fr.ctg.scenario.BonusScenario;
import fr.ctg.scenario.CasScenario;
import fr.ctg.scenario.ImmutableBonusScenario;
import fr.ctg.scenario.ImmutablePlacesScenario;
import fr.ctg.scenario.ImmutableProjetScenario;
import fr.ctg.scenario.ImmutableCasScenario;
import fr.ctg.scenario.ImmutableConstatAbsent;
import fr.ctg.scenario.ImmutableConstatAttendu;
import fr.ctg.scenario.ImmutableEntreeScenario;
import fr.ctg.scenario.ImmutableScenario;
import fr.ctg.scenario.Scenario;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.ImmutableCommune;
import fr.ctg.territoire.ImmutableEpci;
import fr.ctg.territoire.ImmutablePopulation;
import fr.ctg.territoire.NatureEpci;
import fr.ctg.territoire.Territoire;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads scenario files ({@code ctg-scenario/1}) with the strict machinery of {@link DocumentReader}
 * (defensive parsing, JSON Schema, positioned French errors), then checks what the schema cannot
 * say: unique case names, a case that tests something, dates in order, unique INSEE codes.
 */
final class ScenarioReader {
  private ScenarioReader() {}

  static Scenario read(Path file, byte[] content, boolean yaml) throws InvalidDocumentException {
    LocatedTree tree = TreeParser.parse(file.toString(), content, yaml);
    List<DocumentError> schemaErrors = SchemaValidator.validate(tree, DocumentType.SCENARIO.schemaFile().orElseThrow());
    if (!schemaErrors.isEmpty()) throw new InvalidDocumentException(schemaErrors);
    List<DocumentError> errors = new ArrayList<>();
    ImmutableScenario.Builder s = ImmutableScenario.builder().fichier(file);
    text(tree.root(), "description").ifPresent(s::description);
    Map<String, Integer> noms = new HashMap<>();
    JsonNode cas = tree.root().get("cas");
    for (int i = 0; i < cas.size(); i++) {
      String p = "/cas/" + i;
      JsonNode c = cas.get(i);
      String nom = c.get("nom").asText();
      Integer deja = noms.putIfAbsent(nom, i);
      if (deja != null) {
        errors.add(tree.atValue(p + "/nom", "nom de cas « " + nom + " » déjà utilisé (" + tree.display("/cas/" + deja) + ")"));
      }
      if (!c.has("attendu") && !c.has("absents")) {
        errors.add(tree.atKey(p, "le cas « " + nom + " » ne teste rien : donnez « attendu » et/ou « absents »"));
      }
      LocalDate date = LocalDate.parse(c.get("dateEvaluation").asText());
      ImmutableCasScenario.Builder b = ImmutableCasScenario.builder()
          .nom(nom)
          .ligne(tree.atValue(p, "").line())
          .dateEvaluation(date)
          .entree(entree(tree, p + "/entree", c.get("entree"), date, file, errors));
      text(c, "description").ifPresent(b::description);
      if (c.has("parametres")) {
        Map<String, Object> params = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = c.get("parametres").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          params.put(e.getKey(), e.getValue().isNumber() ? e.getValue().decimalValue() : e.getValue().asText());
        }
        b.parametres(params);
      }
      for (JsonNode a : iter(c.get("attendu"))) {
        ImmutableConstatAttendu.Builder ab = ImmutableConstatAttendu.builder()
            .regle(a.get("regle").asText()).sujet(a.get("sujet").asText())
            .statut(Statut.valueOf(a.get("statut").asText()));
        text(a, "message").ifPresent(ab::message);
        if (a.has("faits")) {
          for (Iterator<Map.Entry<String, JsonNode>> it = a.get("faits").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ab.putFait(e.getKey(), valeur(e.getValue()));
          }
        }
        b.addAttendu(ab.build());
      }
      for (JsonNode a : iter(c.get("absents"))) {
        ImmutableConstatAbsent.Builder ab = ImmutableConstatAbsent.builder().regle(a.get("regle").asText());
        text(a, "sujet").ifPresent(ab::sujet);
        text(a, "statut").map(Statut::valueOf).ifPresent(ab::statut);
        b.addAbsent(ab.build());
      }
      s.addCas(b.build());
    }
    if (!errors.isEmpty()) throw new InvalidDocumentException(errors);
    return s.build();
  }

  private static Object valeur(JsonNode v) {
    if (v.isNumber()) return v.decimalValue();
    if (v.isBoolean()) return v.booleanValue();
    if (v.isArray()) {
      List<Object> l = new ArrayList<>();
      v.forEach(x -> l.add(valeur(x)));
      return l;
    }
    return v.asText();
  }

  /**
   * The facts of a case evaluated on {@code date}. A transfer in force on that date from a commune of
   * the case to an EPCI of the case the commune is not a member of is refused at its beneficiary
   * ({@link TransfertHorsGroupement}), as in a transfers file: the case's own communes and EPCI are
   * the territory it is evaluated on.
   */
  private static fr.ctg.scenario.EntreeScenario entree(LocatedTree tree, String p, JsonNode e, LocalDate date,
      Path file, List<DocumentError> errors) {
    ImmutableEntreeScenario.Builder b = ImmutableEntreeScenario.builder();
    text(e, "convention").ifPresent(c -> {
      Path dir = file.toAbsolutePath().getParent();
      b.convention(dir == null ? Path.of(c) : dir.resolve(c).normalize());
    });
    if (e.has("inclureNonApplicables")) b.inclureNonApplicables(e.get("inclureNonApplicables").booleanValue());
    if (e.has("bonus")) {
      if (!e.has("convention")) {
        errors.add(tree.atKey(p + "/bonus", "« bonus » évalue le bonus d'une convention : donnez aussi « convention »"));
      }
      b.bonus(bonus(e.get("bonus")));
    }
    if (e.has("convention")) {
      for (String aoSeul : List.of("transferts", "rpe", "schemas", "ctgs", "preuves")) {
        if (e.has(aoSeul)) {
          errors.add(tree.atKey(p + "/" + aoSeul, "« " + aoSeul + " » ne s'emploie que sans « convention » : "
              + "la convention fournit elle-même ces faits (CTG, couverture RPE)"));
        }
      }
    }
    Map<String, Integer> insees = new HashMap<>();
    Map<String, Commune> territoire = new HashMap<>();
    Map<String, Epci> groupements = new HashMap<>();
    JsonNode communes = e.get("communes");
    for (int i = 0; communes != null && i < communes.size(); i++) {
      JsonNode c = communes.get(i);
      String insee = c.get("insee").asText();
      Integer deja = insees.putIfAbsent(insee, i);
      if (deja != null) {
        errors.add(tree.atValue(p + "/communes/" + i + "/insee", "commune « " + insee + " » en double"));
        continue;
      }
      Optional<Commune> connue = Territoire.national().commune(insee);
      // as given, else the registry's, else from the code: three characters overseas (971…, 984…989)
      String dep = text(c, "departement").or(() -> connue.map(Commune::departement))
          .orElse(insee.startsWith("97") || insee.startsWith("98") ? insee.substring(0, 3) : insee.substring(0, 2));
      ImmutableCommune.Builder cb = ImmutableCommune.builder().insee(insee).nom(c.get("nom").asText())
          .departement(dep).region(connue.map(Commune::region).orElse("inconnue"));
      text(c, "epci").ifPresent(cb::epci);
      if (c.has("populationTotale") || c.has("populationMunicipale")) {
        ImmutablePopulation.Builder pb = ImmutablePopulation.builder().source("scénario " + file.getFileName());
        if (c.has("populationTotale")) pb.totale(c.get("populationTotale").longValue());
        if (c.has("populationMunicipale")) pb.municipale(c.get("populationMunicipale").longValue());
        if (c.has("populationTotale") && c.has("populationMunicipale")) {
          long apart = c.get("populationTotale").longValue() - c.get("populationMunicipale").longValue();
          if (apart < 0) {
            errors.add(tree.atValue(p + "/communes/" + i + "/populationMunicipale",
                "la population municipale dépasse la population totale"));
            continue;
          }
          pb.compteeAPart(apart);
        }
        cb.population(pb.build());
      }
      Commune lue = cb.build();
      territoire.put(insee, lue);
      b.addCommune(lue);
    }
    for (JsonNode x : iter(e.get("epci"))) {
      String siren = x.get("siren").asText();
      ImmutableEpci.Builder eb = ImmutableEpci.builder().siren(siren).nom(x.get("nom").asText())
          .nature(NatureEpci.valueOf(x.get("nature").asText()));
      if (x.has("membres")) {
        x.get("membres").forEach(m -> eb.addMembre(m.asText()));
      } else if (communes != null) {
        for (JsonNode c : communes) {
          if (siren.equals(text(c, "epci").orElse(null))) eb.addMembre(c.get("insee").asText());
        }
      }
      Epci lu = eb.build();
      groupements.putIfAbsent(siren, lu);
      b.addEpci(lu);
    }
    JsonNode transferts = e.get("transferts");
    for (int i = 0; transferts != null && i < transferts.size(); i++) {
      JsonNode t = transferts.get(i);
      ImmutableTransfertCompetence.Builder tb = ImmutableTransfertCompetence.builder()
          .commune(t.get("commune").asText()).beneficiaire(t.get("beneficiaire").asText())
          .depuis(LocalDate.parse(t.get("depuis").asText()));
      t.get("competences").forEach(c -> tb.addCompetence(CompetenceAO.valueOf(c.asText())));
      text(t, "nomBeneficiaire").ifPresent(tb::nomBeneficiaire);
      text(t, "source").ifPresent(tb::source);
      Optional<LocalDate> fin = text(t, "jusquAu").map(LocalDate::parse);
      if (fin.isPresent() && fin.get().isBefore(LocalDate.parse(t.get("depuis").asText()))) {
        errors.add(tree.atValue(p + "/transferts/" + i + "/jusquAu", "la date de fin précède la date de début"));
        continue;
      }
      fin.ifPresent(tb::jusquAu);
      TransfertCompetence tc = tb.build();
      if (tc.enVigueur(date)) {
        String beneficiaire = p + "/transferts/" + i + "/beneficiaire";
        TransfertHorsGroupement.motif(tc, date, k -> Optional.ofNullable(territoire.get(k)),
            k -> Optional.ofNullable(groupements.get(k)), Optional.empty())
            .ifPresent(m -> errors.add(tree.atValue(beneficiaire, m)));
      }
      b.addTransfert(tc);
    }
    if (e.has("rpe")) {
      List<Rpe> rpe = new ArrayList<>();
      for (JsonNode r : iter(e.get("rpe"))) {
        ImmutableRpe.Builder rb = ImmutableRpe.builder().id(r.get("id").asText()).nom(r.get("nom").asText());
        r.get("communes").forEach(c -> rb.addCommune(c.asText()));
        text(r, "gestionnaire").ifPresent(rb::gestionnaire);
        text(r, "depuis").map(LocalDate::parse).ifPresent(rb::depuis);
        text(r, "jusquAu").map(LocalDate::parse).ifPresent(rb::jusquAu);
        text(r, "source").ifPresent(rb::source);
        rpe.add(rb.build());
      }
      b.rpe(rpe);
    }
    for (JsonNode x : iter(e.get("schemas"))) {
      ImmutableSchemaAdopte.Builder sb = ImmutableSchemaAdopte.builder().titulaire(x.get("titulaire").asText())
          .dateAdoption(LocalDate.parse(x.get("dateAdoption").asText()));
      text(x, "dateTransmissionCdsf").map(LocalDate::parse).ifPresent(sb::dateTransmissionCdsf);
      if (x.has("bilanIntermediaireTransmis")) sb.bilanIntermediaireTransmis(x.get("bilanIntermediaireTransmis").booleanValue());
      if (x.has("bilanFinalTransmis")) sb.bilanFinalTransmis(x.get("bilanFinalTransmis").booleanValue());
      text(x, "source").ifPresent(sb::source);
      b.addSchema(sb.build());
    }
    JsonNode ctgs = e.get("ctgs");
    for (int i = 0; ctgs != null && i < ctgs.size(); i++) {
      JsonNode x = ctgs.get(i);
      LocalDate debut = LocalDate.parse(x.get("dateDebut").asText());
      LocalDate fin = LocalDate.parse(x.get("dateFin").asText());
      if (fin.isBefore(debut)) {
        errors.add(tree.atValue(p + "/ctgs/" + i + "/dateFin", "la CTG finit avant de commencer"));
        continue;
      }
      ImmutableCtgEnVigueur.Builder cb = ImmutableCtgEnVigueur.builder().id(x.get("id").asText())
          .dateDebut(debut).dateFin(fin)
          .tientLieuDeSchema(x.has("tientLieuDeSchema") && x.get("tientLieuDeSchema").booleanValue());
      x.get("communes").forEach(c -> cb.addCommune(c.asText()));
      iter(x.get("elements")).forEach(el -> cb.addElement(ElementSchema.valueOf(el.asText())));
      text(x, "dateTransmissionCdsf").map(LocalDate::parse).ifPresent(cb::dateTransmissionCdsf);
      iter(x.get("signataires")).forEach(sg -> cb.addSignataires(sg.asText()));
      text(x, "dateSignature").map(LocalDate::parse).ifPresent(cb::dateSignature);
      text(x, "source").ifPresent(cb::source);
      b.addCtg(cb.build());
    }
    for (JsonNode x : iter(e.get("preuves"))) {
      ImmutablePreuveExercice.Builder pb = ImmutablePreuveExercice.builder().titulaire(x.get("titulaire").asText())
          .obligation(x.get("obligation").asText()).description(x.get("description").asText());
      text(x, "source").ifPresent(pb::source);
      b.addPreuve(pb.build());
    }
    return b.build();
  }

  private static BonusScenario bonus(JsonNode x) {
    ImmutableBonusScenario.Builder b = ImmutableBonusScenario.builder();
    if (x.has("annee")) b.annee(x.get("annee").intValue());
    if (x.has("enveloppe")) b.enveloppe(x.get("enveloppe").decimalValue());
    if (x.has("poidsParDefaut")) b.poidsParDefaut(x.get("poidsParDefaut").decimalValue());
    if (x.has("fondsDisponibles")) b.fondsDisponibles(x.get("fondsDisponibles").decimalValue());
    text(x, "dateFinPremiereCtg").map(LocalDate::parse).ifPresent(b::dateFinPremiereCtg);
    for (JsonNode pl : iter(x.get("placesCofinancees"))) {
      b.addPlacesCofinancees(ImmutablePlacesScenario.builder().collectivite(pl.get("collectivite").asText())
          .annee(pl.get("annee").intValue()).places(pl.get("places").intValue()).build());
    }
    for (JsonNode pr : iter(x.get("nouveauxProjets"))) {
      ImmutableProjetScenario.Builder pb = ImmutableProjetScenario.builder().id(pr.get("id").asText())
          .nom(pr.get("nom").asText()).equipement(pr.get("equipement").asText())
          .montantDemande(pr.get("montantDemande").decimalValue());
      if (pr.has("opportuniteAcceptee")) pb.opportuniteAcceptee(pr.get("opportuniteAcceptee").booleanValue());
      b.addNouveauxProjets(pb.build());
    }
    return b.build();
  }

  private static Iterable<JsonNode> iter(JsonNode n) {
    return n == null ? List.of() : n;
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }
}
