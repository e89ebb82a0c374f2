package fr.ctg.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through its DevTools protocol (CDP) over the JDK's WebSocket client, for
 * tests that use a page as a person would: mouse clicks and typing as input events, the
 * accessibility tree as the browser computes it, console errors and uncaught exceptions collected.
 * No WebDriver: Chromium speaks CDP itself, so the tests need the Debian package {@code chromium}
 * only (no chromedriver, no Selenium). Every wait is bounded (a guard against a hung browser, not a
 * measurement). Not thread-safe; close it.
 */
final class Navigateur implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long ATTENTE_S = 60;

  private final Process processus;
  private final WebSocket ws;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> reponses = new ConcurrentHashMap<>();
  private final List<JsonNode> evenements = new CopyOnWriteArrayList<>();
  private final List<String> erreurs = new CopyOnWriteArrayList<>();
  private String session;

  /** The Chromium executable on the PATH, if any. */
  static Optional<Path> chromium() {
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(nom -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(d -> Path.of(d, nom)))
        .filter(Files::isExecutable).findFirst();
  }

  /** The options every headless run takes here (no network, no first-run, a fresh profile). */
  static List<String> commande(Path chromium, Path profil, String... options) {
    List<String> c = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profil));
    c.addAll(List.of(options));
    return c;
  }

  /** Starts Chromium with a DevTools port chosen by the system, opens {@code page} in a new tab. */
  static Navigateur ouvrir(Path chromium, Path profil, URI page, int largeur, int hauteur) throws Exception {
    Process p = new ProcessBuilder(commande(chromium, profil, "--remote-debugging-port=0",
        "--window-size=" + largeur + "," + hauteur, "about:blank")).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String adresse = adresseDevTools(p);
      Navigateur n = new Navigateur(p, adresse);
      String cible = n.envoyer(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
      n.session = n.envoyer(null, "Target.attachToTarget", Map.of("targetId", cible, "flatten", true))
          .path("sessionId").asText();
      n.commande("Runtime.enable", Map.of());
      n.commande("Log.enable", Map.of());
      n.commande("Page.enable", Map.of());
      n.commande("Emulation.setDeviceMetricsOverride",
          Map.of("width", largeur, "height", hauteur, "deviceScaleFactor", 1, "mobile", false));
      n.naviguer(page);
      return n;
    } catch (Exception | AssertionError e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private static String adresseDevTools(Process p) throws Exception {
    CompletableFuture<String> adresse = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        StringBuilder lu = new StringBuilder();
        for (String l; (l = r.readLine()) != null; ) {
          int i = l.indexOf("ws://");
          if (l.startsWith("DevTools listening on") && i >= 0) {
            // keep draining stderr so that Chromium never blocks on a full pipe
            Thread t = new Thread(() -> {
              try {
                while (r.readLine() != null) { /* discarded */ }
              } catch (Exception fin) { /* the browser is gone */ }
            }, "chromium-stderr");
            t.setDaemon(true);
            t.start();
            return l.substring(i).strip();
          }
          lu.append(l).append('\n');
        }
        throw new IllegalStateException("chromium s'est arrêté sans port DevTools :\n" + lu);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return adresse.get(ATTENTE_S, TimeUnit.SECONDS);
  }

  private Navigateur(Process processus, String adresse) throws Exception {
    this.processus = processus;
    this.ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(ATTENTE_S))
        .buildAsync(URI.create(adresse), new Ecoute()).get(ATTENTE_S, TimeUnit.SECONDS);
  }

  private final class Ecoute implements WebSocket.Listener {
    private final StringBuilder morceaux = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean dernier) {
      morceaux.append(data);
      if (dernier) {
        String texte = morceaux.toString();
        morceaux.setLength(0);
        try {
          recevoir(JSON.readTree(texte));
        } catch (Exception e) {
          erreurs.add("message DevTools illisible : " + e);
        }
      }
      socket.request(1);
      return null;
    }
  }

  private void recevoir(JsonNode m) {
    if (m.has("id")) {
      CompletableFuture<JsonNode> f = reponses.remove(m.get("id").asInt());
      if (f != null) {
        if (m.has("error")) f.completeExceptionally(new AssertionError("DevTools : " + m.get("error")));
        else f.complete(m.path("result"));
      }
      return;
    }
    evenements.add(m);
    String methode = m.path("method").asText();
    JsonNode p = m.path("params");
    if (methode.equals("Runtime.exceptionThrown")) {
      erreurs.add("exception : " + p.path("exceptionDetails").path("exception").path("description").asText(
          p.path("exceptionDetails").path("text").asText()));
    } else if (methode.equals("Runtime.consoleAPICalled") && p.path("type").asText().matches("error|assert")) {
      erreurs.add("console." + p.path("type").asText() + " : " + p.path("args"));
    } else if (methode.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
      erreurs.add("journal : " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
    }
  }

  private JsonNode envoyer(String session, String methode, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode m = JSON.createObjectNode().put("id", id).put("method", methode);
    m.set("params", JSON.valueToTree(params));
    if (session != null) m.put("sessionId", session);
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    reponses.put(id, f);
    ws.sendText(JSON.writeValueAsString(m), true).get(ATTENTE_S, TimeUnit.SECONDS);
    return f.get(ATTENTE_S, TimeUnit.SECONDS);
  }

  /** A CDP command on the page. */
  JsonNode commande(String methode, Map<String, ?> params) throws Exception {
    return envoyer(session, methode, params);
  }

  /** Loads {@code page} and waits for its load event. */
  void naviguer(URI page) throws Exception {
    int avant = evenements.size();
    commande("Page.navigate", Map.of("url", page.toString()));
    long fin = System.nanoTime() + TimeUnit.SECONDS.toNanos(ATTENTE_S);
    // a snapshot: a sublist of the live CopyOnWriteArrayList throws ConcurrentModificationException
    // when the CDP listener appends an event while it is read
    while (List.copyOf(evenements).stream().skip(avant)
        .noneMatch(e -> e.path("method").asText().equals("Page.loadEventFired"))) {
      if (System.nanoTime() > fin) throw new AssertionError("la page " + page + " ne s'est pas chargée");
      Thread.sleep(20);
    }
  }

  /** Evaluates {@code expression} in the page; its value (JSON). */
  JsonNode evaluer(String expression) throws Exception {
    JsonNode r = commande("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (r.has("exceptionDetails")) throw new AssertionError("évaluation de « " + expression + " » : " + r.get("exceptionDetails"));
    return r.path("result").path("value");
  }

  /** Clicks the centre of the first element matching {@code selecteur}, with mouse events (scrolled into view first). */
  void cliquer(String selecteur) throws Exception {
    JsonNode c = evaluer("(function(){var e=document.querySelector(" + JSON.writeValueAsString(selecteur) + ");"
        + "if(!e)return null;e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
        + "return {x:r.left+r.width/2,y:r.top+r.height/2};})()");
    if (c.isNull() || c.isMissingNode()) throw new AssertionError("aucun élément « " + selecteur + " » à cliquer");
    double x = c.path("x").asDouble();
    double y = c.path("y").asDouble();
    commande("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
    commande("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
    commande("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
  }

  /** Types {@code texte} into the focused element, as keyboard input. */
  void taper(String texte) throws Exception {
    commande("Input.insertText", Map.of("text", texte));
  }

  /** Presses a key ({@code ArrowDown}, {@code Enter}…) on the focused element. */
  void touche(String cle, String code, int codeTouche) throws Exception {
    commande("Input.dispatchKeyEvent", Map.of("type", "rawKeyDown", "key", cle, "code", code,
        "windowsVirtualKeyCode", codeTouche, "nativeVirtualKeyCode", codeTouche));
    commande("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", cle, "code", code,
        "windowsVirtualKeyCode", codeTouche, "nativeVirtualKeyCode", codeTouche));
  }

  /** The accessibility tree as Chromium computed it (role, name, ignored) for the whole page. */
  JsonNode arbreAccessible() throws Exception {
    commande("Accessibility.enable", Map.of());
    return commande("Accessibility.getFullAXTree", Map.of()).path("nodes");
  }

  /** Console errors, uncaught exceptions and error log entries seen so far. */
  List<String> erreurs() {
    return List.copyOf(erreurs);
  }

  @Override
  public void close() throws Exception {
    try {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    } catch (Exception dejaFerme) {
      // the browser may already be gone
    } finally {
      // the browser and its helpers (renderers, zygote): all gone before the profile folder is deleted
      List<ProcessHandle> tous = new ArrayList<>(processus.descendants().toList());
      tous.add(processus.toHandle());
      for (ProcessHandle h : tous) h.destroy();
      for (ProcessHandle h : tous) {
        try {
          h.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          h.destroyForcibly();
        }
      }
    }
  }
}
