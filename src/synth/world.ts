// The synthetic world: names of bodies for a locality, and a stable pool of officials per locality
// and congress term, so the same official recurs across articles with the same titles.
import { Rng } from "./prng.js";
import type { LocalityRec, SynthData } from "./data.js";
import type { Gender } from "./truth.js";

export interface OrgRef {
  /** Canonical name (NFC, modern tone marks, no abbreviation), as the extractor should name it. */
  name: string;
  kind: string;
  /** Written out with its locality. */
  full: string[];
  /** Bare forms that rely on the article's locality ("Tỉnh ủy", "UBND tỉnh"). */
  bare: string[];
  /** Locality the body serves, if any. */
  locality: LocalityRec | null;
}

export interface PositionRef {
  title: string;
  org: OrgRef;
  /** Words before the body in the written title ("Trưởng" + "Ban Tuyên giáo Tỉnh ủy"). */
  head: string;
  /** A title that names its body on its own ("Ủy viên Trung ương Đảng"). */
  fixed?: string;
}

export interface Official {
  id: string;
  name: string;
  gender: Exclude<Gender, null>;
  positions: PositionRef[];
}

/** Congress terms as windows of local leadership (the last one starts with the 2025 reform). */
const TERM_STARTS = ["2010-01-01", "2015-10-01", "2020-10-01", "2025-07-01"];

export function termIndex(date: string): number {
  let t = 0;
  for (let i = 0; i < TERM_STARTS.length; i++) if (date >= (TERM_STARTS[i] as string)) t = i;
  return t;
}

/** "Thành phố Hồ Chí Minh" keeps its prefix: the bare name would read as the person. */
export function placeName(l: LocalityRec): string {
  return l.name;
}

export function levelWord(l: LocalityRec): string {
  switch (l.level) {
    case "PROVINCE":
      return "tỉnh";
    case "MUNICIPALITY":
    case "CITY":
      return "thành phố";
    case "TOWN":
      return "thị xã";
    default:
      return l.aliases.some((a) => a.startsWith("quận ")) ? "quận" : "huyện";
  }
}

export function committeeWord(l: LocalityRec): string {
  switch (l.level) {
    case "PROVINCE":
      return "Tỉnh ủy";
    case "MUNICIPALITY":
    case "CITY":
      return "Thành ủy";
    case "TOWN":
      return "Thị ủy";
    default:
      return levelWord(l) === "quận" ? "Quận ủy" : "Huyện ủy";
  }
}

/** "tỉnh Đồng Tháp", "thành phố Cần Thơ"; "Thành phố Hồ Chí Minh" already carries its level word. */
export function withLevel(l: LocalityRec): string {
  return /^thành phố /i.test(l.name) ? l.name : `${levelWord(l)} ${l.name}`;
}

function shortLevel(l: LocalityRec): string {
  // The press writes "TP Cần Thơ" as often as "thành phố Cần Thơ".
  return /^thành phố /i.test(l.name) ? l.name.replace(/^thành phố /i, "TP ") : levelWord(l) === "thành phố" ? `TP ${l.name}` : withLevel(l);
}

export class Bodies {
  private cache = new Map<string, OrgRef>();

  constructor(private data: SynthData) {}

  private memo(key: string, make: () => OrgRef): OrgRef {
    let o = this.cache.get(key);
    if (!o) {
      o = make();
      this.cache.set(key, o);
    }
    return o;
  }

  committee(l: LocalityRec): OrgRef {
    return this.memo(`c:${l.id}`, () => {
      const w = committeeWord(l);
      const name = `${w} ${placeName(l)}`;
      const full = [name];
      if (/^thành phố /i.test(l.name)) full.push(`${w} ${l.name.replace(/^thành phố /i, "TP ")}`);
      return { name, kind: "PARTY_COMMITTEE", full, bare: [w], locality: l };
    });
  }

  standing(l: LocalityRec): OrgRef {
    return this.memo(`btv:${l.id}`, () => {
      const c = this.committee(l);
      return {
        name: `Ban Thường vụ ${c.name}`,
        kind: "STANDING_COMMITTEE",
        full: c.full.map((f) => `Ban Thường vụ ${f}`),
        bare: [`Ban Thường vụ ${c.bare[0]}`],
        locality: l,
      };
    });
  }

  permanent(l: LocalityRec): OrgRef {
    return this.memo(`tt:${l.id}`, () => {
      const c = this.committee(l);
      return {
        name: `Thường trực ${c.name}`,
        kind: "STANDING_COMMITTEE",
        full: c.full.map((f) => `Thường trực ${f}`),
        bare: [`Thường trực ${c.bare[0]}`],
        locality: l,
      };
    });
  }

