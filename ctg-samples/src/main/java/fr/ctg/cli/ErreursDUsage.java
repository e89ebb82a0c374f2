package fr.ctg.cli;

import fr.ctg.document.DocumentReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage errors in French. picocli writes them in English and has no resource bundle for
 * them: they are rebuilt here from the exception's type and its model (the unmatched arguments, the
 * missing options, the option and value that did not convert), with picocli's own suggestions of the
 * closest subcommand or option (« vouliez-vous dire … »). A message the commands wrote themselves
 * (already French) is kept as it is.
 */
final class ErreursDUsage {
  private static final Pattern PAS_UN_NOMBRE = Pattern.compile("'(.*)' is not an? (int|long|short|byte)");
  private static final Pattern PAS_UN_DECIMAL = Pattern.compile("'(.*)' is not an? (float|double|BigDecimal)");
  private static final Pattern HORS_ENUMERATION = Pattern.compile("expected one of \\[(.*)\\].* but was '(.*)'");
  private static final Pattern SOUS_COMMANDE_INCONNUE = Pattern.compile("Unknown subcommand '(.*)'\\.?");

  private ErreursDUsage() {}

  /** The message of {@code ex} in French, with the suggestions picocli found, if any. */
  static String enFrancais(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return inattendus(u);
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      return manquants(m);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      return nom(o.getOverwritten()) + " est donnée plus d'une fois";
    }
    if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
      return "options incompatibles : " + ex.getMessage().replaceFirst("^Error: ", "").replace(" are mutually exclusive", "")
          .replace(" and ", " et ") + " ne vont pas ensemble";
    }
    String message = ex.getMessage() == null ? "" : ex.getMessage();
    if (message.startsWith("Invalid value for ") && ex.getArgSpec() != null) {
      return "valeur invalide pour " + nom(ex.getArgSpec()) + " : " + conversion(ex);
    }
    Matcher sc = SOUS_COMMANDE_INCONNUE.matcher(message);
    if (sc.matches()) {
      return "commande inconnue « " + sc.group(1) + " »" + suggestions(sousCommandesProches(ex.getCommandLine(), sc.group(1)));
    }
    if (message.startsWith("Expected parameter for option ") && ex.getArgSpec() != null) {
      return "valeur attendue après " + nom(ex.getArgSpec()) + (ex.getValue() == null ? "" : ", trouvé « " + ex.getValue() + " »");
    }
    return message;
  }

  private static String inattendus(CommandLine.UnmatchedArgumentException u) {
    List<String> tous = u.getUnmatched();
    // an unknown command: the rest of the line is its arguments, not more errors
    List<String> args = u.isUnknownOption() ? tous.stream().filter(a -> a.startsWith("-")).toList()
        : !u.getCommandLine().getSubcommands().isEmpty() ? tous.subList(0, 1) : tous;
    String liste = args.stream().map(a -> "« " + a + " »").collect(Collectors.joining(", "));
    String texte;
    if (u.isUnknownOption()) {
      texte = (args.size() > 1 ? "options inconnues " : "option inconnue ") + liste;
    } else if (!u.getCommandLine().getSubcommands().isEmpty()) {
      texte = "commande inconnue " + liste;
    } else {
      texte = (args.size() > 1 ? "arguments en trop " : "argument en trop ") + liste;
    }
    return texte + suggestions(proches(u));
  }

  private static String manquants(CommandLine.MissingParameterException m) {
    String message = m.getMessage() == null ? "" : m.getMessage();
    List<ArgSpec> manquants = m.getMissing();
    if (message.startsWith("Missing required parameter for option") && manquants != null && manquants.size() == 1) {
      return "valeur attendue après " + nom(manquants.get(0));
    }
    if (manquants == null || manquants.isEmpty()) return message;
    boolean options = manquants.stream().allMatch(ArgSpec::isOption);
    boolean plusieurs = manquants.size() > 1;
    String liste = manquants.stream().map(ErreursDUsage::nomComplet).collect(Collectors.joining(", "));
    if (options) {
      return (plusieurs ? "options obligatoires absentes : " : "option obligatoire absente : ") + liste;
    }
    return (plusieurs ? "paramètres obligatoires absents : " : "paramètre obligatoire absent : ") + liste;
  }

  /** What did not convert: the value, and what was expected. */
  private static String conversion(CommandLine.ParameterException ex) {
    Throwable cause = ex.getCause();
    String detail = cause != null && cause.getMessage() != null ? cause.getMessage() : ex.getMessage();
    Matcher n = PAS_UN_NOMBRE.matcher(detail);
    if (n.find()) return "« " + n.group(1) + " » n'est pas un nombre entier";
    Matcher d = PAS_UN_DECIMAL.matcher(detail);
    if (d.find()) return "« " + d.group(1) + " » n'est pas un nombre";
    Matcher e = HORS_ENUMERATION.matcher(detail);
    if (e.find()) return "« " + e.group(2) + " » : une de ces valeurs attendue : " + e.group(1);
    if (cause instanceof CommandLine.TypeConversionException) return detail; // our converters write French
    return "« " + ex.getValue() + " »";
  }

  /** The subcommands closest to {@code saisi}, of the command whose help was asked for « ctg help chek ». */
  private static List<String> sousCommandesProches(CommandLine cl, String saisi) {
    CommandLine parent = cl.getCommandSpec().helpCommand() && cl.getParent() != null ? cl.getParent() : cl;
    return DocumentReader.proches(saisi, parent.getSubcommands().keySet());
  }

  /**
   * The closest options or subcommands (the same distance as the documents' « vouliez-vous dire »);
   * picocli's own suggestions only compare the first two letters of an option.
   */
  private static List<String> proches(CommandLine.UnmatchedArgumentException u) {
    String saisi = u.getUnmatched().get(0);
    if (u.isUnknownOption()) {
      int egal = saisi.indexOf('=');
      return DocumentReader.proches(egal < 0 ? saisi : saisi.substring(0, egal), u.getCommandLine().getCommandSpec().optionsMap().keySet());
    }
    return DocumentReader.proches(saisi, u.getCommandLine().getSubcommands().keySet());
  }

  private static String suggestions(List<String> proches) {
    if (proches == null || proches.isEmpty()) return "";
    List<String> l = proches.stream().distinct().limit(3).map(p -> "« " + p + " »").toList();
    return " ; vouliez-vous dire " + (l.size() == 1 ? l.get(0)
        : String.join(", ", l.subList(0, l.size() - 1)) + " ou " + l.get(l.size() - 1)) + " ?";
  }

  private static String nom(ArgSpec a) {
    if (a instanceof OptionSpec o) return "l'option « " + o.longestName() + " »";
    if (a instanceof PositionalParamSpec p) return "le paramètre « " + p.paramLabel() + " »";
    return "l'argument";
  }

  private static String nomComplet(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return o.typeInfo().isBoolean() || o.arity().max() == 0 ? o.longestName() : o.longestName() + " " + o.paramLabel();
    }
    return ((PositionalParamSpec) a).paramLabel();
  }
}
