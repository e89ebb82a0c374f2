package fr.ctg.eligibilite;

import fr.ctg.convention.Convention;
import fr.ctg.convention.PassageDivergent;
import fr.ctg.convention.Provenance;
import fr.ctg.rapport.NatureProvenance;
import fr.ctg.rapport.Sujet;
import fr.ctg.regles.Provenances;
import fr.ctg.territoire.Territoire;
import java.util.Map;

/**
 * The provenance of the facts assembled from a convention and the registry: each element's
 * {@code provenance} (SOURCE, HYPOTHESE) registered under the subject of the fact it becomes (its
 * fields keep their names, except the act of a signatory: {@code acte}, {@code dateActe}); the
 * convention's own fields, its territory's, its governance's and its evaluation's serve every subject
 * of the convention; the other passages that state a field differently ({@code divergences}) go with
 * its provenance; the fields of a declared total go under the subject {@code total}; the fields the registry gives about a commune (its EPCI, its successor) are
 * REGISTRE, with the registry year. Java assembles: the decision (no negative conclusion on a
 * hypothesis) is taken where the findings are built ({@code fr.ctg.regles.Constats}).
 */
final class ProvenancesConvention {
  private ProvenancesConvention() {}

  /** Fields of a commune the registry gives, as the CONV rules name them. */
  private static final String[] CHAMPS_REGISTRE = {"epciRegistre", "successeur", "epciSignature", "epciEvaluation"};

  /**
   * @param registre the registry of the evaluation date; null for a territory given by the caller
   * @param codes the current code of each commune code the convention gives
   */
  static Provenances de(Convention c, Territoire registre, FaitsConvention.Codes codes) {
    Provenances.Builder b = Provenances.builder();
    Sujet convention = Sujet.of("convention", c.id(), c.titre());
    sujet(b, convention, c.provenance());
    commun(b, c.provenance());
    commun(b, c.territoire().provenance());
    c.gouvernance().ifPresent(g -> {
      commun(b, g.provenance());
      g.evaluation().ifPresent(e -> commun(b, e.provenance()));
      g.instances().forEach(i -> sujet(b, Sujet.of("instance", i.id(), i.nom()), i.provenance()));
    });
    c.signataires().forEach(s -> {
      Sujet sujet = Sujet.of("signataire", s.id(), s.nom());
      sujet(b, sujet, s.provenance());
      s.acteAutorisation().ifPresent(a -> a.provenance().forEach((champ, p) ->
          b.sujet(sujet, "date".equals(champ) ? "dateActe" : "acte", p.nature(), p.enTexte(), divergences(p))));
    });
    c.avenants().forEach(a -> sujet(b, Sujet.of("avenant", a.id(), a.id()), a.provenance()));
    c.engagements().forEach(e -> sujet(b, Sujet.of("collectivite", e.collectivite(), e.nom()), e.provenance()));
    c.equipements().forEach(e -> sujet(b, Sujet.of("equipement", e.id(), e.nom()), e.provenance()));
    c.postesCooperation().forEach(p -> sujet(b, Sujet.of("poste", p.id(), p.nomEmployeur()), p.provenance()));
    c.enjeux().forEach(e -> e.ambitions().forEach(a -> sujet(b, Sujet.of("ambition", a.id(), a.libelle()), a.provenance())));
    c.territoire().communes().forEach(k -> sujet(b, Sujet.of("commune", codes.courant(k.insee()), k.nom()), k.provenance()));
    c.totauxDeclares().forEach(t -> sujet(b, Sujet.of("total", t.id(), t.id()), t.provenance()));
    if (registre != null && registre.millesime().isPresent()) {
      String millesime = "registre des communes et EPCI au 1er janvier " + registre.millesime().get().annee()
          + " (" + registre.millesime().get().paquet() + ")";
      c.territoire().communes().forEach(k -> {
        Sujet commune = Sujet.of("commune", codes.courant(k.insee()), k.nom());
        for (String champ : CHAMPS_REGISTRE) b.sujet(commune, champ, NatureProvenance.REGISTRE, millesime);
      });
    }
    return b.build();
  }

  private static void sujet(Provenances.Builder b, Sujet s, Map<String, Provenance> champs) {
    champs.forEach((champ, p) -> b.sujet(s, champ, p.nature(), p.enTexte(), divergences(p)));
  }

  private static void commun(Provenances.Builder b, Map<String, Provenance> champs) {
    champs.forEach((champ, p) -> b.convention(champ, p.nature(), p.enTexte(), divergences(p)));
  }

  /** The other passages that state the field differently, one sentence each. */
  private static java.util.List<String> divergences(Provenance p) {
    return p.divergences().stream().map(PassageDivergent::enTexte).collect(java.util.stream.Collectors.toList());
  }
}
