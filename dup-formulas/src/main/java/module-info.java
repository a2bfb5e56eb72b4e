/**
 * DUPkit's domain-free engine: indicator formulas ({@code io.github.dupkit.formulas}), targets and
 * their assessment ({@code io.github.dupkit.formulas.target}). The engine's internals ({@code
 * io.github.dupkit.formulas.internal}) are not exported; the texts for people ({@code
 * io.github.dupkit.formulas.internal.text}) are exported to DUPkit's other modules only.
 */
// "module": the modules named in the qualified export are built after this one.
@SuppressWarnings("module")
module io.github.dupkit.formulas {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.dupkit.formulas;
  exports io.github.dupkit.formulas.target;
  exports io.github.dupkit.formulas.internal.text to
      io.github.dupkit.model,
      io.github.dupkit.io;
}
