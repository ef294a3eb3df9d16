// What events concern (CONCERNS) and who took part in them with which role (PARTICIPATED_IN).
import type { Span } from "../types.js";
import type { Reference } from "../reference.js";
import { longest, sentenceSpan } from "../doc.js";
import type { Token } from "../tokens.js";
import type { DocMention } from "../recognize/documents.js";
import type { PersonMention } from "../recognize/persons.js";
import type { Assembly } from "./context.js";
import type { Events } from "./events.js";

function roleWeight(ref: Reference, role: string): number {
  const i = ref.rolePriority.indexOf(role);
  return i < 0 ? 99 : i;
}

/** Documents each event concerns, by event id. */
export function addConcerns(a: Assembly, ev: Events, docsInSentence: (s: number) => DocMention[], docIds: Map<DocMention, string>): Map<string, Set<string>> {
  const { doc, g, tokens, m } = a;
  const strongAnaphor = new Set([...ev.mentions.filter((x) => x.anaphoric && !x.weak).map((x) => x.sentence), ...ev.continuation]);
  const eventDocs = new Map<string, Set<string>>();
  // a clause with its own actor or a future (sẽ) speaks of later work, not of the event
  const otherActor = (tok: number): boolean => {
    const sIdx = doc.tokSentence[tok] as number;
    const s = doc.sentences[sIdx];
    if (!s) return false;
    let lo = tok;
    while (lo > s.tokStart && !/^[;:]$/.test((tokens[lo - 1] as Token).text)) lo--;
    let hi = tok;
    while (hi < s.tokEnd && !/^[;:]$/.test((tokens[hi] as Token).text)) hi++;
    for (let k = lo; k < hi; k++) if ((tokens[k] as Token).low === "sẽ") return true;
    // a body inside a speaker's title ("ông X, Phó Trưởng Ban Tuyên giáo Tỉnh ủy truyền đạt …") is no actor
    return a.bodiesInSentence(sIdx).some((r) => r.b.tokStart >= lo && r.b.tokStart < hi && r.o.level !== "CENTRAL" && !m.inDoc[r.b.tokStart] && !m.inChain[r.b.tokStart]);
  };
  for (const e of ev.events) {
    const set = new Set<string>();
    const headsBySentence = new Map<number, typeof e.heads>();
    for (const h of e.heads) {
      if (h.zone === "caption") continue;
      const s = doc.tokSentence[h.tokStart] as number;
      const l = headsBySentence.get(s);
      if (l) l.push(h);
      else headsBySentence.set(s, [h]);
    }
    for (const s of e.sentences) {
      const heads = headsBySentence.get(s) ?? [];
      // "Phát biểu tại buổi lễ, đồng chí X mong … theo Điều lệ Đảng": documents quoted in a speech are
      // not what the meeting is about
      const speech = SPEECH_OPENERS.has(`${tokens[doc.sentences[s]?.tokStart ?? 0]?.low ?? ""} ${tokens[(doc.sentences[s]?.tokStart ?? 0) + 1]?.low ?? ""}`);
      const anaph = strongAnaphor.has(s) && !speech;
      // the head the sentence is about: the one nearest its trigger
      const main = [...heads].sort((x, y) => (x.triggerTok < 0 ? 1e9 : Math.abs(x.tokStart - x.triggerTok)) - (y.triggerTok < 0 ? 1e9 : Math.abs(y.tokStart - y.triggerTok)))[0];
      for (const d of docsInSentence(s)) {
        const after = main !== undefined && d.tokStart >= main.tokEnd;
        if (after || (anaph && heads.length === 0 && !otherActor(d.tokStart))) {
          const id = docIds.get(d) as string;
          set.add(id);
          g.relate("CONCERNS", e.id, id, {}, sentenceSpan(doc, d.tokStart));
        }
      }
    }
    eventDocs.set(e.id, set);
  }
  // a day of a tour is about what the tour is about
  for (const e of ev.events) {
    if (!e.partOf) continue;
    const set = eventDocs.get(e.id) as Set<string>;
    for (const id of eventDocs.get(e.partOf.id) ?? []) {
      if (set.has(id)) continue;
      set.add(id);
      const h = e.heads.find((x) => x.zone === "body") ?? e.heads[0];
      g.relate("CONCERNS", e.id, id, {}, h ? sentenceSpan(doc, h.tokStart) : null);
    }
  }
  // "ông X truyền đạt Nghị quyết số 10-NQ/TW …; ông Y quán triệt Nghị quyết số 12-NQ/TW": a document a
  // speaker presents is what the meeting of that passage is about
  const lastOf = new Map(ev.events.map((e) => [e, Math.max(...e.sentences)]));
  doc.sentences.forEach((sent, sIdx) => {
    if (sent.kind !== "body") return;
    for (const d of docsInSentence(sIdx)) {
      if (!presented(a, d.tokStart, sent.tokStart)) continue;
      const e = ev.events.find((x) => x.sentences.has(sIdx)) ?? [...ev.events].reverse().find((x) => x.firstTok < d.tokStart && sIdx <= (lastOf.get(x) ?? -1) + 2);
      if (!e) continue;
      const id = docIds.get(d) as string;
      const set = eventDocs.get(e.id) as Set<string>;
      if (set.has(id)) continue;
      set.add(id);
      g.relate("CONCERNS", e.id, id, {}, sentenceSpan(doc, d.tokStart));
    }
  });
  return eventDocs;
}

