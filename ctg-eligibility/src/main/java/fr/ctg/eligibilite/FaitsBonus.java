package fr.ctg.eligibilite;

import fr.ctg.convention.CommuneCouverte;
import fr.ctg.convention.Convention;
import fr.ctg.convention.Engagement;
import fr.ctg.convention.Equipement;
import fr.ctg.convention.MontantBonus;
import fr.ctg.convention.PosteCooperation;
import fr.ctg.convention.Signataire;
import fr.ctg.convention.TypeSignataire;
import fr.ctg.regles.bt.BonusConstate;
import fr.ctg.regles.bt.CollectiviteBT;
import fr.ctg.regles.bt.ConventionBonus;
import fr.ctg.regles.bt.EnveloppeDemandee;
import fr.ctg.regles.bt.EquipementBT;
import fr.ctg.regles.bt.NouveauProjetBT;
import fr.ctg.regles.bt.PoidsParDefaut;
import fr.ctg.regles.cct.IndicateurBilanAnnuel;
import fr.ctg.regles.cct.PosteCct;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Assembles the facts of the BT and CCT families for one convention and one year: the convention
 * (period, communes covered, engagement deadline, first CTG's end), the bonus amounts it states, the
 * structures of its annex and the new projects, the collectivités involved with their engagement,
 * the posts of chargé de coopération. Only these families' facts: the evaluation and the parameters
 * come from {@link FaitsCommuns#de}. Java assembles; the rules decide.
 */
final class FaitsBonus {
  private static final Set<TypeSignataire> COLLECTIVITES = EnumSet.of(TypeSignataire.COMMUNE,
      TypeSignataire.EPCI, TypeSignataire.SIVOM, TypeSignataire.DEPARTEMENT);

  private FaitsBonus() {}

  /**
   * @throws SelectionInvalideException when the inputs contradict each other (two projects with the
   *     same id, or describing the same structure outside the annex twice)
   */
  static List<Object> de(Convention c, int annee, Optional<BigDecimal> enveloppe, EntreesBonus entrees,
      Map<String, Commune> communes, Map<String, Epci> epcis) {
    List<Object> faits = new ArrayList<>();

    // Communes covered: as listed, else the registry's members of the signatory EPCI.
    Set<String> couvertes = new TreeSet<>();
    String provenance = null;
    if (!c.territoire().communes().isEmpty()) {
      for (CommuneCouverte cc : c.territoire().communes()) couvertes.add(cc.insee());
      provenance = "liste des communes de la convention";
    } else if (c.territoire().epci().isPresent()) {
      String siren = c.territoire().epci().get();
      for (Commune commune : communes.values()) {
        if (commune.epci().map(siren::equals).orElse(false)) couvertes.add(commune.insee());
      }
      if (!couvertes.isEmpty()) provenance = "communes membres de l'EPCI " + siren + " au registre";
    }
    faits.add(new ConventionBonus(c.id(), c.titre(), c.dateDebut(), c.dateFin(), annee,
        c.dateLimiteEngagement().orElse(null), c.resiliation().map(r -> r.dateNotification()).orElse(null),
        couvertes, provenance, c.territoire().epci().orElse(null), entrees.dateFinPremiereCtg().orElse(null),
        c.formuleDateLimiteEngagement().filter(f -> f == fr.ctg.convention.FormuleEcheance.AVANT_LE).isPresent()));

    for (MontantBonus m : c.bonusTerritoire()) {
      faits.add(new BonusConstate(c.id(), m.annee(), m.montant(), m.source().orElse(null)));
    }
    enveloppe.ifPresent(e -> faits.add(new EnveloppeDemandee(e.setScale(2))));
    entrees.poidsParDefaut().ifPresent(p -> faits.add(new PoidsParDefaut(p)));

    // Structures: the annex, then the new projects' structures outside it.
    Map<String, EquipementBT> structures = new TreeMap<>();
    for (Equipement e : c.equipements()) structures.put(e.id(), structure(e, true));
    Set<String> projets = new HashSet<>();
    for (NouveauProjet p : entrees.nouveauxProjets()) {
      if (!projets.add(p.id())) {
        throw new SelectionInvalideException("nouveau projet « " + p.id() + " » en double");
      }
      String id = p.equipement().id();
      boolean dansAnnexe = c.equipements().stream().anyMatch(e -> e.id().equals(id));
      if (!dansAnnexe && structures.putIfAbsent(id, structure(p.equipement(), false)) != null) {
        throw new SelectionInvalideException("la structure « " + id + " », hors annexe, est décrite par deux nouveaux projets");
      }
      faits.add(new NouveauProjetBT(p.id(), p.nom(), id, p.opportuniteAcceptee().orElse(null),
          p.montantDemande().setScale(2, java.math.RoundingMode.UNNECESSARY), entrees.fondsDisponibles().orElse(null)));
    }
    faits.addAll(structures.values());

    // Collectivités: supporting a structure, signatory, engaged, employing a post, with places given.
    Map<String, String> noms = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    Set<String> ids = new TreeSet<>();
    Set<String> signataires = new HashSet<>();
    for (Signataire s : c.signataires()) {
      if (!COLLECTIVITES.contains(s.type())) continue;
      List<String> codes = new ArrayList<>();
      s.insee().ifPresent(codes::add);
      s.siren().ifPresent(codes::add);
      s.siren().ifPresent(siren -> communes.values().stream()
          .filter(k -> k.siren().map(siren::equals).orElse(false)).forEach(k -> codes.add(k.insee())));
      for (String code : codes) {
        ids.add(code);
        signataires.add(code);
        noms.putIfAbsent(code, s.nom());
        types.putIfAbsent(code, s.type().name().toLowerCase(Locale.ROOT));
      }
    }
    for (EquipementBT e : structures.values()) ids.addAll(e.soutiens());
    Map<String, Engagement> engagements = new HashMap<>();
    for (Engagement g : c.engagements()) {
      engagements.put(g.collectivite(), g);
      ids.add(g.collectivite());
      noms.putIfAbsent(g.collectivite(), g.nom());
    }
    // CCT-BILAN-ANNUEL reads the indicator of a convention that lists it, and of no other.
    c.gouvernance().flatMap(g -> g.evaluation())
        .filter(e -> e.bilanAnnuelMissionCct().orElse(false))
        .ifPresent(e -> faits.add(new IndicateurBilanAnnuel(c.id(), Optional.ofNullable(e.provenance().get("bilanAnnuelMissionCct"))
            .map(fr.ctg.convention.Provenance::enTexte).or(() -> e.source()).orElse(null))));
    for (PosteCooperation p : c.postesCooperation()) {
      String type = p.typeEmployeur().name();
      if (type.equals("COMMUNE") || type.equals("EPCI") || type.equals("SIVOM")) {
        ids.add(p.employeur());
        noms.putIfAbsent(p.employeur(), p.nomEmployeur());
        types.putIfAbsent(p.employeur(), type.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Map<Integer, Integer>> places = new HashMap<>();
    for (PlacesCofinancees p : entrees.placesCofinancees()) {
      ids.add(p.collectivite());
      Integer deja = places.computeIfAbsent(p.collectivite(), k -> new HashMap<>()).putIfAbsent(p.annee(), p.places());
      if (deja != null) {
        throw new SelectionInvalideException("places cofinancées de " + p.collectivite() + " en " + p.annee() + " données deux fois");
      }
    }
    for (CommuneCouverte cc : c.territoire().communes()) noms.putIfAbsent(cc.insee(), cc.nom().strip());
    for (String id : ids) {
      Commune commune = communes.get(id);
      Epci epci = epcis.get(id);
      String nom = noms.getOrDefault(id, commune != null ? commune.nom() : epci != null ? epci.nom() : id);
      // an INSEE code (5 characters) names a commune; a SIREN, an EPCI when the registry knows it
      String type = types.getOrDefault(id, commune != null || id.length() == 5 ? "commune" : epci != null ? "epci" : "collectivite");
      Engagement g = engagements.get(id);
      faits.add(new CollectiviteBT(id, nom, type, signataires.contains(id), g != null,
          g == null ? null : g.dateDeliberation().orElse(null), g == null ? null : g.dateFicheEngagement().orElse(null),
          places.getOrDefault(id, Map.of())));
    }

    for (PosteCooperation p : c.postesCooperation()) {
      faits.add(new PosteCct(p.id(), p.employeur(), p.typeEmployeur().name(), p.nomEmployeur(), p.etp(),
          p.nombrePersonnes(), p.origineCej().orElse(null), p.missionsConformesReferentiel().orElse(null),
          p.dateEvolutionCct().orElse(null), p.coutAnnuel().orElse(null), new HashSet<>(p.bilansAnnuels())));
    }
    return faits;
  }

  private static EquipementBT structure(Equipement e, boolean dansAnnexe) {
    return new EquipementBT(e.id(), e.nom().strip(), e.type(), e.commune().orElse(null),
        e.placesPsu().isPresent() ? e.placesPsu().getAsInt() : null, e.poids().orElse(null),
        e.collectivitesSoutien(), dansAnnexe);
  }
}
