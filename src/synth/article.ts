// One synthetic article and its ground truth, drawn from the world with a per-article PRNG stream
// (article i depends only on the seed and i, so corpora of different sizes share their prefixes).
import { Rng } from "./prng.js";
import { validOn, type DocumentRec, type LocalityRec, type SynthData } from "./data.js";
import { DocumentForms } from "./documents.js";
import { centralBoardsOn, committeeWord, withLevel, World, type Official, type OrgRef } from "./world.js";
import type { Truth, TruthPerson } from "./truth.js";

export interface SynthArticle {
  id: string;
  text: string;
  truth: Truth;
}

export const FIRST_DATE = "2010-01-01";
export const LAST_DATE = "2026-06-30";
const EVENT_TYPES = ["CONFERENCE", "WORKING_SESSION", "THEMATIC_MEETING", "CEREMONY"] as const;
type EventType = (typeof EVENT_TYPES)[number] | "INSPECTION";
const ROLE_RANK = ["CHAIRED", "LED_DELEGATION", "REPORTED", "SPOKE", "AWARDED", "ATTENDED", "OTHER"];

const DAY_MS = 86_400_000;
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function dm(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}
function dmy(iso: string): string {
  return `${dm(iso)}/${iso.slice(0, 4)}`;
}
function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Old-style tone placement ("Uỷ ban", "khoá", "Hoà"), as many provincial sites still print. */
export function oldToneMarks(s: string): string {
  return s
    .replace(/ủy/g, "uỷ")
    .replace(/Ủy/g, "Uỷ")
    .replace(/óa/g, "oá")
    .replace(/òa/g, "oà")
    .replace(/Hòa/g, "Hoà")
    .replace(/ỏa/g, "oả")
    .replace(/ủy/g, "uỷ")
    .replace(/ùy/g, "uỳ")
    .replace(/úy/g, "uý");
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Like fill, but a value is only produced when its placeholder is used: producers record truth. */
function fillLazy(template: string, values: Record<string, string | (() => string)>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = values[k];
    return v === undefined ? m : typeof v === "function" ? v() : v;
  });
}

/** Collects the truth while the text is written, so every recorded entity has a surface form. */
class TruthBuilder {
  persons = new Map<string, TruthPerson>();
  orgs = new Map<string, { name: string; kind: string; surfaceForms: Set<string> }>();
  localities = new Map<string, { id: string; name: string; level: string; surfaceForms: Set<string> }>();
  documents = new Map<string, { key: string; id: string; surfaceForms: Set<string> }>();
  positions = new Map<string, { person: string; personId: string; title: string; organization: string }>();
  participations = new Map<string, string>();
  implementations = new Set<string>();

  org(o: OrgRef, form: string): void {
    const cur = this.orgs.get(o.name) ?? { name: o.name, kind: o.kind, surfaceForms: new Set<string>() };
    cur.surfaceForms.add(form);
    this.orgs.set(o.name, cur);
  }

  locality(l: LocalityRec, form: string): void {
    const cur = this.localities.get(l.id) ?? { id: l.id, name: l.name, level: l.level, surfaceForms: new Set<string>() };
    cur.surfaceForms.add(form);
    this.localities.set(l.id, cur);
  }

  doc(key: string, id: string, form: string): void {
    const cur = this.documents.get(id) ?? { key, id, surfaceForms: new Set<string>() };
    cur.surfaceForms.add(form);
    this.documents.set(id, cur);
  }

  participate(person: string, role: string): void {
    const cur = this.participations.get(person);
    if (cur === undefined || ROLE_RANK.indexOf(role) < ROLE_RANK.indexOf(cur)) this.participations.set(person, role);
  }
}

export class ArticleGenerator {
  readonly world: World;
  private forms: DocumentForms;
  private firstMs = Date.parse(`${FIRST_DATE}T00:00:00Z`);
  private spanDays = Math.round((Date.parse(`${LAST_DATE}T00:00:00Z`) - Date.parse(`${FIRST_DATE}T00:00:00Z`)) / DAY_MS);

  constructor(
    readonly data: SynthData,
    readonly seed: number,
  ) {
    this.world = new World(data, seed);
    this.forms = new DocumentForms(data);
  }