  board(l: LocalityRec, boardName: string, kind = "PARTY_BOARD"): OrgRef {
    return this.memo(`b:${boardName}:${l.id}`, () => {
      const c = this.committee(l);
      return {
        name: `${boardName} ${c.name}`,
        kind,
        full: c.full.map((f) => `${boardName} ${f}`),
        bare: [`${boardName} ${c.bare[0]}`],
        locality: l,
      };
    });
  }

  government(l: LocalityRec): OrgRef {
    return this.memo(`ubnd:${l.id}`, () => ({
      name: `Ủy ban nhân dân ${withLevel(l)}`,
      kind: "GOVERNMENT",
      full: [`Ủy ban nhân dân ${withLevel(l)}`, `UBND ${withLevel(l)}`, `UBND ${shortLevel(l)}`],
      bare: [`UBND ${levelWord(l)}`, `Ủy ban nhân dân ${levelWord(l)}`],
      locality: l,
    }));
  }

  front(l: LocalityRec): OrgRef {
    return this.memo(`mttq:${l.id}`, () => ({
      name: `Ủy ban Mặt trận Tổ quốc Việt Nam ${withLevel(l)}`,
      kind: "FRONT",
      full: [`Ủy ban MTTQ ${withLevel(l)}`, `Ủy ban Mặt trận Tổ quốc ${withLevel(l)}`],
      bare: [`Ủy ban MTTQ ${levelWord(l)}`],
      locality: l,
    }));
  }

  central(id: string): OrgRef {
    return this.memo(`central:${id}`, () => {
      const name = this.data.centralNames.get(id) ?? id;
      return { name, kind: "PARTY_COMMITTEE", full: [name], bare: [name], locality: null };
    });
  }

  centralBoard(name: string): OrgRef {
    return this.memo(`cb:${name}`, () => ({ name, kind: "PARTY_BOARD", full: [name], bare: [name], locality: null }));
  }
}

/** Central boards that send working delegations, with the title of their deputies. */
export function centralBoardsOn(date: string): Array<{ name: string; deputy: string; head: string }> {
  // Early 2025 the Propaganda and Mass Mobilisation boards merged.
  const merged = date >= "2025-02-01";
  const list = [
    { name: "Ban Tổ chức Trung ương", deputy: "Phó Trưởng Ban", head: "Phó Trưởng" },
    { name: "Ủy ban Kiểm tra Trung ương", deputy: "Phó Chủ nhiệm", head: "Phó Chủ nhiệm" },
    { name: "Ban Nội chính Trung ương", deputy: "Phó Trưởng Ban", head: "Phó Trưởng" },
  ];
  if (merged) list.push({ name: "Ban Tuyên giáo và Dân vận Trung ương", deputy: "Phó Trưởng Ban", head: "Phó Trưởng" });
  else {
    list.push({ name: "Ban Tuyên giáo Trung ương", deputy: "Phó Trưởng Ban", head: "Phó Trưởng" });
    list.push({ name: "Ban Dân vận Trung ương", deputy: "Phó Trưởng Ban", head: "Phó Trưởng" });
  }
  return list;
}

export type ProvinceRole =
  | "secretary"
  | "standingDeputy"
  | "chairman"
  | "propaganda"
  | "organization"
  | "inspection"
  | "front"
  | "viceChairman";

export type DistrictRole = "secretary" | "chairman" | "propaganda";

export class World {
  readonly bodies: Bodies;
  private pools = new Map<string, Map<string, Omit<Official, "positions">>>();
  private shared: Array<{ name: string; gender: "MALE" | "FEMALE" }>;

  constructor(
    readonly data: SynthData,
    readonly seed: number,
  ) {
    this.bodies = new Bodies(data);
    // A small set of names given to officials in several provinces: identity must not merge them.
    const rng = Rng.derive(seed, "shared-names");
    this.shared = [];
    for (let i = 0; i < 40; i++) this.shared.push(this.newName(rng, rng.chance(0.8) ? "MALE" : "FEMALE"));
  }

  newName(rng: Rng, gender: "MALE" | "FEMALE"): { name: string; gender: "MALE" | "FEMALE" } {
    const lx = this.data.lexicon;
    const surname = rng.weighted(this.data.surnames, this.data.surnameWeights);
    const middle = rng.pick(gender === "MALE" ? lx.middleMale : lx.middleFemale);
    const given = rng.pick(gender === "MALE" ? lx.givenMale : lx.givenFemale);
    return { name: `${surname} ${middle} ${given}`, gender };
  }

