package fr.ctg.document;

import fr.ctg.convention.Ambition;
import fr.ctg.convention.Avenant;
import fr.ctg.convention.Convention;
import fr.ctg.convention.Enjeu;
import fr.ctg.convention.Equipement;
import fr.ctg.convention.TotalDeclare;
import fr.ctg.convention.TypeEquipement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a convention's JSON Schema cannot say: order of dates, unique identifiers, references
 * between parts of the document, INSEE codes unknown to the registry. Each problem is positioned.
 *
 * <p>Only impossible or self-contradictory documents are refused here. What the law makes a
 * conformity question (an avenant dated outside the period, a count that does not match a list, a
 * commune outside the EPCI) is left to the CONV-* rules, which report it as a finding; so is a commune
 * that the source lists twice (CONV-COHERENCE): the list is read as written.
 */
final class ConventionChecks {
  private final LocatedTree tree;
  private final Predicate<String> communeConnue;
  private final List<DocumentError> errors = new ArrayList<>();

  private ConventionChecks(LocatedTree tree, Predicate<String> communeConnue) {
    this.tree = tree;
    this.communeConnue = communeConnue;
  }

  static List<DocumentError> check(LocatedTree tree, Convention c, Predicate<String> communeConnue) {
    ConventionChecks k = new ConventionChecks(tree, communeConnue);
    k.run(c);
    return k.errors;
  }

  private void run(Convention c) {
    if (c.dateFin().isBefore(c.dateDebut())) {
      errors.add(tree.atValue("/dateFin", "la date de fin (" + c.dateFin() + ") précède la date de début ("
          + c.dateDebut() + ")"));
    }
    // A commune listed twice is what the source says, not an impossible document: the CONV-COHERENCE rules
    // report it (AVERTISSEMENT) so that an encoder can encode the list as written (#12 §2).
    for (int i = 0; i < c.territoire().communes().size(); i++) {
      known("/territoire/communes/" + i + "/insee", c.territoire().communes().get(i).insee());
    }
    unique("/signataires", c.signataires(), x -> x.id(), "id", "identifiant");
    for (int i = 0; i < c.signataires().size(); i++) {
      int n = i;
      c.signataires().get(i).insee().ifPresent(insee -> known("/signataires/" + n + "/insee", insee));
    }
    unique("/sdsf", c.sdsf(), x -> x.id(), "id", "identifiant");
    unique("/enjeux", c.enjeux(), x -> x.id(), "id", "identifiant");
    Set<String> orientations = new HashSet<>();
    c.sdsf().forEach(o -> orientations.add(o.id()));
    Map<String, String> ambitions = new HashMap<>();
    for (int e = 0; e < c.enjeux().size(); e++) {
      Enjeu enjeu = c.enjeux().get(e);
      for (int a = 0; a < enjeu.ambitions().size(); a++) {
        Ambition ambition = enjeu.ambitions().get(a);
        String p = "/enjeux/" + e + "/ambitions/" + a;
        String first = ambitions.putIfAbsent(ambition.id(), p);
        if (first != null) {
          errors.add(tree.atValue(p + "/id", "identifiant « " + ambition.id() + " » en double (déjà utilisé en "
              + tree.display(first + "/id") + ")"));
        }
        for (int o = 0; o < ambition.orientationsSdsf().size(); o++) {
          String ref = ambition.orientationsSdsf().get(o);
          if (!orientations.contains(ref)) {
            errors.add(tree.atValue(p + "/orientationsSdsf/" + o, "orientation SDSF « " + ref
                + " » inconnue : elle doit être déclarée dans sdsf"
                + (orientations.isEmpty() ? " (liste absente ou vide)" : " (" + String.join(", ", new java.util.TreeSet<>(orientations)) + ")")));
          }
        }
      }
    }
    unique("/equipements", c.equipements(), x -> x.id(), "id", "identifiant");
    for (int i = 0; i < c.equipements().size(); i++) {
      Equipement eq = c.equipements().get(i);
      String p = "/equipements/" + i;
      eq.commune().ifPresent(insee -> known(p + "/commune", insee));
      for (int j = 0; j < eq.communesCouvertes().size(); j++) {
        known(p + "/communesCouvertes/" + j, eq.communesCouvertes().get(j));
      }
      for (int j = 0; j < eq.collectivitesSoutien().size(); j++) {
        String code = eq.collectivitesSoutien().get(j);
        if (code.length() == 5) {
          known(p + "/collectivitesSoutien/" + j, code);
        }
      }
      if (!eq.communesCouvertes().isEmpty() && eq.type() != TypeEquipement.RPE) {
        errors.add(tree.atKey(p + "/communesCouvertes",
            "communesCouvertes ne concerne que les relais petite enfance (type RPE), pas le type " + eq.type()));
      }
    }
    unique("/bonusTerritoire", c.bonusTerritoire(), x -> String.valueOf(x.annee()), "annee", "année");
    unique("/engagements", c.engagements(), x -> x.collectivite(), "collectivite", "collectivité");
    for (int i = 0; i < c.engagements().size(); i++) {
      String code = c.engagements().get(i).collectivite();
      if (code.length() == 5) {
        known("/engagements/" + i + "/collectivite", code);
      }
    }
    unique("/postesCooperation", c.postesCooperation(), x -> x.id(), "id", "identifiant");
    for (int i = 0; i < c.postesCooperation().size(); i++) {
      var poste = c.postesCooperation().get(i);
      if (poste.etp().compareTo(java.math.BigDecimal.valueOf(poste.nombrePersonnes())) > 0) {
        errors.add(tree.atValue("/postesCooperation/" + i + "/etp", "ETP " + poste.etp().toPlainString()
            + " supérieur à 1 par personne (" + poste.nombrePersonnes() + " personne(s) : renseigner nombrePersonnes)"));
      }
    }
    c.gouvernance().ifPresent(g -> unique("/gouvernance/instances", g.instances(), x -> x.id(), "id", "identifiant"));
    unique("/avenants", c.avenants(), x -> x.id(), "id", "identifiant");
    totaux(c);
    Set<String> signataires = new HashSet<>();
    c.signataires().forEach(s -> signataires.add(s.id()));
    for (int i = 0; i < c.avenants().size(); i++) {
      Avenant a = c.avenants().get(i);
      for (int j = 0; j < a.signataires().size(); j++) {
        String ref = a.signataires().get(j);
        if (!signataires.contains(ref)) {
          errors.add(tree.atValue("/avenants/" + i + "/signataires/" + j, "signataire « " + ref
              + " » inconnu : il doit être déclaré dans signataires"));
        }
      }
    }
  }