  generate(index: number): SynthArticle {
    const id = `synth-${String(index).padStart(6, "0")}`;
    const rng = Rng.derive(this.seed, "article", index);
    return new Writer(this, rng, id).write();
  }

  pickDate(rng: Rng): string {
    return isoDay(this.firstMs + rng.int(0, this.spanDays) * DAY_MS);
  }

  documentsFor(date: string): DocumentRec[] {
    const year = Number(date.slice(0, 4));
    const cutoff = isoDay(Date.parse(`${date}T00:00:00Z`) - 20 * DAY_MS);
    const all = this.data.documents.filter((d) => DocumentForms.availableFrom(d) <= cutoff);
    const recent = all.filter((d) => (d.year ?? 0) >= year - 8);
    return recent.length >= 3 ? recent : all;
  }

  docForms(): DocumentForms {
    return this.forms;
  }
}

class Writer {
  private t = new TruthBuilder();
  private data: SynthData;
  private world: World;
  private introduced = new Set<string>();
  private fullDone = new Set<string>();
  private lx;

  constructor(
    private gen: ArticleGenerator,
    private rng: Rng,
    private id: string,
  ) {
    this.data = gen.data;
    this.world = gen.world;
    this.lx = gen.data.lexicon;
  }

  private nums(): Record<string, string> {
    const r = this.rng;
    const n3 = r.int(20, 400);
    return {
      n1: String(r.int(85, 100)),
      n2: String(n3 - r.int(0, 5)),
      n3: String(n3),
      n4: String(r.int(12, 260)),
      n5: String(r.int(20, 900)),
      // Vietnamese groups thousands with dots: 53.000.
      n6: `${r.int(3, 90)}.000`,
    };
  }

  /** A body's name as written: in full on its first mention (or when it is not the article's own). */
  private orgText(o: OrgRef, home: LocalityRec): string {
    // Bare forms ("Tỉnh ủy", "UBND tỉnh") once the body's locality has been written out.
    // Not when the home unit uses the same word (Thành ủy of a city inside a municipality).
    const useBare =
      o.locality !== null &&
      this.fullDone.has(o.locality.id) &&
      (o.locality.id === home.id || committeeWord(o.locality) !== committeeWord(home)) &&
      this.rng.chance(0.55);
    const form = useBare ? this.rng.pick(o.bare) : this.rng.pick(o.full);
    this.t.org(o, form);
    if (!useBare) {
      this.fullDone.add(`org:${o.name}`);
      if (o.locality) {
        this.t.locality(o.locality, o.locality.name);
        this.fullDone.add(o.locality.id);
      }
    }
    return form;
  }

  /** "Nguyễn Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy" on first mention. */
  private person(p: Official, home: LocalityRec): string {
    if (this.introduced.has(p.id)) return p.name;
    this.introduced.add(p.id);
    this.t.persons.set(p.id, { name: p.name, gender: null, official: true, id: p.id });
    const titles = p.positions.map((pos) => {
      this.t.positions.set(`${p.id}|${pos.title}|${pos.org.name}`, {
        person: p.name,
        personId: p.id,
        title: pos.title,
        organization: pos.org.name,
      });
      if (pos.fixed) {
        this.t.org(pos.org, pos.fixed);
        return pos.fixed;
      }
      return `${pos.head} ${this.orgText(pos.org, home)}`;
    });
    const sep = this.rng.pick([", ", " – ", ", "]);
    return `${p.name}${sep}${titles.join(", ")}`;
  }

  private docText(d: DocumentRec, withTitle: boolean): string {
    const forms = this.gen.docForms();
    const f = forms.forms(d, this.rng)[0];
    const text = f ? f.text : forms.key(d);
    this.t.doc(forms.key(d), d.id, text);
    if (f?.issuerId) this.t.org(this.world.bodies.central(f.issuerId), this.data.centralNames.get(f.issuerId) ?? f.issuerId);
    const title = withTitle ? forms.titleClause(d) : null;
    return title ? `${text} ${title}` : text;
  }

