/**
 * `derive` worked out once per object (a list of meetings, say) and kept while the object lives: views re-render on
 * every keystroke, and what they derive from a 20,000-meeting list should not be derived again each time.
 */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, derive(key));
    return cache.get(key)!;
  };
}
