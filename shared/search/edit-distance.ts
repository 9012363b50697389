/**
 * Levenshtein distance between a and b if it is at most `max`, else null. Plain Levenshtein
 * (a swap of two letters costs 2), the measure MiniSearch's fuzzyGet finds candidates by, so a
 * word the index offers as a typo is also judged one here.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | null {
  if (Math.abs(a.length - b.length) > max) return null;
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum: stop as soon as it is out of reach.
    if (rowMin > max) return null;
    previous = current;
  }
  const distance = previous[b.length]!;
  return distance <= max ? distance : null;
}