  write(): { id: string; text: string; truth: Truth } {
    const rng = this.rng;
    const lx = this.lx;
    let eventType: EventType = rng.weighted(EVENT_TYPES, [0.4, 0.2, 0.2, 0.2]);
    // A delegation that inspects rather than works with the host reports an inspection.
    if (eventType === "WORKING_SESSION" && rng.chance(0.3)) eventType = "INSPECTION";
    let date = this.gen.pickDate(rng);
    let docs = this.gen.documentsFor(date);
    while (docs.length === 0) {
      date = this.gen.pickDate(rng);
      docs = this.gen.documentsFor(date);
    }
    const provinces = this.data.provinces.filter((p) => validOn(p, date));
    const province = rng.pick(provinces);
    const districts = (this.data.districtsOf.get(province.id) ?? []).filter((d) => validOn(d, date));
    const district = eventType !== "WORKING_SESSION" && eventType !== "INSPECTION" && districts.length > 0 && rng.chance(0.4) ? rng.pick(districts) : null;
    const home = district ?? province;
    const pStaff = this.world.province(province, date);
    const dStaff = district ? this.world.district(district, date) : null;
    const homeSecretary = (dStaff?.get("secretary") ?? pStaff.get("secretary")) as Official;
    const homeChair = (dStaff?.get("chairman") ?? pStaff.get("chairman")) as Official;
    const homePropaganda = (dStaff?.get("propaganda") ?? pStaff.get("propaganda")) as Official;
    const committee = this.world.bodies.committee(home);
    const mainDoc = rng.pick(docs);
    const otherDocs = docs.filter((d) => d.id !== mainDoc.id);
    const secondDoc = otherDocs.length > 0 && rng.chance(0.45) ? rng.pick(otherDocs) : null;

    // Publication: the event's day or the next; the year is left out of the event date only when it
    // cannot differ from the publication's.
    const published = rng.chance(0.6) || date.endsWith("-12-31") ? date : isoDay(Date.parse(`${date}T00:00:00Z`) + DAY_MS);
    const yearless = published.slice(0, 4) === date.slice(0, 4) && rng.chance(0.5);
    const when = `${rng.pick(lx.timeOfDay)} ${yearless ? dm(date) : dmy(date)}`;
    const hh = rng.int(6, 21);
    const mi = rng.int(0, 59);
    const ss = rng.int(0, 59);

    const elapsedYears = Number(date.slice(0, 4)) - Number(DocumentForms.availableFrom(mainDoc).slice(0, 4));
    const years = [10, 5, 3, 1].find((y) => y <= elapsedYears) ?? 0;
    const verbChoices = (list: string[]): string[] => (years === 0 ? list.filter((v) => !v.includes("{years}")) : list);
    const values = (extra: Record<string, string>): Record<string, string> => ({ years: String(years), ...this.nums(), ...extra });

    const eventNoun = lx.eventNouns[eventType] ?? "hội nghị";
    const holiday = rng.pick(lx.holidays);
    const badgeYears = String(rng.pick([30, 40, 45, 50, 55, 60, 65, 70, 75]));
    const paragraphs: string[] = [];
    const eventId = "e1";
    let organizer: OrgRef | null = null;
    const concerns: DocumentRec[] = [mainDoc];
    const participants: Array<{ p: Official; role: string; line: string }> = [];

    // Lead: organizer, event and main document. The headline is composed afterwards but printed first.
    const leadDoc = (): string => this.docText(mainDoc, rng.chance(0.5));
    let centralBoard: OrgRef | null = null;
    if (eventType === "CONFERENCE") {
      organizer = rng.chance(0.7) ? committee : this.world.bodies.standing(home);
      const org = organizer;
      const venue = (): string =>
        fillLazy(rng.pick(lx.venues), {
          committeeShort: () => this.orgText(committee, home),
          localityLevel: () => {
            this.t.locality(home, home.name);
            return withLevel(home);
          },
        });
      paragraphs.push(
        fillLazy(rng.pick(lx.conferenceLeads), {
          ...values({}),
          when,
          organizer: () => this.orgText(org, home),
          venue,
          doc: leadDoc,
          verbPhrase: fill(rng.pick(verbChoices(lx.verbPhrase)), values({})),
        }),
      );
      participants.push({ p: homeSecretary, role: "CHAIRED", line: rng.pick(lx.chairLines) });
      participants.push({ p: homePropaganda, role: "REPORTED", line: rng.pick(lx.reportLines) });
      if (district) participants.push({ p: pStaff.get(rng.pick(["standingDeputy", "propaganda", "organization"] as const)) as Official, role: "SPOKE", line: rng.pick(lx.speakLines.slice(0, 2)) });
      else if (rng.chance(0.5)) participants.push({ p: homeChair, role: "ATTENDED", line: rng.pick(lx.attendLines) });
    } else if (eventType === "WORKING_SESSION" || eventType === "INSPECTION") {
      const boards = centralBoardsOn(date);
      const board = rng.pick(boards);
      centralBoard = this.world.bodies.centralBoard(board.name);
      const leader = this.world.centralDeputy(board.name, board.deputy, board.head, date, rng.int(0, 2));
      const host = this.world.bodies.standing(province);
      const cbo = centralBoard;
      paragraphs.push(
        fillLazy(rng.pick(eventType === "INSPECTION" ? lx.inspectionLeads : lx.workingLeads), {
          when,
          centralBody: () => this.orgText(cbo, home),
          leader: () => this.person(leader, home),
          host: () => this.orgText(host, home),
          doc: leadDoc,
        }),
      );
      this.t.participate(leader.name, "LED_DELEGATION");
      participants.push({ p: pStaff.get("standingDeputy") as Official, role: "REPORTED", line: rng.pick(lx.reportLines) });
      participants.push({ p: pStaff.get("secretary") as Official, role: "ATTENDED", line: rng.pick(lx.attendLines) });
      participants.push({ p: leader, role: "LED_DELEGATION", line: lx.speakLines[2] as string });
      this.t.implementations.add(`${host.name}|${mainDoc.id}`);
    } else if (eventType === "THEMATIC_MEETING") {
      organizer = rng.pick([committee, this.world.bodies.permanent(home), this.world.bodies.standing(home)]);
      const org = organizer;
      paragraphs.push(fillLazy(rng.pick(lx.thematicLeads), { when, organizer: () => this.orgText(org, home), doc: leadDoc }));
      participants.push({ p: homeSecretary, role: "CHAIRED", line: rng.pick(lx.chairLines) });
      participants.push({ p: homePropaganda, role: "REPORTED", line: rng.pick(lx.reportLines) });
      participants.push({ p: homeChair, role: "SPOKE", line: lx.speakLines[3] as string });
    } else {
      organizer = committee;
      const org = organizer;
      paragraphs.push(
        fillLazy(rng.pick(lx.ceremonyLeads), {
          when,
          organizer: () => this.orgText(org, home),
          holiday,
          years: badgeYears,
        }),
      );
      participants.push({ p: homeSecretary, role: "AWARDED", line: lx.awardLines[rng.int(0, lx.awardLines.length - 1)] as string });
      participants.push({ p: homeChair, role: "ATTENDED", line: rng.pick(lx.attendLines) });
      concerns.length = 0;
    }
    // The standing office (Thường trực) convenes; the committee is the one that implements (gold convention).
    if (organizer && eventType !== "CEREMONY") {
      const implementer = organizer.name.startsWith("Thường trực ") ? committee : organizer;
      this.t.implementations.add(`${implementer.name}|${mainDoc.id}`);
      // The committee's name is written inside the office's ("Thường trực Huyện ủy X").
      if (implementer !== organizer) for (const f of this.t.orgs.get(organizer.name)?.surfaceForms ?? []) this.t.org(committee, f.replace(/^Thường trực /, ""));
    }

    // Who took part, each introduced with titles on first mention. Two officials sharing a name
    // never meet in one article: the gold format keys persons by name.
    const partLines: string[] = [];
    const names = new Map<string, string>();
    for (const x of [...participants].sort((a, b) => Number(b.role === "LED_DELEGATION") - Number(a.role === "LED_DELEGATION"))) if (!names.has(x.p.name)) names.set(x.p.name, x.p.id);
    for (const { p, role, line } of participants) {
      if (names.get(p.name) !== p.id) continue;
      let text = fillLazy(line, {
        ...values({}),
        eventNoun,
        person: () => this.person(p, home),
        result: fill(rng.pick(lx.results), this.nums()),
        speechVerb: rng.pick(lx.speechVerbs),
        speech: rng.pick(lx.speeches),
      });
      if (text.includes(" ông ")) {
        if (p.gender === "FEMALE") text = text.replace(" ông ", " bà ");
        const tp = this.t.persons.get(p.id);
        if (tp) tp.gender = p.gender;
      }
      partLines.push(text);
      this.t.participate(p.name, role);
    }

    // Caption with a photo credit.
    let photographer: string | null = null;
    const credit = rng.chance(0.5) ? rng.pick(lx.penNames) : rng.pick(lx.anonymousCredits);
    if (lx.penNames.includes(credit)) photographer = credit;
    // Only a speaker may be shown "phát biểu": the caption must not give anyone a stronger role.
    const speaker = participants.find((x) => ROLE_RANK.indexOf(x.role) <= ROLE_RANK.indexOf("SPOKE"));
    const captions = speaker ? lx.captions : lx.captions.filter((c) => !c.includes("{person}"));
    const caption = `${fill(rng.pick(captions), { person: speaker?.p.name ?? "", eventNoun })} (Ảnh: ${credit})`;

    // Body: results, the second document, implementation, speech, fillers up to the target size.
    const body: string[] = [];
    const fillers = rng.sample(lx.fillers, lx.fillers.length);
    let fi = 0;
    const nextFiller = (): string => fillers[fi++ % fillers.length] as string;
    if (secondDoc) {
      const implementer = rng.chance(0.5) ? committee : this.world.bodies.standing(home);
      const line = fillLazy(rng.pick(lx.implementationLines), {
        implementer: () => this.orgText(implementer, home),
        doc: () => this.docText(secondDoc, false),
      });
      body.push(`${line} ${nextFiller()}`);
      this.t.implementations.add(`${implementer.name}|${secondDoc.id}`);
      if (eventType !== "CEREMONY" && rng.chance(0.5)) concerns.push(secondDoc);
    }
    if (eventType === "CEREMONY") {
      const line = fillLazy(rng.pick(lx.implementationLines), {
        implementer: () => this.orgText(committee, home),
        doc: () => this.docText(mainDoc, false),
      });
      body.push(`${line} ${nextFiller()}`);
      this.t.implementations.add(`${committee.name}|${mainDoc.id}`);
    }

    const headline = this.headline(eventType, committee, home, mainDoc, centralBoard, values, holiday, badgeYears);

    const target = rng.int(5200, 9400);
    const author = rng.pick(lx.penNames.filter((n) => n !== photographer));
    const assemble = (): string => {
      const lines: string[] = [];
      if (rng.chance(0.3)) lines.push("Xây dựng Đảng", "");
      lines.push(headline, "", this.dateline(published, hh, mi, ss), "");
      const agency = rng.chance(0.25) ? `${rng.pick(lx.agencies)} - ` : "";
      lines.push(`${agency}${paragraphs.join(" ")} ${partLines[0] ?? ""}`.trim(), "");
      lines.push(caption, "");
      for (const l of partLines.slice(1)) lines.push(l, "");
      for (const b of body) lines.push(b, "");
      return lines.join("\n");
    };
    let text = `${assemble()}\n`;
    const tail: string[] = [];
    const enc = new TextEncoder();
    while (enc.encode(text).length + enc.encode(tail.join("\n\n")).length < target) {
      const para = [nextFiller(), nextFiller(), rng.chance(0.4) ? fill(rng.pick(lx.results), this.nums()).replace(/^./, (c) => c.toUpperCase()) : nextFiller()].join(" ");
      tail.push(para);
      if (tail.length > 30) break;
    }
    text += tail.join("\n\n");
    text += `\n\n${author}${rng.chance(0.15) ? ` (${rng.pick(lx.agencies)})` : ""}\n\n`;
    text += this.footer();
    this.t.persons.set(`author:${author}`, { name: author, gender: null, official: false, role: "AUTHOR", id: `author:${author}` });
    if (photographer) this.t.persons.set(`photo:${photographer}`, { name: photographer, gender: null, official: false, role: "PHOTOGRAPHER", id: `photo:${photographer}` });

    // "tư tưởng, đạo đức, phong cách Hồ Chí Minh" names the person (gold convention: not an official).
    if (text.includes("phong cách Hồ Chí Minh")) {
      this.t.persons.set("person:ho-chi-minh", { name: "Hồ Chí Minh", gender: null, official: false, role: "OTHER", id: "person:ho-chi-minh" });
    }
    const oldTone = rng.chance(0.15);
    if (oldTone) text = oldToneMarks(text);
    text = text.normalize("NFC");

    const forms = this.gen.docForms();
    const truth: Truth = {
      article: `${this.id}.txt`,
      id: this.id,
      publishedAt: published,
      oldToneMarks: oldTone,
      persons: [...this.t.persons.values()],
      organizations: [...this.t.orgs.values()].map((o) => ({ name: o.name, kind: o.kind, surfaceForms: [...o.surfaceForms] })),
      localities: [...this.t.localities.values()].map((l) => ({ ...l, surfaceForms: [...l.surfaceForms] })),
      documents: [...this.t.documents.values()].map((d) => ({ ...d, surfaceForms: [...d.surfaceForms] })),
      positions: [...this.t.positions.values()],
      events: [
        {
          id: eventId,
          eventType,
          date,
          organizer: organizer?.name ?? null,
          concerns: [...new Set(concerns.map((d) => forms.key(d)))],
          heldIn: home.id,
        },
      ],
      participations: [...this.t.participations.entries()].map(([person, role]) => ({ person, event: eventId, role })),
      implementations: [...this.t.implementations].map((k) => {
        const [organization, docId] = k.split("|") as [string, string];
        const d = this.data.documents.find((x) => x.id === docId) as DocumentRec;
        return { organization, document: forms.key(d) };
      }),
    };
    return { id: this.id, text, truth };
  }

