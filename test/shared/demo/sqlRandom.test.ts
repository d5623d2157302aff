import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highUniform, lowUniform, streamConstant, streamHash, uniformFromKey } from '../../../shared/demo/sqlRandom';

test('random streams get distinct 64-bit constants', () => {
  const constants = Array.from({ length: 200 }, (_, stream) => streamConstant(stream + 1));
  assert.equal(new Set(constants).size, constants.length);
  for (const constant of constants) assert.ok(BigInt(constant) < 1n << 64n);
  // Reference value: splitmix64's first output from state 0 is 0xE220A8397B1DCDAF (Vigna's splitmix64.c).
  assert.equal(BigInt(streamConstant(1)), 0xe220a8397b1dcdafn);
});

test('uniform expressions hash the row key with the stream constant and scale into [0, 1)', () => {
  assert.equal(streamHash('"key"', 1), 'hash(xor("key", 16294208416658607535::UBIGINT))');
  assert.match(uniformFromKey(1), /^\(\(hash\(xor\("key", 16294208416658607535::UBIGINT\)\) >> 11\)::DOUBLE \* 1\.1102230246251565e-16\)$/);
  assert.match(highUniform('h_a'), /\("h_a" >> 32\)::DOUBLE \* 2\.3283064365386963e-10/);
  assert.match(lowUniform('h_a'), /\("h_a" & 4294967295::UBIGINT\)::DOUBLE \* 2\.3283064365386963e-10/);
});
