/**
 * Makes an element's on-demand part fail to load, as a dropped connection or a chunk removed by a deploy
 * would (`import()` rejects with a TypeError), for the next `times` loads; restored after each test.
 * Elements keep their part loaders in `static loaders` for this.
 */
type Loaders = Record<string, () => Promise<unknown>>;

const restores: Array<() => void> = [];

export function failToLoad(loaders: Loaders, name: string, times = 1): { attempts: () => number } {
  const original = loaders[name]!;
  let attempts = 0;
  loaders[name] = () => {
    attempts += 1;
    if (attempts <= times) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    return original();
  };
  restores.push(() => (loaders[name] = original));
  return { attempts: () => attempts };
}

afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});
