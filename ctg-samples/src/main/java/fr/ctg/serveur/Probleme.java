package fr.ctg.serveur;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ctg.document.DocumentError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the server refuses, as an RFC 9457 problem ({@code application/problem+json}):
 * {@code type}, {@code title}, {@code status}, {@code detail}, and the extension member
 * {@code erreurs}, every error positioned as the CLI prints it ({@code texte} is the CLI's line,
 * {@code fichier:ligne:colonne: $.pointeur: message}), so that a client shows the same French
 * message as {@code ctg check} on the same file.
 */
final class Probleme extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  final int statut;
  final String type;
  final String titre;
  final transient List<Map<String, Object>> erreurs;

  private Probleme(int statut, String type, String titre, String detail, List<Map<String, Object>> erreurs) {
    super(detail);
    this.statut = statut;
    this.type = type;
    this.titre = titre;
    this.erreurs = List.copyOf(erreurs);
  }

  /** 400: a parameter of the query is missing or invalid; {@code message} says which and what is expected. */
  static Probleme parametre(String nom, String message) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("parametre", nom);
    e.put("texte", message);
    return new Probleme(400, "urn:ctg:probleme:parametre-invalide", "Paramètre invalide", message, List.of(e));
  }

  /** 400: the document is invalid; every error as the CLI prints it. */
  static Probleme document(List<DocumentError> erreurs) {
    List<Map<String, Object>> liste = new ArrayList<>();
    for (DocumentError d : erreurs) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("fichier", d.file());
      e.put("ligne", d.line());
      e.put("colonne", d.column());
      e.put("pointeur", d.pointer());
      e.put("message", d.message());
      e.put("texte", d.toString());
      liste.add(e);
    }
    String detail = erreurs.size() == 1 ? "1 erreur dans le document" : erreurs.size() + " erreurs dans le document";
    return new Probleme(400, "urn:ctg:probleme:document-invalide", "Document invalide", detail, liste);
  }

  /** 400: the selection or the inputs name something unknown or contradict each other (the CLI's {@code ctg : message}). */
  static Probleme selection(String message) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("texte", message);
    return new Probleme(400, "urn:ctg:probleme:selection-invalide", "Sélection invalide", message, List.of(e));
  }

  /**
   * 422: the evaluation was stopped because a rule ran away (the CLI's exit code 4): the message
   * names the rule and, for an expert's directory, its file.
   */
  static Probleme limiteDepassee(String message) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("texte", message);
    return new Probleme(422, "urn:ctg:probleme:limite-depassee", "Évaluation arrêtée", message, List.of(e));
  }

  /** 413: the body is larger than {@link Limites#tailleMax()}. */
  static Probleme tropGrand(long limite) {
    return new Probleme(413, "urn:ctg:probleme:trop-volumineux", "Requête trop volumineuse",
        "le corps de la requête dépasse la limite de " + limite + " octets (option --taille-max de ctg serve)", List.of());
  }

  /** 415: the body is neither YAML nor JSON. */
  static Probleme typeNonPrisEnCharge(String type) {
    return new Probleme(415, "urn:ctg:probleme:type-non-pris-en-charge", "Type de contenu non pris en charge",
        "type de contenu « " + type + " » : application/yaml ou application/json attendu", List.of());
  }

  /** 404 or 405: no such route. */
  static Probleme route(int statut, String methode, String chemin) {
    return new Probleme(statut, "urn:ctg:probleme:route-inconnue", statut == 405 ? "Méthode non permise" : "Route inconnue",
        (statut == 405 ? "méthode " + methode + " non permise sur " + chemin : "aucune route " + methode + " " + chemin)
            + " ; les routes sont décrites par GET /v1/openapi.json", List.of());
  }

  /** 503: every slot is taken and the waiting queue is full. */
  static Probleme occupe() {
    return new Probleme(503, "urn:ctg:probleme:serveur-occupe", "Serveur occupé",
        "toutes les évaluations et la file d'attente sont occupées ; réessayez (options --concurrence et --file-attente de ctg serve)",
        List.of());
  }

  /** 503: the answer was not ready within {@link Limites#delaiMax()}. */
  static Probleme delaiDepasse(long millisecondes) {
    return new Probleme(503, "urn:ctg:probleme:delai-depasse", "Délai dépassé",
        "l'évaluation n'a pas abouti en " + millisecondes + " ms (option --delai-max de ctg serve)", List.of());
  }

  /** 500: a programming error; the detail does not expose internals. */
  static Probleme interne() {
    return new Probleme(500, "urn:ctg:probleme:erreur-interne", "Erreur interne",
        "erreur interne du serveur ; le détail est écrit sur la sortie d'erreur de ctg serve", List.of());
  }

  /** The RFC 9457 body: members in a fixed order. */
  String json() {
    Map<String, Object> corps = new LinkedHashMap<>();
    corps.put("type", type);
    corps.put("title", titre);
    corps.put("status", statut);
    corps.put("detail", getMessage());
    if (!erreurs.isEmpty()) corps.put("erreurs", erreurs);
    try {
      return JSON.writeValueAsString(corps) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lines a person reads: the detail, then each error's text. */
  List<String> lignes() {
    List<String> l = new ArrayList<>();
    if (erreurs.isEmpty()) l.add(getMessage());
    for (Map<String, Object> e : erreurs) l.add(String.valueOf(e.get("texte")));
    return l;
  }
}
