/** A record of one file: the file's name and the record's id in it. */
export interface RecordRef {
  readonly file: string;
  readonly id: string;
}

/** A link found between two records of two files. */
export interface Link {
  readonly a: RecordRef;
  readonly b: RecordRef;
}

/** The records of several files that describe one person. */
export type Cluster = RecordRef[];

/**
 * Groups pairwise links across more than two files into people (connected components, by
 * union-find). When `oneRecordPerFile` is set (the default), a link that would put two records of
 * the same file in one person is refused, links being taken in the order given, so pass the most
 * confident first: this keeps a chain of weak links from merging two people.
 */
export function clusterLinks(
  links: readonly Link[],
  options: { oneRecordPerFile?: boolean } = {},
): Cluster[] {
  const oneRecordPerFile = options.oneRecordPerFile ?? true;
  const index = new Map<string, number>();
  const records: RecordRef[] = [];
  const parent: number[] = [];
  const files: Set<string>[] = [];
  const idOf = (ref: RecordRef): number => {
    const key = `${ref.file}\u0000${ref.id}`;
    let id = index.get(key);
    if (id === undefined) {
      id = records.length;
      index.set(key, id);
      records.push(ref);
      parent.push(id);
      files.push(new Set([ref.file]));
    }
    return id;
  };
  const root = (id: number): number => {
    let node = id;
    while (parent[node] !== node) {
      const up = parent[node] ?? node;
      parent[node] = parent[up] ?? up;
      node = up;
    }
    return node;
  };
  for (const { a, b } of links) {
    const ra = root(idOf(a));
    const rb = root(idOf(b));
    if (ra === rb) continue;
    const filesA = files[ra] ?? new Set<string>();
    const filesB = files[rb] ?? new Set<string>();
    if (oneRecordPerFile && [...filesB].some((file) => filesA.has(file))) continue;
    const [big, small] = filesA.size >= filesB.size ? [ra, rb] : [rb, ra];
    parent[small] = big;
    for (const file of files[small] ?? []) files[big]?.add(file);
  }
  const clusters = new Map<number, Cluster>();
  records.forEach((ref, id) => {
    const top = root(id);
    const cluster = clusters.get(top) ?? [];
    cluster.push(ref);
    clusters.set(top, cluster);
  });
  return [...clusters.values()];
}
