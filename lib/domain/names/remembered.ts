/**
 * A name check compares one proposal with hundreds of existing names, most of which the next
 * check meets again; normalisation, pinyin and segmentation are pure, so their results are
 * kept (bounded: a full cache is simply emptied).
 */
const CACHE_LIMIT = 50_000;

/** The value cached under `key`, computed and kept on a miss. */
export function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = compute();
  cache.set(key, value);
  return value;
}
