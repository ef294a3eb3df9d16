// What a write changed, summed from Neo4j's query counters.

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export function emptyCounters(): WriteCounters {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
}

export function addCounters(acc: WriteCounters, add: Partial<WriteCounters>): WriteCounters {
  acc.nodesCreated += add.nodesCreated ?? 0;
  acc.nodesDeleted += add.nodesDeleted ?? 0;
  acc.relationshipsCreated += add.relationshipsCreated ?? 0;
  acc.relationshipsDeleted += add.relationshipsDeleted ?? 0;
  acc.propertiesSet += add.propertiesSet ?? 0;
  return acc;
}