const SPEECH_OPENERS = new Set(["phát biểu", "kết luận"]);

const PRESENTING = new Set(["quán triệt", "truyền đạt", "giới thiệu", "phổ biến"]);

/** A presenting verb right before the document ("truyền đạt Nghị quyết …", "quán triệt Chỉ thị …"), said by a person. */
function presented(a: Assembly, at: number, sentStart: number): boolean {
  const { tokens, m } = a;
  for (let k = at - 2; k >= Math.max(sentStart, at - 5); k--) {
    if (!PRESENTING.has(`${tokens[k]?.low} ${tokens[k + 1]?.low}`)) continue;
    // the speaker: a person, with or without titles, before the verb in the same clause
    for (let q = k - 1; q >= Math.max(sentStart, k - 20); q--) {
      const t = tokens[q];
      if (!t || t.text === ";" || t.text === ":") return false;
      if (m.inPerson[q]) return true;
    }
    return false;
  }
  return false;
}

/** A colon between the sentence's start and the name: the name is an item of a list. */
function listOpened(tokens: Token[], sentStart: number, at: number): boolean {
  for (let k = sentStart; k < at; k++) if ((tokens[k] as Token).text === ":") return true;
  return false;
}

// "của các đồng chí: …"
const LIST_HONORIFIC = new Set(["các", "đồng", "chí"]);

const RECIPIENT_GAP = new Set(["các", "đồng", "chí", "thí", "sinh", "đảng", "viên", "lão", "thành", "ông", "bà", ":", ",", "và"]);

/** A name in the list after "trao/tặng … cho (các đồng chí:)". */
function recipient(a: Assembly, sentStart: number, at: number): boolean {
  const { tokens, m } = a;
  for (let k = at - 1; k >= sentStart && k >= at - 40; k--) {
    const w = (tokens[k] as Token).low;
    if (w === "cho") {
      for (let q = Math.max(sentStart, k - 12); q < k; q++) {
        const v = (tokens[q] as Token).low;
        if (v === "trao" || v === "tặng" || (v === "gắn" && tokens[q + 1]?.low === "huy")) return true;
      }
      return false;
    }
    if (!RECIPIENT_GAP.has(w) && !m.inPerson[k]) return false;
  }
  return false;
}

