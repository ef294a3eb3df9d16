// The identity rules are pure functions; they live with the graph tests because they decide node ids.
import { describe, expect, it } from "vitest";
import { articleTag, resolvePersonIdentity, type PersonContext } from "../../src/graph/identity.js";
import { homeProvince, personContexts } from "../../src/graph/plan.js";
import { identityReference } from "../../src/graph/reference-seed.js";
import { articleA, articleC, articleD, REFERENCE } from "./fixtures-graph.js";

const ctx = (over: Partial<PersonContext>): PersonContext => ({
  slug: "per:nguyen-van-hieu",
  positionScopes: [],
  homeProvince: null,
  articleId: "3f2a9c0d11aa",
  ...over,
});

describe("resolvePersonIdentity", () => {
  it("places a person by the province of the bodies they hold positions at", () => {
    const d = resolvePersonIdentity(ctx({ positionScopes: ["dong-thap", "can-tho", "dong-thap"], homeProvince: "can-tho" }), []);
    expect(d).toEqual({ id: "per:nguyen-van-hieu@dong-thap", resolution: "holds a position at a body of dong-thap", possiblySameAs: [] });
  });

  it("prefers a local position over a central one, and uses @central for central positions only", () => {
    expect(resolvePersonIdentity(ctx({ positionScopes: ["central", "binh-thuan"] }), []).id).toBe("per:nguyen-van-hieu@binh-thuan");
    expect(resolvePersonIdentity(ctx({ positionScopes: ["central"], homeProvince: "can-tho" }), []).id).toBe("per:nguyen-van-hieu@central");
  });

  it("falls back to the article's home province", () => {
    const d = resolvePersonIdentity(ctx({ homeProvince: "can-tho" }), ["per:nguyen-van-hieu@dong-thap"]);
    expect(d.id).toBe("per:nguyen-van-hieu@can-tho");
    expect(d.resolution).toBe("no position given; the article is about can-tho");
    expect(d.possiblySameAs).toEqual([]);
  });

  it("links a located person to same-name nodes that had no context", () => {
    const d = resolvePersonIdentity(ctx({ positionScopes: ["can-tho"] }), ["per:nguyen-van-hieu@unknown-aaaa", "per:nguyen-van-hieu@dong-thap"]);
    expect(d.possiblySameAs).toEqual([{ id: "per:nguyen-van-hieu@unknown-aaaa", reason: "same name; the other mention had no position or locality" }]);
  });

  it("without context, reuses the only same-name node", () => {
    const d = resolvePersonIdentity(ctx({}), ["per:nguyen-van-hieu@dong-thap"]);
    expect(d.id).toBe("per:nguyen-van-hieu@dong-thap");
    expect(d.resolution).toMatch(/only person with this name/);
  });

  it("without context and with several namesakes, creates its own node linked to all of them", () => {
    const d = resolvePersonIdentity(ctx({}), ["per:nguyen-van-hieu@can-tho", "per:nguyen-van-hieu@dong-thap"]);
    expect(d.id).toBe("per:nguyen-van-hieu@unknown-3f2a9c0d");
    expect(d.possiblySameAs.map((c) => c.id)).toEqual(["per:nguyen-van-hieu@can-tho", "per:nguyen-van-hieu@dong-thap"]);
    expect(d.resolution).toBe("no position or locality in the article; 2 people share this name, so not merged");
  });

  it("without context and without namesakes, creates its own node", () => {
    const d = resolvePersonIdentity(ctx({}), []);
    expect(d).toMatchObject({ id: "per:nguyen-van-hieu@unknown-3f2a9c0d", possiblySameAs: [] });
  });

  it("ignores candidates that only share a prefix of the slug", () => {
    const d = resolvePersonIdentity(ctx({}), ["per:nguyen-van-hieu-anh@can-tho"]);
    expect(d.id).toBe("per:nguyen-van-hieu@unknown-3f2a9c0d");
  });

  it("derives a short article tag from any id shape", () => {
    expect(articleTag("art:aaaa1111")).toBe("aaaa1111");
    expect(articleTag("2e9b4fb9091a30bf6b0bd90959fceebf")).toBe("2e9b4fb9");
  });
});

describe("person contexts from an extraction result", () => {
  const ref = identityReference(REFERENCE);

  it("reads position scopes from the bodies' locality and the article's home province", () => {
    expect(homeProvince(articleA(), ref)).toBe("can-tho");
    expect(personContexts(articleA(), ref)).toEqual([
      { slug: "per:nguyen-huu-loi", positionScopes: ["can-tho"], homeProvince: "can-tho", articleId: "art:aaaa1111" },
      { slug: "per:le-thanh", positionScopes: [], homeProvince: "can-tho", articleId: "art:aaaa1111" },
    ]);
    expect(personContexts(articleC(), ref)[0]!.positionScopes).toEqual(["dong-thap"]);
    expect(personContexts(articleD(), ref)[0]).toMatchObject({ positionScopes: [], homeProvince: null });
  });

  it("maps districts to their province and central bodies to @central", () => {
    expect(ref.provinces.provinceOf("loc:can-tho:ninh-kieu")).toBe("can-tho");
    expect(ref.provinces.provinceOf("loc:vn")).toBeNull();
    expect(ref.provinces.provinceOf("loc:ha-noi:ba-dinh")).toBe("ha-noi"); // not in this gazetteer: by id
    const r = articleD();
    r.entities.push({ id: "org:ban-chap-hanh-trung-uong", type: "Organization", name: "Ban Chấp hành Trung ương Đảng", aliases: [], properties: {}, mentions: [] });
    r.relations.push({ type: "HOLDS_POSITION", from: "per:nguyen-huu-loi", to: "org:ban-chap-hanh-trung-uong", properties: { title: "Ủy viên" }, evidence: [] });
    expect(personContexts(r, ref)[0]!.positionScopes).toEqual(["central"]);
  });
});