  /** A sub-total names elements of the convention: listed communes or cooperation posts. */
  private void totaux(Convention c) {
    unique("/totauxDeclares", c.totauxDeclares(), x -> x.id(), "id", "identifiant");
    Set<String> communes = new java.util.TreeSet<>();
    c.territoire().communes().forEach(k -> communes.add(k.insee()));
    Set<String> postes = new java.util.TreeSet<>();
    c.postesCooperation().forEach(p -> postes.add(p.id()));
    for (int i = 0; i < c.totauxDeclares().size(); i++) {
      TotalDeclare t = c.totauxDeclares().get(i);
      boolean surCommunes = t.objet().porteSurCommunes();
      Set<String> connus = surCommunes ? communes : postes;
      for (int j = 0; j < t.elements().size(); j++) {
        String ref = t.elements().get(j);
        if (!connus.contains(ref)) {
          errors.add(tree.atValue("/totauxDeclares/" + i + "/elements/" + j, (surCommunes ? "commune « " + ref
              + " » inconnue : un total " + t.objet() + " additionne des communes de territoire.communes (code INSEE)"
              : "poste « " + ref + " » inconnu : un total " + t.objet() + " additionne des postes de postesCooperation (id)")
              + (connus.isEmpty() ? " (liste absente ou vide)" : "")));
        }
      }
    }
  }

  private <T> void unique(String list, List<T> items, Function<T, String> key, String field, String what) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String k = key.apply(items.get(i));
      Integer first = seen.putIfAbsent(k, i);
      if (first != null) {
        errors.add(tree.atValue(list + "/" + i + "/" + field, what + " « " + k + " » en double (déjà utilisé en "
            + tree.display(list + "/" + first + "/" + field) + ")"));
      }
    }
  }

  private void known(String pointer, String insee) {
    if (communeConnue != null && !communeConnue.test(insee)) {
      errors.add(tree.atValue(pointer, "code INSEE « " + insee + " » inconnu : aucune commune actuelle ne porte ce code"));
    }
  }
}
