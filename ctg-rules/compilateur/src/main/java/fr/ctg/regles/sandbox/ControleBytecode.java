package fr.ctg.regles.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one class the classic compiler generated for a rule (its consequence and eval code, the
 * invokers Drools wires to it, a DRL function) and lists every type and member it names that the
 * allow-list ({@link ListeAutorisee}) refuses: the owner and the descriptor of each method called
 * and each field read or written, each type instantiated, cast, tested or loaded as a constant,
 * each method handle and each dynamic call site other than the two the Java compiler emits for
 * lambdas and string concatenation.
 */
final class ControleBytecode {
  /** One refused name, at a line of the generated source (0 when the class has no line table). */
  record Reference(String methode, int ligne, String type, String membre, String pourquoi) {}

  private static final int ASM = Opcodes.ASM9;

  private ControleBytecode() {}

  /**
   * @param colle true for the invokers Drools generates from its own templates (no expert code
   *     goes there, only the declarations' types): their Drools types are the compiler's glue and
   *     are not checked; every other type is
   */
  static List<Reference> references(byte[] classe, boolean colle, java.util.Set<String> generees) {
    List<Reference> out = new ArrayList<>();
    new ClassReader(classe).accept(new ClassVisitor(ASM) {
      @Override
      public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        verifierDescripteur(out, generees, "<champ " + name + ">", 0, Type.getType(descriptor), null, colle);
        return null;
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] ex) {
        String methode = name;
        // Drools' invoker template reads the class's own bytes here (for its debugger support):
        // template code, with no expert code in it.
        if (colle && name.equals("getMethodBytecode")) return null;
        return new MethodVisitor(ASM) {
          int ligne;

          @Override
          public void visitLineNumber(int line, Label start) {
            ligne = line;
          }

          @Override
          public void visitTypeInsn(int opcode, String type) {
            verifierType(out, generees, methode, ligne, Type.getObjectType(type), colle);
          }

          @Override
          public void visitFieldInsn(int opcode, String owner, String fname, String fdesc) {
            verifierMembre(out, methode, ligne, owner, fname, colle, generees);
            verifierType(out, generees, methode, ligne, Type.getType(fdesc), colle);
          }

          @Override
          public void visitMethodInsn(int opcode, String owner, String mname, String mdesc, boolean itf) {
            verifierMembre(out, methode, ligne, owner, mname, colle, generees);
            verifierDescripteur(out, generees, methode, ligne, Type.getMethodType(mdesc), owner + "." + mname, colle);
          }

          @Override
          public void visitInvokeDynamicInsn(String iname, String idesc, Handle bsm, Object... args) {
            String bootstrap = bsm.getOwner();
            if (!bootstrap.equals("java/lang/invoke/LambdaMetafactory")
                && !bootstrap.equals("java/lang/invoke/StringConcatFactory")) {
              out.add(new Reference(methode, ligne, Type.getObjectType(bootstrap).getClassName(), bsm.getName(),
                  "appel dynamique (invokedynamic)"));
              return;
            }
            verifierDescripteur(out, generees, methode, ligne, Type.getMethodType(idesc), null, colle);
            for (Object a : args) constante(a);
          }

          @Override
          public void visitLdcInsn(Object value) {
            constante(value);
          }

          @Override
          public void visitMultiANewArrayInsn(String descriptor, int dims) {
            verifierType(out, generees, methode, ligne, Type.getType(descriptor), colle);
          }

          private void constante(Object value) {
            if (value instanceof Type) {
              Type t = (Type) value;
              if (t.getSort() == Type.METHOD) {
                verifierDescripteur(out, generees, methode, ligne, t, null, colle);
              } else if (!ListeAutorisee.litteralDeClasseAutorise(t.getClassName())) {
                out.add(new Reference(methode, ligne, "java.lang.Class", t.getClassName(),
                    "réflexion (littéral de classe " + t.getClassName() + ".class)"));
              }
            } else if (value instanceof Handle) {
              Handle h = (Handle) value;
              verifierMembre(out, methode, ligne, h.getOwner(), h.getName(), colle, generees);
              verifierDescripteur(out, generees, methode, ligne, Type.getType(h.getDesc()), null, colle);
            } else if (value instanceof ConstantDynamic) {
              out.add(new Reference(methode, ligne, "java.lang.invoke.ConstantDynamic", ((ConstantDynamic) value).getName(),
                  "constante dynamique"));
            }
          }
        };
      }
    }, ClassReader.SKIP_FRAMES);
    return out;
  }

  private static void verifierMembre(List<Reference> out, String methode, int ligne, String owner, String nom,
      boolean colle, java.util.Set<String> generees) {
    Type t = Type.getObjectType(owner);
    String type = element(t).getClassName();
    if (colle && estColle(type)) return;
    if (element(t).getSort() != Type.OBJECT || generees.contains(type)) return;
    java.util.Optional<String> refus = ListeAutorisee.refusType(type);
    if (refus.isPresent()) {
      out.add(new Reference(methode, ligne, type, nom, refus.get()));
      return;
    }
    ListeAutorisee.refusMembre(type, nom).ifPresent(p -> out.add(new Reference(methode, ligne, type, nom, p)));
  }

  private static void verifierDescripteur(List<Reference> out, java.util.Set<String> generees, String methode, int ligne, Type t, String membre,
      boolean colle) {
    if (t.getSort() == Type.METHOD) {
      verifierType(out, generees, methode, ligne, t.getReturnType(), colle);
      for (Type a : t.getArgumentTypes()) verifierType(out, generees, methode, ligne, a, colle);
    } else {
      verifierType(out, generees, methode, ligne, t, colle);
    }
  }

  private static void verifierType(List<Reference> out, java.util.Set<String> generees, String methode, int ligne, Type t, boolean colle) {
    Type e = element(t);
    if (e.getSort() != Type.OBJECT) return;
    String type = e.getClassName();
    if ((colle && estColle(type)) || generees.contains(type)) return;
    ListeAutorisee.refusType(type).ifPresent(p -> out.add(new Reference(methode, ligne, type, null, p)));
  }

  private static Type element(Type t) {
    return t.getSort() == Type.ARRAY ? t.getElementType() : t;
  }

  /** What Drools' invoker templates use besides Drools itself (context holders, exceptions). */
  private static final java.util.Set<String> COLLE_JAVA = java.util.Set.of(
      "java.io.Serializable", "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException");

  static boolean estColle(String type) {
    return type.startsWith("org.drools.") || type.startsWith("org.kie.") || COLLE_JAVA.contains(type);
  }
}
