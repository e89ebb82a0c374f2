package fr.ctg.regles.sandbox;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Function;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Bounds the running time of an expert's rule code: after the sandbox has accepted a rule base
 * ({@link BacASable}), rewrites every class the classic compiler generated for it (consequences,
 * {@code eval}, inline accumulate code, DRL functions and their lambdas, and Drools' invokers) so
 * that it calls {@code fr.ctg.regles.Garde.verifier(qui)} at the entry of every method, before every
 * backward branch (each turn of every loop) and at the start of every exception handler; then
 * reloads the package's classes from the rewritten bytes.
 *
 * <p>Why: a consequence such as {@code while (true) {}} never returns to Drools, so neither a fire
 * limit nor {@code halt()} can stop it, and a thread cannot be stopped from outside. Code that only
 * moves forward ends; code that turns (a loop, a call, recursion) passes through a check, which
 * throws when the evaluation is past its deadline. A rule that catches that exception
 * ({@code catch (Throwable t)}) enters a handler, which checks again and throws again: the
 * evaluation cannot be held. What the check does not reach: a single call into the Java platform
 * that itself runs long without calling back into rule code (see docs/regles-experts.md, « Évaluation
 * bornée »).
 *
 * <p>The bundled rules (executable model, reviewed code) are not rewritten. Not thread-safe for a
 * given rule base: call it once, before the base serves.
 */
public final class Bornage {
  static final String GARDE = "fr/ctg/regles/Garde";
  static final String METHODE = "verifier";
  static final String DESCRIPTEUR = "(Ljava/lang/String;)V";
  /** Prefix of {@code qui} for a DRL function (as {@code fr.ctg.regles.Surveillance.FONCTION}). */
  static final String FONCTION = "fonction ";

  private Bornage() {}

  /** Rewrites and reloads the generated classes of every package of {@code base}. */
  public static void instrumenter(KieBase base) {
    for (KiePackage kp : base.getKiePackages()) {
      InternalKnowledgePackage pkg = (InternalKnowledgePackage) kp;
      JavaDialectRuntimeData java = (JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java");
      if (java == null) continue;
      Map<String, String> regleDeClasse = new TreeMap<>();
      for (Rule r : pkg.getRules()) {
        Object consequence = ((RuleImpl) r).getConsequence();
        String suffixe = "DefaultConsequenceInvoker";
        if (consequence != null && consequence.getClass().getName().endsWith(suffixe)) {
          String invoker = consequence.getClass().getName();
          regleDeClasse.put(invoker.substring(0, invoker.length() - suffixe.length()), r.getName());
        }
      }
      Map<String, String> fonctionDeClasse = new TreeMap<>();
      for (Function f : pkg.getFunctions().values()) fonctionDeClasse.put(f.getClassName(), f.getName());
      boolean modifie = false;
      for (String cle : new TreeMap<>(java.getStore()).keySet()) {
        if (!cle.endsWith(".class")) continue;
        String classe = cle.substring(0, cle.length() - ".class".length()).replace('/', '.');
        String fonction = fonctionDeClasse.containsKey(classe) ? fonctionDeClasse.get(classe)
            : BacASable.proprietaire(fonctionDeClasse, classe, "$");
        String regle = fonction == null ? BacASable.proprietaire(regleDeClasse, classe, "") : null;
        String qui = fonction != null ? FONCTION + fonction : regle != null ? regle : "";
        java.write(cle, instrumenter(java.getStore().get(cle), qui));
        modifie = true;
      }
      if (modifie) java.reload();
    }
  }

  /** The class {@code octets} with the checks, each passing {@code qui}. */
  static byte[] instrumenter(byte[] octets, String qui) {
    ClassReader lecteur = new ClassReader(octets);
    // The inserted calls neither branch nor change the locals or the stack at any frame: the
    // frames read stay valid; only the maximum stack depth grows (by one String).
    ClassWriter ecrivain = new ClassWriter(lecteur, ClassWriter.COMPUTE_MAXS);
    lecteur.accept(new ClassVisitor(Opcodes.ASM9, ecrivain) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] ex) {
        MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, ex);
        if (mv == null || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return mv;
        return new Verifications(mv, qui);
      }
    }, 0);
    return ecrivain.toByteArray();
  }

  /**
   * Inserts the check before the first instruction of the method, before the first instruction of
   * each exception handler (after its frame: the handler's label keeps pointing at the check), and
   * before each jump or switch to a label already seen (a backward branch).
   */
  private static final class Verifications extends MethodVisitor {
    private final String qui;
    private final Set<Label> vus = new HashSet<>();
    private final Set<Label> gestionnaires = new HashSet<>();
    private boolean enAttente;

    Verifications(MethodVisitor mv, String qui) {
      super(Opcodes.ASM9, mv);
      this.qui = qui;
    }

    private void verification() {
      super.visitLdcInsn(qui);
      super.visitMethodInsn(Opcodes.INVOKESTATIC, GARDE, METHODE, DESCRIPTEUR, false);
    }

    private void avant() {
      if (enAttente) {
        enAttente = false;
        verification();
      }
    }

    @Override
    public void visitCode() {
      super.visitCode();
      enAttente = true;
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
      gestionnaires.add(handler);
      super.visitTryCatchBlock(start, end, handler, type);
    }

    @Override
    public void visitLabel(Label label) {
      super.visitLabel(label);
      vus.add(label);
      if (gestionnaires.contains(label)) enAttente = true;
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
      avant();
      if (vus.contains(label)) verification();
      super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
      avant();
      if (enArriere(dflt, labels)) verification();
      super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
      avant();
      if (enArriere(dflt, labels)) verification();
      super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    private boolean enArriere(Label dflt, Label[] labels) {
      if (vus.contains(dflt)) return true;
      for (Label l : labels) if (vus.contains(l)) return true;
      return false;
    }

    @Override
    public void visitInsn(int opcode) {
      avant();
      super.visitInsn(opcode);
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
      avant();
      super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitVarInsn(int opcode, int var) {
      avant();
      super.visitVarInsn(opcode, var);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
      avant();
      super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
      avant();
      super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
      avant();
      super.visitMethodInsn(opcode, owner, name, descriptor, itf);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
      avant();
      super.visitInvokeDynamicInsn(name, descriptor, bsm, args);
    }

    @Override
    public void visitLdcInsn(Object value) {
      avant();
      super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int var, int increment) {
      avant();
      super.visitIincInsn(var, increment);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dims) {
      avant();
      super.visitMultiANewArrayInsn(descriptor, dims);
    }
  }
}
