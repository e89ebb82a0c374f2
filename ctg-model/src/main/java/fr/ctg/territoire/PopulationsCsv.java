package fr.ctg.territoire;

import fr.ctg.document.DocumentError;
import fr.ctg.document.InvalidDocumentException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads a population override file (FORMATS.md "Territory overrides").
 *
 * <p>Format: UTF-8 text (an initial byte order mark is accepted), one record per line ({@code \n}
 * or {@code \r\n}), fields separated by {@code ;}, the mandatory first line being exactly
 * <pre>insee;populationMunicipale;populationComptéeÀPart;populationTotale;enVigueurDu;enVigueurAu;source</pre>
 * A field may be enclosed in double quotes (a quote inside is doubled), so that {@code source} can
 * hold a {@code ;}. {@code insee}, {@code populationTotale}, {@code enVigueurDu} and {@code source}
 * are required; {@code populationMunicipale}, {@code populationComptéeÀPart} and
 * {@code enVigueurAu} (open period) may be empty. Dates are ISO {@code AAAA-MM-JJ}, populations
 * non-negative integers written with digits only.
 *
 * <p>Every error of the file is reported at once, positioned {@code file:line:column} (column of
 * the offending field, 1-based) with a pointer {@code $[ligne N].champ}; nothing is returned from
 * an invalid file. Files over {@value #TAILLE_MAX} bytes are refused before reading; after
 * {@value #ERREURS_MAX} errors the reading stops.
 */
public final class PopulationsCsv {
  /** The exact header line. */
  public static final String ENTETE =
      "insee;populationMunicipale;populationComptéeÀPart;populationTotale;enVigueurDu;enVigueurAu;source";
  /** Largest file accepted, in bytes (50 Mo). */
  public static final long TAILLE_MAX = 50L * 1024 * 1024;
  /** Number of errors after which the reading stops. */
  public static final int ERREURS_MAX = 1000;

  private static final String[] CHAMPS = ENTETE.split(";");
  private static final int INSEE = 0;
  private static final int MUNICIPALE = 1;
  private static final int COMPTEE = 2;
  private static final int TOTALE = 3;
  private static final int DU = 4;
  private static final int AU = 5;
  private static final int SOURCE = 6;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private PopulationsCsv() {}

  /**
   * The overrides of {@code fichier}, in file order, each naming a commune of {@code territoire}.
   *
   * @throws InvalidDocumentException with every error found; nothing partial is returned
   */
  public static List<PopulationCommune> lire(Path fichier, Territoire territoire)
      throws InvalidDocumentException {
    String nom = fichier.toString();
    String texte;
    try {
      long taille = Files.size(fichier);
      if (taille > TAILLE_MAX) {
        throw erreur(nom, 0, 0, "$", "fichier trop volumineux (" + taille
            + " octets) : la limite est de " + TAILLE_MAX + " octets (50 Mo)");
      }
      texte = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(fichier)))
          .toString();
    } catch (NoSuchFileException e) {
      throw erreur(nom, 0, 0, "$", "fichier introuvable");
    } catch (CharacterCodingException e) {
      throw erreur(nom, 0, 0, "$", "le fichier n'est pas encodé en UTF-8");
    } catch (IOException e) {
      throw erreur(nom, 0, 0, "$", "lecture impossible : " + e.getMessage());
    }
    return new Lecteur(nom, territoire).lire(texte);
  }

  private static InvalidDocumentException erreur(String fichier, int ligne, int colonne, String pointeur, String message) {
    return new InvalidDocumentException(List.of(new DocumentError(fichier, ligne, colonne, pointeur, message)));
  }

  /** One reading: the errors found so far and the valid records with their line numbers. */
  private static final class Lecteur {
    private final String fichier;
    private final Territoire territoire;
    private final List<DocumentError> erreurs = new ArrayList<>();
    private final List<PopulationCommune> resultat = new ArrayList<>();
    /** By INSEE code: {line, column of enVigueurDu, index in resultat} of each accepted record. */
    private final Map<String, List<int[]>> lignesParInsee = new HashMap<>();

    Lecteur(String fichier, Territoire territoire) {
      this.fichier = fichier;
      this.territoire = territoire;
    }

    List<PopulationCommune> lire(String texte) throws InvalidDocumentException {
      if (texte.startsWith("\uFEFF")) {
        texte = texte.substring(1);
      }
      int ligne = 0;
      int debut = 0;
      while (debut < texte.length() && erreurs.size() < ERREURS_MAX) {
        int fin = texte.indexOf('\n', debut);
        if (fin < 0) fin = texte.length();
        String l = texte.substring(debut, fin > debut && texte.charAt(fin - 1) == '\r' ? fin - 1 : fin);
        debut = fin + 1;
        ligne++;
        if (ligne == 1) {
          if (!l.equals(ENTETE)) {
            ajouter(1, 1, "$", "en-tête attendu exactement : " + ENTETE);
            throw new InvalidDocumentException(erreurs);
          }
        } else {
          enregistrement(ligne, l);
        }
      }
      if (ligne == 0) {
        ajouter(1, 1, "$", "fichier vide : la première ligne doit être l'en-tête " + ENTETE);
      }
      if (erreurs.size() >= ERREURS_MAX) {
        ajouter(ligne, 1, "$", "plus de " + ERREURS_MAX + " erreurs : lecture arrêtée à cette ligne");
      }
      chevauchements();
      if (!erreurs.isEmpty()) {
        throw new InvalidDocumentException(erreurs);
      }
      return List.copyOf(resultat);
    }

    private void enregistrement(int ligne, String l) {
      String pointeurLigne = "$[ligne " + ligne + "]";
      if (l.isEmpty()) {
        ajouter(ligne, 1, pointeurLigne, "ligne vide : un enregistrement de " + CHAMPS.length + " champs est attendu");
        return;
      }
      List<String> champs = new ArrayList<>(CHAMPS.length);
      List<Integer> colonnes = new ArrayList<>(CHAMPS.length);
      String probleme = decouper(l, champs, colonnes);
      if (probleme != null) {
        ajouter(ligne, colonnes.get(colonnes.size() - 1), pointeurLigne, probleme);
        return;
      }
      if (champs.size() != CHAMPS.length) {
        int col = champs.size() > CHAMPS.length ? colonnes.get(CHAMPS.length) : 1;
        ajouter(ligne, col, pointeurLigne, CHAMPS.length + " champs séparés par « ; » attendus, "
            + champs.size() + " trouvé" + (champs.size() > 1 ? "s" : ""));
        return;
      }
      int avant = erreurs.size();
      String insee = champs.get(INSEE);
      if (insee.isEmpty()) {
        ajouterChamp(ligne, colonnes, INSEE, "code INSEE obligatoire");
      } else if (territoire.commune(insee).isEmpty()) {
        ajouterChamp(ligne, colonnes, INSEE, "code INSEE inconnu du registre national des communes : " + insee);
      }
      OptionalLong municipale = nombre(ligne, champs, colonnes, MUNICIPALE, false);
      OptionalLong comptee = nombre(ligne, champs, colonnes, COMPTEE, false);
      OptionalLong totale = nombre(ligne, champs, colonnes, TOTALE, true);
      if (totale.isPresent()) {
        long t = totale.getAsLong();
        if (municipale.isPresent() && t < municipale.getAsLong()) {
          ajouterChamp(ligne, colonnes, TOTALE, "la population totale (" + t
              + ") est inférieure à la population municipale (" + municipale.getAsLong() + ")");
        } else if (comptee.isPresent() && t < comptee.getAsLong()) {
          ajouterChamp(ligne, colonnes, TOTALE, "la population totale (" + t
              + ") est inférieure à la population comptée à part (" + comptee.getAsLong() + ")");
        } else if (municipale.isPresent() && comptee.isPresent()
            && municipale.getAsLong() + comptee.getAsLong() != t) {
          ajouterChamp(ligne, colonnes, TOTALE, "la population totale (" + t
              + ") doit être la somme de la population municipale (" + municipale.getAsLong()
              + ") et de la population comptée à part (" + comptee.getAsLong() + ")");
        }
      }
      LocalDate du = date(ligne, champs, colonnes, DU, true);
      LocalDate au = date(ligne, champs, colonnes, AU, false);
      if (du != null && au != null && au.isBefore(du)) {
        ajouterChamp(ligne, colonnes, AU, "la fin de période (" + au
            + ") précède son début (" + du + ")");
      }
      String source = champs.get(SOURCE).strip();
      if (source.isEmpty()) {
        ajouterChamp(ligne, colonnes, SOURCE, "source obligatoire : d'où viennent ces chiffres (ex. « INSEE, populations légales 2022 »)");
      }
      if (erreurs.size() > avant) {
        return;
      }
      ImmutablePopulation.Builder p = ImmutablePopulation.builder()
          .totale(totale.getAsLong())
          .enVigueurDu(du)
          .source(source);
      municipale.ifPresent(p::municipale);
      comptee.ifPresent(p::compteeAPart);
      if (au != null) p.enVigueurAu(au);
      int[] position = {ligne, colonnes.get(DU), resultat.size()};
      lignesParInsee.computeIfAbsent(insee, k -> new ArrayList<>()).add(position);
      resultat.add(PopulationCommune.of(insee, p.build()));
    }

    /** Duplicate INSEE codes with overlapping periods: reported on the later line. */
    private void chevauchements() {
      for (List<int[]> lignes : lignesParInsee.values()) {
        for (int j = 1; j < lignes.size(); j++) {
          int[] b = lignes.get(j);
          PopulationCommune pb = resultat.get(b[2]);
          for (int i = 0; i < j; i++) {
            int[] a = lignes.get(i);
            PopulationCommune pa = resultat.get(a[2]);
            if (Populations.chevauchent(pa.population(), pb.population())) {
              ajouter(b[0], b[1], "$[ligne " + b[0] + "]." + CHAMPS[DU],
                  "la période de la commune " + pb.insee() + " (" + periode(pb.population())
                      + ") chevauche celle de la ligne " + a[0] + " (" + periode(pa.population()) + ")");
              break;
            }
          }
        }
      }
    }

    private static String periode(Population p) {
      return "du " + p.enVigueurDu().map(LocalDate::toString).orElse("…")
          + " au " + p.enVigueurAu().map(LocalDate::toString).orElse("…");
    }

    private OptionalLong nombre(int ligne, List<String> champs, List<Integer> colonnes, int i, boolean requis) {
      String v = champs.get(i);
      if (v.isEmpty()) {
        if (requis) ajouterChamp(ligne, colonnes, i, "population totale obligatoire");
        return OptionalLong.empty();
      }
      if (v.charAt(0) == '-' && v.length() > 1 && chiffres(v.substring(1))) {
        ajouterChamp(ligne, colonnes, i, "population négative : " + v);
        return OptionalLong.empty();
      }
      if (!chiffres(v)) {
        ajouterChamp(ligne, colonnes, i, "nombre entier positif ou nul attendu (chiffres seulement), trouvé « " + v + " »");
        return OptionalLong.empty();
      }
      if (v.length() > 12) {
        ajouterChamp(ligne, colonnes, i, "population invraisemblable (plus de 12 chiffres) : " + v);
        return OptionalLong.empty();
      }
      return OptionalLong.of(Long.parseLong(v));
    }

    private LocalDate date(int ligne, List<String> champs, List<Integer> colonnes, int i, boolean requis) {
      String v = champs.get(i);
      if (v.isEmpty()) {
        if (requis) ajouterChamp(ligne, colonnes, i, "date d'entrée en vigueur obligatoire (AAAA-MM-JJ)");
        return null;
      }
      try {
        return LocalDate.parse(v, DATE);
      } catch (DateTimeParseException e) {
        ajouterChamp(ligne, colonnes, i, "date invalide « " + v + " » : date réelle au format AAAA-MM-JJ attendue");
        return null;
      }
    }

    private static boolean chiffres(String v) {
      if (v.isEmpty()) return false;
      for (int k = 0; k < v.length(); k++) {
        char c = v.charAt(k);
        if (c < '0' || c > '9') return false;
      }
      return true;
    }

    /**
     * Splits {@code l} on {@code ;} honouring double quotes; fills the fields and their 1-based
     * columns. Returns a problem message (with the last column being its position) or null.
     */
    private static String decouper(String l, List<String> champs, List<Integer> colonnes) {
      int i = 0;
      int n = l.length();
      while (true) {
        colonnes.add(i + 1);
        if (i < n && l.charAt(i) == '"') {
          StringBuilder b = new StringBuilder();
          int k = i + 1;
          while (true) {
            if (k >= n) {
              return "guillemet ouvrant sans guillemet fermant";
            }
            char c = l.charAt(k);
            if (c == '"') {
              if (k + 1 < n && l.charAt(k + 1) == '"') {
                b.append('"');
                k += 2;
                continue;
              }
              k++;
              break;
            }
            b.append(c);
            k++;
          }
          champs.add(b.toString());
          if (k == n) return null;
          if (l.charAt(k) != ';') {
            colonnes.set(colonnes.size() - 1, k + 1);
            return "« ; » attendu après le guillemet fermant";
          }
          i = k + 1;
        } else {
          int fin = l.indexOf(';', i);
          if (fin < 0) {
            champs.add(l.substring(i));
            return null;
          }
          champs.add(l.substring(i, fin));
          i = fin + 1;
        }
      }
    }

    private void ajouterChamp(int ligne, List<Integer> colonnes, int i, String message) {
      ajouter(ligne, colonnes.get(i), "$[ligne " + ligne + "]." + CHAMPS[i], message);
    }

    private void ajouter(int ligne, int colonne, String pointeur, String message) {
      erreurs.add(new DocumentError(fichier, ligne, colonne, pointeur, message));
    }
  }
}
