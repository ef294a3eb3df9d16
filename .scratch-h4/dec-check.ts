import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { decodeInput } from "../src/ingest/decode.ts";
import { scoreVietnamese } from "../src/ingest/vietnamese.ts";
const s = readFileSync("/work/main/seeds/articles/001_3e7df0fa2902dc67.txt", "utf8");
console.log(scoreVietnamese(s));
function cp(s: string) { return iconv.encode([...s.normalize("NFC")].map(c => { const d=c.normalize("NFD"); const t=d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g,""); return t.length===d.length? c : t.normalize("NFC")+(d.match(/[\u0300\u0301\u0303\u0309\u0323]/g)??[]).join(""); }).join(""), "windows1258"); }
const b = cp(s); console.log(b.includes(0x3f) && b.filter(x=>x===0x3f).length, s.split("?").length);
const r = decodeInput(b, { maxBytes: 1e7 }); console.log(r.encoding, r.text.slice(0,100), r.text === s.normalize("NFC"));
for (const [name, buf] of [["tcvn", iconv.encode(s, "tcvn")], ["tcvn-utf8", Buffer.from(iconv.encode(s,"tcvn").toString("latin1"),"utf8")], ["vni", Buffer.from("Ñoàng chí Nguyeãn Höõu Lôïi, Phoù Bí thö Thöôøng tröïc Thaønh uûy Caàn Thô phaùt bieåu taïi hoäi nghò sô keát Nghò quyeát Trung öông 4 cuûa Ñaûng Coäng saûn Vieät Nam","latin1")], ["utf16", Buffer.concat([Buffer.from([0xff,0xfe]), Buffer.from(s,"utf16le")])]] as const) {
  try { const r = decodeInput(buf, { maxBytes: 1e7 }); console.log(name, "OK", r.encoding, r.text.slice(0,40)); } catch (e) { console.log(name, (e as Error).message); }
}
{ const a = r.text, c = s.normalize("NFC"); let i = 0; while (i < a.length && a[i] === c[i]) i++; console.log(i, JSON.stringify(a.slice(i-10,i+10)), JSON.stringify(c.slice(i-10,i+10))); }
