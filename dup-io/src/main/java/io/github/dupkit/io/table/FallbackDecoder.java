package io.github.dupkit.io.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes bytes as UTF-8, reading every byte that does not start a valid UTF-8 sequence as
 * Windows-1252 instead. Streams with constant memory; a leading UTF-8 byte-order mark is skipped.
 *
 * <p>Text saved by Italian office software is UTF-8 or Windows-1252; a Windows-1252 file holds
 * valid UTF-8 sequences only by accident (an accented capital followed by a symbol), so decoding
 * each sequence on its own reads both correctly, and a mixed file as well as it can be read. The
 * counts say what happened.
 */
final class FallbackDecoder extends Reader {
  /** Windows-1252 from 0x80 to 0x9F; the five undefined bytes map to the same C1 code point. */
  private static final char[] CP1252_HIGH = {
    '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
    '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
    '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
    '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178'
  };

  private final InputStream in;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;
  private int pendingLow = -1;

  private long offset;
  private long line = 1;
  private long fallbackBytes;
  private long firstFallbackOffset = -1;
  private long firstFallbackLine = -1;
  private long multibyteSequences;

  FallbackDecoder(InputStream in) {
    this.in = in;
  }

  /** How many bytes were read as Windows-1252. */
  long fallbackBytes() {
    return fallbackBytes;
  }

  /** The 0-based offset of the first byte read as Windows-1252, or -1. */
  long firstFallbackOffset() {
    return firstFallbackOffset;
  }

  /** The 1-based line of the first byte read as Windows-1252, or -1. */
  long firstFallbackLine() {
    return firstFallbackLine;
  }

  /** How many multi-byte UTF-8 sequences were decoded. */
  long multibyteSequences() {
    return multibyteSequences;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!started) {
      started = true;
      if (ensure(3) >= 3
          && (buf[pos] & 0xFF) == 0xEF
          && (buf[pos + 1] & 0xFF) == 0xBB
          && (buf[pos + 2] & 0xFF) == 0xBF) {
        pos += 3;
        offset += 3;
      }
    }
    int n = 0;
    while (n < len) {
      if (pendingLow >= 0) {
        cbuf[off + n++] = (char) pendingLow;
        pendingLow = -1;
        continue;
      }
      int available = ensure(1);
      if (available == 0) {
        break;
      }
      int b0 = buf[pos] & 0xFF;
      if (b0 < 0x80) {
        pos++;
        offset++;
        if (b0 == '\n') {
          line++;
        }
        cbuf[off + n++] = (char) b0;
        continue;
      }
      int cp = decodeSequence(b0);
      if (cp < 0) {
        pos++;
        if (fallbackBytes++ == 0) {
          firstFallbackOffset = offset;
          firstFallbackLine = line;
        }
        offset++;
        cbuf[off + n++] = b0 < 0xA0 ? CP1252_HIGH[b0 - 0x80] : (char) b0;
      } else if (cp >= 0x10000) {
        cbuf[off + n++] = Character.highSurrogate(cp);
        pendingLow = Character.lowSurrogate(cp);
      } else {
        cbuf[off + n++] = (char) cp;
      }
    }
    return n == 0 ? -1 : n;
  }

  /**
   * Decodes the UTF-8 sequence starting with {@code b0} at {@code pos} and moves past it, or
   * returns -1 (without moving) when the bytes there are not a valid sequence.
   */
  private int decodeSequence(int b0) throws IOException {
    int length;
    int lowBound = 0x80;
    int highBound = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      length = 3;
      if (b0 == 0xE0) {
        lowBound = 0xA0;
      } else if (b0 == 0xED) {
        highBound = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      length = 4;
      if (b0 == 0xF0) {
        lowBound = 0x90;
      } else if (b0 == 0xF4) {
        highBound = 0x8F;
      }
    } else {
      return -1;
    }
    if (ensure(length) < length) {
      return -1;
    }
    int b1 = buf[pos + 1] & 0xFF;
    if (b1 < lowBound || b1 > highBound) {
      return -1;
    }
    int cp = (b0 & (0xFF >> (length + 1))) << 6 | (b1 & 0x3F);
    for (int i = 2; i < length; i++) {
      int b = buf[pos + i] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      cp = cp << 6 | (b & 0x3F);
    }
    pos += length;
    offset += length;
    multibyteSequences++;
    return cp;
  }

  /** Makes at least {@code n} bytes available from {@code pos} if the stream has them. */
  private int ensure(int n) throws IOException {
    if (limit - pos >= n || eof) {
      return limit - pos;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    while (limit < n && !eof) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        eof = true;
      } else {
        limit += r;
      }
    }
    return limit - pos;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
