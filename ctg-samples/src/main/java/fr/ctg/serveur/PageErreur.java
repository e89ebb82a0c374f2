package fr.ctg.serveur;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.List;

/** The page the browser gets for a refused form: the problem's title and each error line (escaped by jte's HTML escaper). */
final class PageErreur {
  private PageErreur() {}

  static String html(String titre, List<String> lignes) {
    StringOutput o = new StringOutput();
    o.writeContent("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>ctg — ");
    Escape.htmlContent(titre, o);
    o.writeContent("</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        + "li{font-family:ui-monospace,monospace;white-space:pre-wrap;color:#8a1c1c}</style>\n</head>\n<body>\n<main>\n<h1>");
    Escape.htmlContent(titre, o);
    o.writeContent("</h1>\n<ul class=\"erreurs\">\n");
    for (String l : lignes) {
      o.writeContent("<li>");
      Escape.htmlContent(l, o);
      o.writeContent("</li>\n");
    }
    o.writeContent("</ul>\n<p><a href=\"/\">Retour au formulaire</a></p>\n</main>\n</body>\n</html>\n");
    return o.toString();
  }
}
