package fr.ctg.territoire;

import fr.ctg.document.DocumentError;
import fr.ctg.document.InvalidDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
  /** Longest line accepted, in characters (a real record is under 200). */
  public static final int LIGNE_MAX = 10_000;
  /**
   * Most records accepted (400 000: more than ten census vintages of every commune of France).
   * With {@link #TAILLE_MAX} it bounds the memory of a reading: the records kept, never the text.
   */
  public static final int ENREGISTREMENTS_MAX = 400_000;
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
    long taille;
    try {
      taille = Files.size(fichier);
    } catch (NoSuchFileException e) {
      throw erreur(nom, 0, 0, "$", "fichier introuvable");
    } catch (IOException e) {
      throw erreur(nom, 0, 0, "$", "lecture impossible : " + e.getMessage());
    }
    if (taille > TAILLE_MAX) {
      throw erreur(nom, 0, 0, "$", "fichier trop volumineux (" + taille
          + " octets) : la limite est de " + TAILLE_MAX + " octets (50 Mio) ; découpez-le par département ou par millésime");
    }
    // streamed: a line at a time through a strict UTF-8 decoder, never the whole text in memory
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Lecteur lecteur = new Lecteur(nom, territoire);
    try (InputStream in = Files.newInputStream(fichier);
        Reader r = new InputStreamReader(new LimitedInputStream(in, TAILLE_MAX), utf8)) {
      return lecteur.lire(r);
    } catch (CharacterCodingException e) {
      throw erreur(nom, lecteur.ligneLue + 1, 0, "$", "le fichier n'est pas encodé en UTF-8 (octet invalide à la ligne "
          + (lecteur.ligneLue + 1) + ") ; enregistrez-le en UTF-8");
    } catch (TropVolumineux e) {
      throw erreur(nom, lecteur.ligneLue + 1, 0, "$", "fichier trop volumineux : plus de " + TAILLE_MAX
          + " octets lus (50 Mio)");
    } catch (IOException e) {
      throw erreur(nom, 0, 0, "$", "lecture impossible : " + e.getMessage());
    }
  }

  /** Raised when more bytes than {@link #TAILLE_MAX} arrive (a file that grew after its size was read). */
  private static final class TropVolumineux extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Counts the bytes read and stops past the limit. */
  private static final class LimitedInputStream extends java.io.FilterInputStream {
    private long reste;

    LimitedInputStream(InputStream in, long limite) {
      super(in);
      this.reste = limite;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --reste < 0) throw new TropVolumineux();
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0 && (reste -= n) < 0) throw new TropVolumineux();
      return n;
    }
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
    private final Map<String, String> partages = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();

    Lecteur(String fichier, Territoire territoire) {
      this.fichier = fichier;
      this.territoire = territoire;
    }

    /** Number of lines read so far (to position an encoding error). */
    int ligneLue;

    List<PopulationCommune> lire(Reader r) throws IOException, InvalidDocumentException {
      char[] tampon = new char[1 << 16];
      StringBuilder l = new StringBuilder(256);
      boolean tropLongue = false;
      int ligne = 0;
      int n;
      boolean fini = false;
      while (!fini && erreurs.size() < ERREURS_MAX) {
        n = r.read(tampon);
        if (n < 0) {
          fini = true;
          if (l.length() == 0 && !tropLongue) break;
          n = 0;
        }
        int debut = 0;
        for (int i = 0; i <= n && erreurs.size() < ERREURS_MAX; i++) {
          boolean finDeLigne = i < n && tampon[i] == '\n';
          if (i == n) {
            int m = Math.min(n - debut, LIGNE_MAX + 1 - l.length());
            if (m > 0) l.append(tampon, debut, m);
            if (n - debut > m) tropLongue = true;
            if (!fini) break;
          } else if (!finDeLigne) {
            continue;
          } else {
            int m = Math.min(i - debut, LIGNE_MAX + 1 - l.length());
            if (m > 0) l.append(tampon, debut, m);
            if (i - debut > m) tropLongue = true;
            debut = i + 1;
          }
          // a whole line (or the last one, without its line break)
          ligne++;
          ligneLue = ligne;
          if (l.length() > 0 && l.charAt(l.length() - 1) == '\r') l.setLength(l.length() - 1);
          if (l.length() > LIGNE_MAX) tropLongue = true;
          if (ligne == 1 && l.length() > 0 && l.charAt(0) == '\uFEFF') l.deleteCharAt(0);
          if (tropLongue) {
            ajouter(ligne, LIGNE_MAX + 1, ligne == 1 ? "$" : "$[ligne " + ligne + "]",
                "ligne trop longue : au plus " + LIGNE_MAX + " caractères");
            if (ligne == 1) throw new InvalidDocumentException(erreurs);
          } else if (ligne == 1) {
            if (!ENTETE.contentEquals(l)) {
              ajouter(1, 1, "$", "en-tête attendu exactement : " + ENTETE);
              throw new InvalidDocumentException(erreurs);
            }
          } else if (resultat.size() >= ENREGISTREMENTS_MAX) {
            ajouter(ligne, 1, "$[ligne " + ligne + "]", "plus de " + ENREGISTREMENTS_MAX
                + " enregistrements : lecture arrêtée ; découpez le fichier par département ou par millésime");
            throw new InvalidDocumentException(erreurs);
          } else {
            enregistrement(ligne, l.toString());
          }
          l.setLength(0);
          tropLongue = false;
          if (i == n) break;
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
      // shared instances: a file repeats the same codes, dates and sources on many lines
      insee = territoire.commune(insee).map(Commune::insee).orElse(insee);
      source = partages.size() < 100_000 ? partages.computeIfAbsent(source, k -> k) : partages.getOrDefault(source, source);
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

    /**
     * Duplicate INSEE codes with overlapping periods, each reported once on the later line of a
     * pair, naming the other. Per code, the periods are sorted by start and swept once, keeping the
     * one that ends last: O(n log n) whatever the file (the former pairwise comparison was
     * quadratic in the lines of one code).
     */
    private void chevauchements() {
      List<DocumentError> trouvees = new ArrayList<>();
      java.util.Set<Integer> signalees = new java.util.HashSet<>();
      for (List<int[]> lignes : lignesParInsee.values()) {
        if (lignes.size() < 2) continue;
        List<int[]> parDebut = new ArrayList<>(lignes);
        parDebut.sort(java.util.Comparator.<int[], LocalDate>comparing(x -> debut(resultat.get(x[2])))
            .thenComparingInt(x -> x[0]));
        int[] ouverte = parDebut.get(0);
        for (int j = 1; j < parDebut.size(); j++) {
          int[] b = parDebut.get(j);
          PopulationCommune pa = resultat.get(ouverte[2]);
          PopulationCommune pb = resultat.get(b[2]);
          if (Populations.chevauchent(pa.population(), pb.population())) {
            int[] tard = ouverte[0] > b[0] ? ouverte : b;
            int[] tot = tard == b ? ouverte : b;
            if (signalees.add(tard[0])) {
              PopulationCommune pt = resultat.get(tard[2]);
              PopulationCommune po = resultat.get(tot[2]);
              trouvees.add(new DocumentError(fichier, tard[0], tard[1], "$[ligne " + tard[0] + "]." + CHAMPS[DU],
                  "la période de la commune " + pt.insee() + " (" + periode(pt.population())
                      + ") chevauche celle de la ligne " + tot[0] + " (" + periode(po.population()) + ")"));
            }
          }
          if (fin(pb) .isAfter(fin(pa))) ouverte = b;
        }
      }
      trouvees.sort(null);
      erreurs.addAll(trouvees);
    }

    private static LocalDate debut(PopulationCommune p) {
      return p.population().enVigueurDu().orElse(LocalDate.MIN);
    }

    private static LocalDate fin(PopulationCommune p) {
      return p.population().enVigueurAu().orElse(LocalDate.MAX);
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
        LocalDate deja = dates.get(v);
        if (deja != null) return deja;
        LocalDate d = LocalDate.parse(v, DATE);
        if (d.getYear() < 1) {
          ajouterChamp(ligne, colonnes, i, "date invalide « " + v + " » : l'année 0000 n'existe pas (années de 0001 à 9999)");
          return null;
        }
        if (dates.size() < 100_000) dates.put(v, d);
        return d;
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
