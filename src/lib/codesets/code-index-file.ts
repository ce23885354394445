/**
 * The ICD-10-CM search index, prebuilt at site build time and shipped as one small binary file, so the
 * browser decodes posting lists instead of tokenising 100,000 titles and their Index words.
 *
 * Layout (every number an unsigned LEB128 varint): the magic bytes `CPX1`, row count, a checksum of the
 * codes (so an index is never paired with another build's code list), vocabulary byte
 * length, the vocabulary (UTF-8, words joined by "\n", sorted), one title length per row, the total
 * number of title and of Index-word postings, then per word its title postings and its Index-word
 * postings, each as a count followed by ascending row numbers stored as gaps from the previous one.
 */
import { defaultSynonyms, defaultVariants } from './search-vocabulary.ts';
import { bareCode, rowsOf, runToEnd, type CodeIndex, type CodeRow } from './code-search.ts';

const MAGIC = [0x43, 0x50, 0x58, 0x31]; // "CPX1"

/** 32-bit FNV-1a over the codes in order. */
function codesChecksum(rows: CodeRow[]): number {
  let hash = 0x811c9dc5;
  for (const row of rows) {
    for (let k = 0; k < row.code.length; k++) hash = Math.imul(hash ^ row.code.charCodeAt(k), 0x01000193);
    hash = Math.imul(hash ^ 10, 0x01000193);
  }
  return hash >>> 0;
}

/** The bytes of the index file (see the layout above); throws if a posting list is not strictly ascending. */
export function encodeCodeIndex(index: CodeIndex): Uint8Array {
  const out: number[] = [...MAGIC];
  const varint = (n: number) => {
    while (n >= 128) {
      out.push((n & 127) | 128);
      n = Math.floor(n / 128);
    }
    out.push(n);
  };
  const vocab = new TextEncoder().encode(index.vocab.join('\n'));
  varint(index.rows.length);
  varint(codesChecksum(index.rows));
  varint(vocab.length);
  for (const byte of vocab) out.push(byte);
  for (const length of index.lengths) varint(length);
  varint(index.postings.rows.length);
  varint(index.aliasPostings.rows.length);
  const list = (rows: Uint32Array) => {
    varint(rows.length);
    let last = -1;
    for (const row of rows) {
      if (!Number.isInteger(row) || row <= last) throw new Error(`A posting list must hold ascending row numbers; found ${row} after ${last}.`);
      varint(row - last - 1);
      last = row;
    }
  };
  for (let v = 0; v < index.vocab.length; v++) {
    list(rowsOf(index.postings, v));
    list(rowsOf(index.aliasPostings, v));
  }
  return Uint8Array.from(out);
}

/**
 * Rebuilds the index from the code list rows and the bytes of encodeCodeIndex. Throws an Error that
 * says what is wrong when the bytes are not such a file, are cut short, or were built from other rows.
 */
export function decodeCodeIndex(rows: CodeRow[], bytes: Uint8Array, synonyms?: Record<string, string[]>, variants?: Record<string, string[]>): CodeIndex {
  return runToEnd(decodeCodeIndexInSteps(rows, bytes, synonyms, variants));
}

/** decodeCodeIndex in small steps, so a browser can let the page respond between them. */
export function* decodeCodeIndexInSteps(rows: CodeRow[], bytes: Uint8Array, synonyms: Record<string, string[]> = defaultSynonyms, variants: Record<string, string[]> = defaultVariants): Generator<void, CodeIndex> {
  if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('Not a CodePrep code index file (the first bytes are not CPX1).');
  let at = MAGIC.length;
  const varint = (): number => {
    // One byte is by far the commonest case (gaps between rows of one word are small).
    const first = bytes[at];
    if (first !== undefined && first < 128) {
      at++;
      return first;
    }
    let value = 0;
    let scale = 1;
    for (let shift = 0; shift < 5; shift++) {
      if (at >= bytes.length) throw new Error(`The code index file is cut short at byte ${at}.`);
      const byte = bytes[at++]!;
      value += (byte & 127) * scale;
      if (byte < 128) return value;
      scale *= 128;
    }
    throw new Error(`The code index file has a number longer than 5 bytes at byte ${at}.`);
  };
  const rowCount = varint();
  if (rowCount !== rows.length) throw new Error(`The code index file was built for ${rowCount} codes, but the code list has ${rows.length}.`);
  if (varint() !== codesChecksum(rows)) throw new Error('The code index file was built for a different code list (the codes do not match).');
  const vocabBytes = varint();
  if (at + vocabBytes > bytes.length) throw new Error(`The code index file is cut short in its vocabulary at byte ${bytes.length}.`);
  const vocab = vocabBytes ? new TextDecoder().decode(bytes.subarray(at, at + vocabBytes)).split('\n') : [];
  // Searching relies on the vocabulary being sorted.
  for (let v = 1; v < vocab.length; v++) if (!(vocab[v - 1]! < vocab[v]!)) throw new Error(`The code index file's vocabulary is out of order at word ${v}.`);
  at += vocabBytes;
  const lengths = new Uint16Array(rowCount);
  for (let i = 0; i < rowCount; i++) lengths[i] = Math.min(65535, varint());
  // Posting lists are read straight into one array per kind (see PostingLists).
  const lists = () => {
    const total = varint();
    if (total > bytes.length) throw new Error(`The code index file announces ${total} postings, more than its ${bytes.length} bytes can hold.`);
    return { rows: new Uint32Array(total), start: new Uint32Array(vocab.length + 1), used: 0 };
  };
  const title = lists();
  const alias = lists();
  const readList = (into: typeof title, v: number) => {
    const count = varint();
    if (count > rowCount || into.used + count > into.rows.length) throw new Error(`The code index file lists more postings than it announced (word ${v}).`);
    let last = -1;
    for (let k = 0; k < count; k++) {
      last += varint() + 1;
      if (last >= rowCount) throw new Error(`The code index file points past the last code (row ${last}).`);
      into.rows[into.used++] = last;
    }
    into.start[v + 1] = into.used;
  };
  for (let v = 0; v < vocab.length; v++) {
    readList(title, v);
    readList(alias, v);
    if (v % 2048 === 2047) yield;
  }
  if (title.used !== title.rows.length || alias.used !== alias.rows.length) throw new Error('The code index file lists fewer postings than it announced.');
  if (at !== bytes.length) throw new Error(`The code index file has ${bytes.length - at} unexpected bytes at its end.`);
  yield;
  const bare = rows.map((r) => bareCode(r.code));
  return { rows, bare, vocab, postings: { rows: title.rows, start: title.start }, aliasPostings: { rows: alias.rows, start: alias.start }, lengths, synonyms, variants };
}
