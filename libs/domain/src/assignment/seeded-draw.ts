/**
 * 随机抽取: a drawing by lot that anyone holding the seed can repeat. A 32-bit seed drives a small
 * deterministic generator (xorshift32 over a Weyl sequence), so the same seed always orders the same
 * pool the same way; the seed is what the audit trail keeps.
 */
export const MAX_DRAW_SEED = 0xffffffff;

/** A generator of floats in [0, 1) from a seed (an integer 0 … 2^32 − 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  let weyl = 0;
  return () => {
    weyl = (weyl + 0x9e3779b9) >>> 0;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return ((state + weyl) >>> 0) / 2 ** 32;
  };
}

/** The items in the order the lot gives them (Fisher–Yates); the input is not changed. */
export function drawOrder<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const drawn = [...items];
  for (let i = drawn.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [drawn[i], drawn[j]] = [drawn[j], drawn[i]];
  }
  return drawn;
}
