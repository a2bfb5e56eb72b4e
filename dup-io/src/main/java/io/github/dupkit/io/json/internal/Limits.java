package io.github.dupkit.io.json.internal;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;

/** The limits of DUPkit's readers, the same for JSON and YAML. */
public final class Limits {
  private Limits() {}

  /** Most characters (or bytes, for a stream) of a document: 16 MiB. */
  public static final int MAX_DOCUMENT_LENGTH = 16 * 1024 * 1024;

  /** Deepest nesting of objects and arrays. The format itself nests about a dozen levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Most characters of a number, written as a JSON number or as a decimal string. */
  public static final int MAX_NUMBER_LENGTH = Formats.MAX_DECIMAL_LENGTH;

  /** Most characters of one string value. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Most characters of a field or variable name. */
  public static final int MAX_NAME_LENGTH = 10_000;

  /** Jackson's read constraints for these limits. */
  public static final StreamReadConstraints READ_CONSTRAINTS =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build();

  /** Jackson's write constraints: the format never nests deeper than it reads. */
  public static final StreamWriteConstraints WRITE_CONSTRAINTS =
      StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build();
}
