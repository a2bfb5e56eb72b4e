/**
 * DUPkit's domain-free engine: indicator formulas ({@code io.github.dupkit.formulas}), targets and
 * their assessment ({@code io.github.dupkit.formulas.target}). The engine's internals ({@code
 * io.github.dupkit.formulas.internal}) are not exported.
 */
module io.github.dupkit.formulas {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.dupkit.formulas;
  exports io.github.dupkit.formulas.target;
}
