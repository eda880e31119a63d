import * as pulumi from "@pulumi/pulumi";
import fc from "fast-check";

/** An object that contains itself. */
function circular(): Record<string, unknown> {
  const o: Record<string, unknown> = { name: "loop" };
  o.self = o;
  return o;
}

/** An object nested `depth` levels deep (deep enough to overflow a naive recursive printer). */
function deep(depth: number): Record<string, unknown> {
  let o: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) o = { inner: o };
  return o;
}

/** An object without a prototype, holding `fields`. */
function bare(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, fields);
}

/** Strings people paste by mistake: controls, look-alikes, right-to-left marks, emoji, lone surrogates. */
const NASTY_STRINGS = [
  "",
  " ",
  "\t",
  "\u0000",
  "\n",
  "undefined",
  "null",
  "NaN",
  "[object Object]",
  "\u0410msterdam",
  "Amsterdam\u200b",
  "\u202eAmsterdam",
  "\ud83d\ude80",
  "\ud800",
  "../../etc/passwd",
  "${jndi:x}",
  "'; DROP TABLE circuits; --",
  "10.0.0.0/29 ",
  " 10.0.0.0/29",
  "10.0.0.0/29\n",
  "::/0",
  "0.0.0.0/0",
  "255.255.255.255/32",
  "1e3",
  "0x10",
];

/**
 * Values a JavaScript program can pass where the TypeScript declarations forbid them: wrong types, NaN and
 * infinities, BigInt, symbols, functions, objects without a prototype, circular and very deep objects, huge
 * strings and lists, unicode, and Outputs and Promises (of strings, and unknown at preview).
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    -1,
    0.5,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    true,
    false,
    10n,
    -(2n ** 80n),
    ...NASTY_STRINGS,
  ),
  fc.constant(null).map(() => Symbol("hostile")),
  fc.constant(null).map(() => () => "a function"),
  fc.constant(null).map(() => circular()),
  fc.constant(null).map(() => [circular()]),
  fc.constant(null).map(() => deep(20000)),
  fc.constant(null).map(() => bare({ peerAsn: 65010, vlanId: 100, peerAddressPrefix: "10.9.0.0/29" })),
  fc.constant(null).map(() => new Date(0)),
  fc.constant(null).map(() => new Map([["a", 1]])),
  fc.constant(null).map(() => /regex/),
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => "A".repeat(n)),
  fc.integer({ min: 1_000, max: 50_000 }).map((n) => Array.from({ length: n }, (_, i) => `x${i}`)),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), {
    maxKeys: 3,
  }),
  fc.constant(null).map(() => pulumi.output(pulumi.unknown)),
  fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => pulumi.output(s)),
  fc.string({ maxLength: 20 }).map((s) => Promise.resolve(s)),
);
