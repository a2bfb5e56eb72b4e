/**
 * DUPkit's formats: JSON and YAML for the whole model ({@code io.github.dupkit.io.json}, {@code
 * io.github.dupkit.io.yaml}) and DUP tables and measured values in TSV, CSV and XLSX ({@code
 * io.github.dupkit.io.table}), and reports people read in HTML, CSV, XLSX and Markdown ({@code
 * io.github.dupkit.io.report}). The helpers shared by the JSON and YAML formats ({@code
 * io.github.dupkit.io.json.internal}) are not exported.
 */
module io.github.dupkit.io {
  requires transitive io.github.dupkit.model;
  // DupkitModule is a Jackson module: users register it on their own mapper.
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  // DupYaml sets SnakeYAML Engine's load limits (aliases, nesting, code points) itself.
  requires org.snakeyaml.engine;
  requires org.apache.commons.csv;
  requires org.apache.commons.compress;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires java.xml;
  // The report's HTML page: classes generated from JTE templates at build time need its runtime.
  requires gg.jte.runtime;
  // ... whose classes carry javax.annotation.processing.@Generated (source retention: compile
  // only).
  requires static java.compiler;
  requires static transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.dupkit.io;
  exports io.github.dupkit.io.json;
  exports io.github.dupkit.io.yaml;
  exports io.github.dupkit.io.table;
  exports io.github.dupkit.io.report;

  // Found by Jackson's findAndAddModules() on the module path, as META-INF/services does on the
  // class path.
  provides tools.jackson.databind.JacksonModule with
      io.github.dupkit.io.json.DupkitModule;

  // The JSON Schema is a resource of this package: opened so that users can load it by name.
  opens io.github.dupkit.io.json;
}