  private pool(key: string, roles: string[]): Map<string, Omit<Official, "positions">> {
    let pool = this.pools.get(key);
    if (pool) return pool;
    pool = new Map();
    const rng = Rng.derive(this.seed, "pool", key);
    const used = new Set<string>();
    for (const role of roles) {
      let person = this.newName(rng, rng.chance(0.82) ? "MALE" : "FEMALE");
      if (rng.chance(0.08)) person = rng.pick(this.shared);
      while (used.has(person.name)) person = this.newName(rng, person.gender);
      used.add(person.name);
      pool.set(role, { id: `${key}:${role}`, name: person.name, gender: person.gender });
    }
    this.pools.set(key, pool);
    return pool;
  }

  private staff<R extends string>(key: string, roles: R[], positionsOf: (role: R) => PositionRef[]): Map<R, Official> {
    const pool = this.pool(key, roles);
    const out = new Map<R, Official>();
    for (const role of roles) out.set(role, { ...(pool.get(role) as Omit<Official, "positions">), positions: positionsOf(role) });
    return out;
  }

  province(l: LocalityRec, date: string): Map<ProvinceRole, Official> {
    const t = termIndex(date);
    const b = this.bodies;
    const c = b.committee(l);
    const propagandaBoard = date >= "2025-02-01" ? "Ban Tuyên giáo và Dân vận" : "Ban Tuyên giáo";
    const bch = b.central("org:ban-chap-hanh-trung-uong");
    const member: PositionRef = { title: "Ủy viên Ban Thường vụ", org: c, head: "Ủy viên Ban Thường vụ" };
    const key = `p:${l.id}:t${t}`;
    const ranks = Rng.derive(this.seed, "cc-member", key);
    const centralMember = ranks.chance(0.5);
    const roles: ProvinceRole[] = ["secretary", "standingDeputy", "chairman", "propaganda", "organization", "inspection", "front", "viceChairman"];
    return this.staff(
      key,
      roles,
      (role) => {
        switch (role) {
          case "secretary":
            return [
              ...(centralMember ? [{ title: "Ủy viên Trung ương Đảng", org: bch, head: "", fixed: "Ủy viên Trung ương Đảng" }] : []),
              { title: "Bí thư", org: c, head: "Bí thư" },
            ];
          case "standingDeputy":
            return [{ title: "Phó Bí thư Thường trực", org: c, head: "Phó Bí thư Thường trực" }];
          case "chairman":
            return [
              { title: "Phó Bí thư", org: c, head: "Phó Bí thư" },
              { title: "Chủ tịch", org: b.government(l), head: "Chủ tịch" },
            ];
          case "propaganda":
            return [member, { title: "Trưởng Ban", org: b.board(l, propagandaBoard), head: "Trưởng" }];
          case "organization":
            return [member, { title: "Trưởng Ban", org: b.board(l, "Ban Tổ chức"), head: "Trưởng" }];
          case "inspection":
            return [member, { title: "Chủ nhiệm", org: b.board(l, "Ủy ban Kiểm tra"), head: "Chủ nhiệm" }];
          case "front":
            return [{ title: "Chủ tịch", org: b.front(l), head: "Chủ tịch" }];
          default:
            return [{ title: "Phó Chủ tịch", org: b.government(l), head: "Phó Chủ tịch" }];
        }
      },
    );
  }

  district(l: LocalityRec, date: string): Map<DistrictRole, Official> {
    const t = termIndex(date);
    const b = this.bodies;
    const c = b.committee(l);
    const roles: DistrictRole[] = ["secretary", "chairman", "propaganda"];
    return this.staff(`d:${l.id}:t${t}`, roles, (role) => {
      switch (role) {
        case "secretary":
          return [{ title: "Bí thư", org: c, head: "Bí thư" }];
        case "chairman":
          return [
            { title: "Phó Bí thư", org: c, head: "Phó Bí thư" },
            { title: "Chủ tịch", org: b.government(l), head: "Chủ tịch" },
          ];
        default:
          return [
            { title: "Ủy viên Ban Thường vụ", org: c, head: "Ủy viên Ban Thường vụ" },
            { title: "Trưởng Ban", org: b.board(l, "Ban Tuyên giáo"), head: "Trưởng" },
          ];
      }
    });
  }

  /** Deputies of a central board who lead working delegations (three per board and term). */
  centralDeputy(boardName: string, deputyTitle: string, head: string, date: string, which: number): Official {
    const t = termIndex(date);
    const org = this.bodies.centralBoard(boardName);
    const bch = this.bodies.central("org:ban-chap-hanh-trung-uong");
    const pool = this.staff(`c:${boardName}:t${t}`, ["d0", "d1", "d2"], (role) => [
      ...(role === "d0" ? [{ title: "Ủy viên Trung ương Đảng", org: bch, head: "", fixed: "Ủy viên Trung ương Đảng" }] : []),
      { title: deputyTitle, org, head },
    ]);
    return pool.get(((["d0", "d1", "d2"] as const)[which % 3]) ?? "d0") as Official;
  }
}
