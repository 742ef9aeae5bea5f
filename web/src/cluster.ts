// Grid clustering in screen pixels: points falling in the same cell at the current zoom become one
// cluster, coloured by its most frequent type.
export interface ClusterPoint<T> {
  readonly x: number;
  readonly y: number;
  readonly type: string;
  readonly item: T;
}

export interface Cluster<T> {
  readonly x: number;
  readonly y: number;
  readonly items: readonly T[];
  readonly dominantType: string;
  readonly types: ReadonlyMap<string, number>;
}

export function gridCluster<T>(points: readonly ClusterPoint<T>[], cell: number): Cluster<T>[] {
  const cells = new Map<string, ClusterPoint<T>[]>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return [...cells.values()].map((list) => {
    const types = new Map<string, number>();
    for (const p of list) types.set(p.type, (types.get(p.type) ?? 0) + 1);
    const dominantType = [...types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    return {
      x: list.reduce((s, p) => s + p.x, 0) / list.length,
      y: list.reduce((s, p) => s + p.y, 0) / list.length,
      items: list.map((p) => p.item),
      dominantType,
      types,
    };
  });
}