/** Each person's strongest role (chaired over spoke over attended…) in the event of their sentence. */
export function addParticipations(a: Assembly, ev: Events, personIds: Map<PersonMention, string>, positionsOf: Map<string, string>): void {
  const { doc, g, ref, tokens } = a;
  const events = ev.events;
  if (events.length === 0) return;
  const best = new Map<string, { role: string; title: string | null; ev: string; evidence: Span }>();
  const personAt = new Map<number, PersonMention>();
  for (const p of a.m.persons) personAt.set(p.clauseTok, p);
  // the role a list's first name took from a cue written before the list, by the next name's first token
  const listedAfter = new Map<number, string>();
  for (const p of a.m.persons) {
    const pid = personIds.get(p);
    if (!pid || p.role) continue;
    const zone = doc.tokZone[p.tokStart];
    if (zone !== "body" && zone !== "caption" && zone !== "title") continue;
    const sIdx = doc.tokSentence[p.tokStart] as number;
    const s = doc.sentences[sIdx];
    if (!s) continue;
    const roles: string[] = [];
    // after the name and its titles
    let k = p.chain && p.chain.tokStart >= p.tokEnd ? p.chain.tokEnd : p.tokEnd;
    let depth = 0;
    for (let steps = 0; k < s.tokEnd && steps < 8; k++) {
      const t = tokens[k] as Token;
      if (t.text === "(") depth++;
      if (t.text === ")") {
        depth = Math.max(0, depth - 1);
        continue;
      }
      if (depth > 0) continue;
      // "Các đồng chí: A, Bí thư …; B, Phó Bí thư …; C, Chủ tịch … chủ trì", "Tại hội nghị, đồng chí A, …;
      // đồng chí B, … và đồng chí C, … phát biểu": a list shares the verb that closes it (a list opened by a
      // cue, "Dự hội nghị có A; B, … phát biểu", is the cue's unless opened by a colon)
      if (t.text === ";" && roles.length === 0 && (listOpened(tokens, s.tokStart, p.tokStart) || !longest(doc, s.tokStart, "beforeCue"))) {
        const next = personAt.get(k + 1) ?? personAt.get(k + 2) ?? personAt.get(k + 3);
        if (next) {
          k = (next.chain && next.chain.tokStart >= next.tokEnd ? next.chain.tokEnd : next.tokEnd) - 1;
          steps = 0;
          continue;
        }
      }
      if (t.text === "." || t.text === ";") break;
      // "ông X và ông Y … đồng chủ trì": a person coordinated with the next one shares its role
      if (t.low === "và" && roles.length === 0) {
        const next = personAt.get(k + 1) ?? personAt.get(k + 2) ?? personAt.get(k + 3);
        if (next && next.clauseTok - k <= 3) {
          k = (next.chain && next.chain.tokStart >= next.tokEnd ? next.chain.tokEnd : next.tokEnd) - 1;
          steps = 0;
          continue;
        }
      }
      const r = longest(doc, k, "role");
      // once the verb is read, only a coordinated one adds a role (chủ trì và phát biểu), not a
      // word of the complement ("trình bày tham luận về … làm theo lời Bác")
      if (r && (roles.length === 0 || (tokens[k - 1] as Token).low === "và")) {
        roles.push(ref.roles[r.ref]?.role ?? "OTHER");
        k = r.end - 1;
        continue;
      }
      if (t.text === "," && roles.length > 0) break;
      if (t.text === "," && steps > 0) break;
      steps++;
    }
    // a cue opening the clause before the name (Phát biểu tại…, ông X; Theo ông X)
    const bc = longest(doc, s.tokStart, "beforeCue");
    // a list opened by the cue (Dự hội nghị có …; …; và …) shares it
    if (bc && p.clauseTok - s.tokStart <= 60) {
      const r = longest(doc, s.tokStart, "role");
      if (r) roles.push(ref.roles[r.ref]?.role ?? "OTHER");
    } else if (!bc && roles.length === 0) {
      // "…, đồng chí A chủ trì; cùng dự có đồng chí B, …": a cue opening the clause after a semicolon
      let semi = -1;
      for (let q = p.tokStart - 1; q > s.tokStart; q--) {
        if ((tokens[q] as Token).text === ";") {
          semi = q;
          break;
        }
      }
      const r = semi >= 0 && longest(doc, semi + 1, "beforeCue") ? longest(doc, semi + 1, "role") : null;
      if (r && p.clauseTok - semi <= 6) roles.push(ref.roles[r.ref]?.role ?? "OTHER");
    }
    // "dưới sự chủ trì của ông X", "với sự tham dự của đồng chí X", "… của các đồng chí: X, …"
    let before = tokens[p.clauseTok - 1]?.text === ":" ? p.clauseTok - 1 : p.tokStart;
    if (before < p.tokStart) while (before > s.tokStart && LIST_HONORIFIC.has(tokens[before - 1]?.low ?? "")) before--;
    let cueBefore = false;
    for (let q = Math.max(s.tokStart, before - 3); q < before; q++) {
      if ((tokens[q] as Token).low !== "của" || ((tokens[q - 3] as Token | undefined)?.low !== "sự" && (tokens[q - 2] as Token | undefined)?.low !== "sự")) continue;
      const r = longest(doc, (tokens[q - 2] as Token).low === "sự" ? q - 1 : q - 2, "role");
      if (r && r.end === q && roles.length === 0) {
        roles.push(ref.roles[r.ref]?.role ?? "OTHER");
        cueBefore = true;
      }
    }
    // "… của đồng chí A, Phó Chủ tịch …, và đồng chí B, …", "các đồng chí: A, …; B, …": the next names of a
    // list share the cue written before its first one
    if (roles.length === 0) {
      const prev = listedAfter.get(p.clauseTok);
      if (prev) {
        roles.push(prev);
        cueBefore = true;
      }
    }
    // "Đoàn công tác do ông X … làm Trưởng đoàn"
    if (roles.length === 0 && p.chain) {
      const r = longest(doc, p.chain.tokEnd, "role");
      if (r) roles.push(ref.roles[r.ref]?.role ?? "OTHER");
    }
    // "trao Huy hiệu 55 năm tuổi Đảng cho các đồng chí: A, B, C", "trao giải nhất cho thí sinh X":
    // the recipients are there
    if (roles.length === 0 && recipient(a, s.tokStart, p.clauseTok)) roles.push("ATTENDED");
    if (roles.length === 0) continue;
    // the name right after this one in a list ("…; B, …", "… và đồng chí B") shares a cue written before the list
    if (cueBefore) {
      const end = p.chain && p.chain.tokStart >= p.tokEnd ? p.chain.tokEnd : p.tokEnd;
      let k = end;
      while (k < s.tokEnd && k - end <= 2 && (tokens[k]?.text === "," || tokens[k]?.text === ";" || tokens[k]?.low === "và")) k++;
      if (k > end && personAt.has(k)) listedAfter.set(k, roles[roles.length - 1] as string);
    }
    // the meeting the sentence reports before one it only names ("… đã làm việc với … về công tác chuẩn
    // bị đại hội")
    let e = events.find((x) => x.heads.some((h) => h.sentence === sIdx && h.triggered && !h.anaphoric)) ?? events.find((x) => x.sentences.has(sIdx));
    // else the meeting reported last before the name
    if (!e) e = events.reduce<(typeof events)[number] | undefined>((b, x) => (x.firstTok <= p.tokStart && (!b || x.firstTok >= b.firstTok) ? x : b), undefined) ?? events[0];
    if (!e) continue;
    const each = ev.tour.has(sIdx) ? events.filter((x) => x.sentences.has(sIdx)) : [e];
    // "Từ ngày 14 đến 15/4, Đoàn kiểm tra … do ông X làm trưởng đoàn …. Tham gia đoàn có bà Y": the make-up
    // told before the tour's first day holds for its later visits too
    const laterHeads = e.heads.filter((h) => h.zone === "body").map((h) => h.sentence).slice(1);
    if (laterHeads.every((h) => sIdx < h) && roles.every((r) => r === "LED_DELEGATION" || r === "ATTENDED")) {
      for (const x of events) if (x.partOf === e && !each.includes(x) && [...x.sentences].every((q) => sIdx < q)) each.push(x);
    }
    for (const x of each) {
      for (const role of roles) {
        const key = `${pid}|${x.id}`;
        const cur = best.get(key);
        if (!cur || roleWeight(ref, role) < roleWeight(ref, cur.role)) {
          best.set(key, { role, title: positionsOf.get(pid) ?? null, ev: x.id, evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) } });
        }
      }
    }
  }
  for (const [key, v] of best) {
    const pid = key.split("|")[0] as string;
    g.relate("PARTICIPATED_IN", pid, v.ev, { role: v.role, title: v.title }, v.evidence);
  }
}
