/**
 * The DUP (Documento Unico di Programmazione) as immutable values: areas, objectives, indicators,
 * measurements, and the assessment of a whole plan ({@code io.github.dupkit.model}).
 */
module io.github.dupkit.model {
  requires transitive io.github.dupkit.formulas;
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires static transitive org.immutables.value.annotations;
  requires static java.compiler;

  exports io.github.dupkit.model;
}
