// Document mentions -> Resolution entities: catalogue documents by code, number, plenum or alias
// (one id for every spelling), the rest under ids built from what the text states.
import type { PropertyValue } from "../types.js";
import type { CatalogueDoc, Reference } from "../reference.js";
import { lexKey } from "../reference.js";
import { slugify } from "../fold.js";
import type { DocMention } from "../recognize/documents.js";
import { resolveBody } from "../recognize/bodies.js";
import type { Assembly } from "./context.js";

function docTypeName(ref: Reference, type: string): string {
  return ref.docTypes.find((d) => d.type === type)?.name ?? "Văn bản";
}

function termAt(ref: Reference, date: string | null): string | null {
  if (!date) return null;
  let t: string | null = null;
  for (const d of ref.terms) if (d.from <= date) t = d.term;
  return t;
}

/** Properties of a document the catalogue does not hold. */
function uncatalogued(docType: string, fields: { code?: string | null; number?: string | null; plenum?: number | null; term: string | null }): Record<string, PropertyValue> {
  return { code: fields.code ?? null, docType, number: fields.number ?? null, plenum: fields.plenum ?? null, term: fields.term, issuedOn: null, catalogued: false };
}

/** Document mentions to entity ids (mentions that name no document are left out). */
export function addDocuments(a: Assembly): Map<DocMention, string> {
  const { g, ref, m } = a;
  const anchor = m.anchor;
  const docIds = new Map<DocMention, string>();
  const byTypeNumber = new Map<string, string>();
  const plenumTerm = new Map<string, string>();
  for (const d of m.docMentions) if (d.plenum !== null && d.term) plenumTerm.set(`${d.docType}|${d.plenum}`, d.term);
  const catalogueEntity = (c: CatalogueDoc, d: DocMention): string => {
    const typeName = docTypeName(ref, c.docType);
    const name =
      c.docType === "CHARTER"
        ? ref.charter.name
        : c.plenum !== null && c.term && (c.docType === "RESOLUTION" || c.docType === "CONCLUSION") && d.plenum !== null
          ? `${typeName} Trung ương ${c.plenum} khóa ${c.term}`
          : c.code
            ? `${typeName} số ${c.code}`
            : c.title;
    g.entity(c.id, "Resolution", name, {
      code: c.code,
      docType: c.docType,
      number: c.number,
      plenum: c.plenum,
      term: c.term,
      issuedOn: c.issuedOn,
      title: c.title,
      catalogued: true,
    });
    return c.id;
  };
  const pickByDate = (cands: CatalogueDoc[]): CatalogueDoc | null => {
    if (cands.length <= 1) return cands[0] ?? null;
    const before = anchor ? cands.filter((c) => !c.issuedOn || c.issuedOn <= anchor) : cands;
    const pool = before.length > 0 ? before : cands;
    return [...pool].sort((x, y) => (y.issuedOn ?? "").localeCompare(x.issuedOn ?? ""))[0] ?? null;
  };
  // coded mentions first, so a later bare number (Nghị quyết 18) finds the coded one
  for (const d of [...m.docMentions].sort((x, y) => (x.codeKey ? 0 : 1) - (y.codeKey ? 0 : 1))) {
    let id: string | null = null;
    let termInferred = false;
    if (d.aliasDoc !== null) {
      const c = ref.docs[d.aliasDoc];
      if (c) id = catalogueEntity(c, d);
    } else if (d.charter) {
      const c = ref.docs.find((x) => x.docType === "CHARTER");
      if (c) id = catalogueEntity(c, d);
      else id = g.entity(ref.charter.id, "Resolution", ref.charter.name, uncatalogued("CHARTER", { term: null })).id;
    } else if (d.codeKey) {
      // codes repeat across terms (19-NQ/TW of 2012, 2017 and 2022): the one in force at the article's date
      const same = ref.docsByCode.get(d.codeKey) ?? [];
      const c = (same.length > 1 ? pickByDate(d.term ? same.filter((x) => x.term === d.term) : same) : null) ?? ref.docByCode.get(d.codeKey);
      if (c) id = catalogueEntity(c, d);
      else {
        id = `doc:${slugify(d.code ?? d.codeKey)}`;
        g.entity(id, "Resolution", `${docTypeName(ref, d.docType)} số ${d.code}`, uncatalogued(d.docType, { code: d.code, number: d.number, term: d.term }));
      }
      if (d.number) byTypeNumber.set(`${d.docType}|${parseInt(d.number, 10)}`, id);
    } else if (d.number) {
      const k = `${d.docType}|${parseInt(d.number, 10)}`;
      id = byTypeNumber.get(k) ?? null;
      if (!id) {
        let cands = ref.docsByTypeNumber.get(k) ?? [];
        if (d.term) cands = cands.filter((c) => c.term === d.term);
        const c = pickByDate(cands);
        if (c) id = catalogueEntity(c, d);
        else {
          const code = ref.docTypes.find((x) => x.type === d.docType)?.code ?? "vb";
          id = `doc:${slugify(code)}-${d.number}${d.term ? `-${d.term.toLowerCase()}` : ""}`;
          g.entity(id, "Resolution", `${docTypeName(ref, d.docType)} số ${d.number}`, uncatalogued(d.docType, { number: d.number, term: d.term }));
        }
        byTypeNumber.set(k, id);
      }
    } else if (d.plenum !== null) {
      let term = d.term ?? plenumTerm.get(`${d.docType}|${d.plenum}`) ?? null;
      if (!term) {
        termInferred = true;
        term = termAt(ref, anchor);
        // the plenum may not have met yet in the current term
        if (term && anchor) {
          const held = (ref.docsByPlenum.get(`${term}|${d.plenum}`) ?? []).some((c) => !c.issuedOn || c.issuedOn <= anchor);
          const known = ref.docsByPlenum.has(`${term}|${d.plenum}`);
          if (known && !held) {
            const i = ref.terms.findIndex((x) => x.term === term);
            if (i > 0) term = ref.terms[i - 1]?.term ?? term;
          }
        }
      }
      const cands = term ? (ref.docsByPlenum.get(`${term}|${d.plenum}`) ?? []).filter((c) => c.docType === d.docType) : [];
      // a plenum that issued several resolutions: the one the article names by code, none when it names
      // several ("quán triệt Nghị quyết Trung ương 5 khóa XIII" over Nghị quyết 19 and 21), else the first
      const named = cands.filter((c) => g.has(c.id));
      const byAlias = cands.find((c) => c.aliases.some((al) => lexKey(al).includes(`trung uong ${d.plenum}`)));
      if (!byAlias && cands.length > 1 && named.length > 1) continue;
      const preferred =
        byAlias ?? (named.length === 1 ? named[0] : undefined) ?? [...cands].sort((x, y) => parseInt(x.number ?? "999", 10) - parseInt(y.number ?? "999", 10))[0];
      if (preferred) id = catalogueEntity(preferred, d);
      else {
        const code = ref.docTypes.find((x) => x.type === d.docType)?.code ?? "vb";
        id = `doc:${slugify(code)}-tw${d.plenum}${term ? `-${term.toLowerCase()}` : ""}`;
        g.entity(id, "Resolution", `${docTypeName(ref, d.docType)} Trung ương ${d.plenum}${term ? ` khóa ${term}` : ""}`, uncatalogued(d.docType, { plenum: d.plenum, term }));
      }
      if (termInferred) {
        const e = g.get(id);
        if (e) e.properties.termInferred = true;
      }
    } else if (d.congress && d.term) {
      if (d.congress.national) {
        id = `doc:nq-dai-hoi-dang-toan-quoc:${d.term.toLowerCase()}`;
        g.entity(id, "Resolution", `Nghị quyết Đại hội đại biểu toàn quốc lần thứ ${d.term} của Đảng`, uncatalogued("RESOLUTION", { term: d.term }));
      } else if (d.congress.body) {
        const o = resolveBody(a.bodyContext, d.congress.body);
        if (o) {
          const label = d.term.startsWith("nhiệm kỳ") ? d.term : `khóa ${d.term}`;
          id = `doc:nq-dai-hoi:${o.id.slice(4)}:${slugify(d.term)}`;
          g.entity(id, "Resolution", `Nghị quyết Đại hội ${o.name} ${label}`, uncatalogued("RESOLUTION", { term: d.term }));
        }
      }
    }
    if (!id) continue;
    g.mention(id, { start: d.start, end: d.end, text: d.text });
    docIds.set(d, id);
  }
  for (const [, e] of g.entities) {
    if (e.type !== "Resolution") continue;
    const c = ref.docById.get(e.id);
    if (c?.issuer && g.has(c.issuer)) g.relate("ISSUED_BY", e.id, c.issuer, {}, null);
  }
  return docIds;
}
