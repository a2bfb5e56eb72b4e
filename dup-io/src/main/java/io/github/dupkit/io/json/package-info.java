/**
 * DUPs, measurements and assessments as JSON documents in the DUPkit format: the {@link
 * io.github.dupkit.io.json.DupJson} facade and the Jackson 3 {@link
 * io.github.dupkit.io.json.DupkitModule} for a host's own mapper.
 *
 * <pre>{@code
 * String json = DupJson.write(dup);
 * Dup back = DupJson.read(json, Dup.class);          // back.equals(dup)
 *
 * JsonMapper mapper = JsonMapper.builder().addModule(new DupkitModule()).build();
 * mapper.writeValueAsString(dup);                    // the same document
 * }</pre>
 *
 * <p>The format is defined once, in this package's internals: the writer, the strict reader and the
 * committed JSON Schema ({@link io.github.dupkit.io.json.DupJson#SCHEMA_RESOURCE}) follow the same
 * definition, and a test fails when the committed schema and the model drift apart. The model
 * carries no Jackson annotation. A host still on Jackson 2 ({@code com.fasterxml.jackson}) uses the
 * facades, which bring their own Jackson 3 ({@code tools.jackson}): the two majors live in
 * different packages and do not conflict.
 *
 * <p>Null policy: no method of this package accepts or returns {@code null}; absent values are left
 * out of documents, never written as {@code null}, and {@code null} in a document is an error.
 */
@NullMarked
@CheckReturnValue
package io.github.dupkit.io.json;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
