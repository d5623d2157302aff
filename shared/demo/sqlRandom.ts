/**
 * Reproducible randomness in DuckDB SQL. DuckDB's random() depends on thread scheduling, so the demo
 * generator derives every draw from hash(): a row key hash(i, seed), then one well-mixed 64-bit hash per
 * stream, used whole (53-bit uniform) or as two independent 32-bit uniforms.
 */

/** 2^-53: maps the top 53 bits of a 64-bit hash to a double in [0, 1). */
const TOP_53_BITS_TO_UNIT = '1.1102230246251565e-16';
/** 2^-32: maps 32 bits of a hash to a double in [0, 1). */
const TWO_POW_MINUS_32 = '2.3283064365386963e-10';

/**
 * A 64-bit constant per stream (splitmix64 of the stream number). Streams must not be derived as
 * hash(i, seed, k): DuckDB combines multi-argument hashes linearly (multiply, then XOR the next hash),
 * so two streams would differ by a constant XOR and be strongly correlated (0.88 measured). Instead each
 * stream re-hashes the row key XOR its constant, and the hash finaliser's avalanche decorrelates them.
 */
export function streamConstant(stream: number): string {
  const mask = (1n << 64n) - 1n;
  let z = (BigInt(stream) * 0x9e3779b97f4a7c15n) & mask;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & mask;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & mask;
  return (z ^ (z >> 31n)).toString();
}

/** A well-mixed 64-bit hash of `key` (a UBIGINT expression) for one stream. */
export function streamHash(key: string, stream: number): string {
  return `hash(xor(${key}, ${streamConstant(stream)}::UBIGINT))`;
}

/** Uniform in [0, 1) for this row and stream, from the top 53 bits of its hash. */
export function uniformFromKey(stream: number): string {
  return `((${streamHash('"key"', stream)} >> 11)::DOUBLE * ${TOP_53_BITS_TO_UNIT})`;
}

/** Uniform in [0, 1) from the high 32 bits of a hash column. */
export function highUniform(hashColumn: string): string {
  return `(("${hashColumn}" >> 32)::DOUBLE * ${TWO_POW_MINUS_32})`;
}

/** Uniform in [0, 1) from the low 32 bits of a hash column, independent of its high half. */
export function lowUniform(hashColumn: string): string {
  return `(("${hashColumn}" & 4294967295::UBIGINT)::DOUBLE * ${TWO_POW_MINUS_32})`;
}
