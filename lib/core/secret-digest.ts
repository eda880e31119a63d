/**
 * A short digest of a secret (FNV-1a, 64 bits), so two uses of one authorization key can be told apart from
 * two keys without the model ever holding the key. Not a cryptographic hash: it identifies, it does not protect.
 */
export function secretDigest(secret: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < secret.length; i++) {
    h ^= BigInt(secret.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, "0");
}

/** The model's identity of an authorization redeemed with this key (see `ConnectionModel.authorization`). */
export function authorizationOfKey(key: string): string {
  return `key:${secretDigest(key)}`;
}
