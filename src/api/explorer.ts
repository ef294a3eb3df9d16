// A self-contained query page (no CDN: the machines are offline). It posts JSON, which also
// satisfies Apollo's CSRF prevention.

const EXAMPLE = `query Implementations($document: String, $locality: String) {
  implementations(document: $document, locality: $locality, first: 5) {
    documents { code title }
    edges {
      node {
        document { code title }
        body { name }
        locality { name }
        officials { person { name } title }
        events { name date }
        articles { title url }
        evidence
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function explorerPage(opts: { endpoint: string; introspection: boolean; browserUrl: string | null }): string {
  const vars = JSON.stringify({ document: "21-KL/TW", locality: "Cần Thơ" }, null, 2);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KG GraphQL explorer</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 1fr 1fr; height: 100vh; }
  header { grid-column: 1 / 3; padding: 8px 12px; background: #24323f; color: #fff; display: flex; gap: 12px; align-items: center; }
  header a { color: #9cd3ff; }
  section { display: flex; flex-direction: column; padding: 8px; gap: 6px; min-height: 0; }
  textarea, pre { font: 13px/1.35 ui-monospace, monospace; border: 1px solid #ccc; border-radius: 4px; padding: 6px; }
  #query { flex: 3; } #variables { flex: 1; } #result { flex: 1; overflow: auto; margin: 0; background: #f7f7f7; }
  input { font: inherit; padding: 4px; } button { font: inherit; padding: 4px 14px; }
</style>
</head>
<body>
<header>
  <strong>Knowledge graph — GraphQL</strong>
  <span>POST ${escapeHtml(opts.endpoint)}</span>
  ${opts.browserUrl ? `<a href="${escapeHtml(opts.browserUrl)}" target="_blank" rel="noopener">Neo4j Browser</a>` : ""}
  <a href="/browser/guide.html" target="_blank">Browser guide</a>
  <span>${opts.introspection ? "introspection on" : "introspection off"}</span>
</header>
<section>
  <label>Query</label>
  <textarea id="query" spellcheck="false">${escapeHtml(EXAMPLE)}</textarea>
  <label>Variables (JSON)</label>
  <textarea id="variables" spellcheck="false">${escapeHtml(vars)}</textarea>
  <label>Authorization (a writer JWT, only for mutations)</label>
  <input id="token" placeholder="eyJ…" autocomplete="off">
  <div><button id="run">Run ▶ (Ctrl+Enter)</button> <span id="timing"></span></div>
</section>
<section>
  <label>Response</label>
  <pre id="result"></pre>
</section>
<script>
const $ = (id) => document.getElementById(id);
async function run() {
  let variables = {};
  try { variables = $("variables").value.trim() ? JSON.parse($("variables").value) : {}; }
  catch (e) { $("result").textContent = "Variables are not valid JSON: " + e.message; return; }
  const headers = { "content-type": "application/json" };
  if ($("token").value.trim()) headers.authorization = "Bearer " + $("token").value.trim();
  const t0 = performance.now();
  try {
    const res = await fetch(${JSON.stringify(opts.endpoint)}, { method: "POST", headers, body: JSON.stringify({ query: $("query").value, variables }) });
    const text = await res.text();
    $("timing").textContent = res.status + " · " + Math.round(performance.now() - t0) + " ms";
    try { $("result").textContent = JSON.stringify(JSON.parse(text), null, 2); } catch { $("result").textContent = text; }
  } catch (e) { $("result").textContent = String(e); }
}
$("run").onclick = run;
document.addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
</script>
</body>
</html>
`;
}