  private headline(
    eventType: EventType,
    committee: OrgRef,
    home: LocalityRec,
    doc: DocumentRec,
    centralBoard: OrgRef | null,
    values: (extra: Record<string, string>) => Record<string, string>,
    holiday: string,
    badgeYears: string,
  ): string {
    const rng = this.rng;
    const lx = this.lx;
    const tpl = rng.pick(lx.headlines[eventType === "INSPECTION" ? "WORKING_SESSION" : eventType] ?? []);
    const v: Record<string, string> = {};
    if (tpl.includes("{committeeShort}")) {
      v.committeeShort = rng.pick(committee.full);
      this.t.org(committee, v.committeeShort);
    }
    if (tpl.includes("{locality}")) {
      v.locality = home.level === "PROVINCE" || home.level === "MUNICIPALITY" ? home.name : withLevel(home);
      this.t.locality(home, v.locality);
    }
    if (tpl.includes("{centralBody}") && centralBoard) {
      v.centralBody = centralBoard.name;
      this.t.org(centralBoard, centralBoard.name);
    }
    if (tpl.includes("{docShort}")) {
      v.docShort = this.docText(doc, false);
      // "Huyện ủy X quán triệt Nghị quyết …": the headline makes the committee an implementer too.
      if (v.committeeShort) this.t.implementations.add(`${committee.name}|${doc.id}`);
    }
    const vals = values({});
    const usable = (list: string[]) => list.filter((x) => !x.includes("{years}") || vals.years !== "0");
    v.verbHeadline = fill(rng.pick(usable(lx.verbHeadline)), vals);
    v.verbPhrase = fill(rng.pick(usable(lx.verbPhrase)), vals);
    v.holiday = holiday;
    if (eventType === "CEREMONY") v.years = badgeYears;
    const h = fill(tpl, v);
    return h.charAt(0).toUpperCase() + h.slice(1);
  }

  private dateline(published: string, hh: number, mi: number, ss: number): string {
    const rng = this.rng;
    const wd = this.lx.weekdays[new Date(`${published}T00:00:00Z`).getUTCDay()] as string;
    switch (rng.int(0, 3)) {
      case 0:
      case 1:
        return `Cập nhật ngày: ${dmy(published)} ${pad(hh)}:${pad(mi)}:${pad(ss)}`;
      case 2:
        return `${wd}, ${dmy(published)} - ${pad(hh)}:${pad(mi)}`;
      default:
        return `${wd}, ${dmy(published)}, ${pad(hh)}:${pad(mi)} (GMT+7)`;
    }
  }

  private footer(): string {
    const rng = this.rng;
    const lx = this.lx;
    const lines: string[] = [];
    for (const c of rng.sample(lx.siteChrome, 2)) lines.push(fill(c, this.nums()));
    const block = rng.pick(lx.footerBlocks);
    lines.push(...block);
    for (const h of rng.sample(lx.relatedHeadlines, rng.int(2, 4))) lines.push(h);
    return `${lines.join("\n")}\n`;
  }
}
