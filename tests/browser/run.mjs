// Renders tempora's `timelinejs` and `html` exports in headless Chromium and checks them.
//
//   node run.mjs --timeline seed.json --timelinejs seed.timelinejs.json --html seed.html \
//                [--screenshots DIR] [--chromium /usr/bin/chromium]
//
// TimelineJS is the real library from node_modules, served with the data by a static server
// on 127.0.0.1 (no other host is reachable, and any request to one is blocked and reported).
// Exit code 0 when every check passes; each failed check is printed.

import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, existsSync, statSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, extname, dirname, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => {
    if (a.startsWith("--")) acc.push([a.slice(2), all[i + 1]]);
    return acc;
  }, []),
);
for (const need of ["timeline", "timelinejs", "html"]) {
  if (!args[need]) {
    console.error(`usage: node run.mjs --timeline T.json --timelinejs TL.json --html T.html [--screenshots DIR]`);
    process.exit(2);
  }
}
const executablePath = args.chromium || process.env.CHROMIUM || "/usr/bin/chromium";
const shots = args.screenshots ? resolve(args.screenshots) : null;
if (shots) mkdirSync(shots, { recursive: true });

const timeline = JSON.parse(readFileSync(args.timeline, "utf8"));
const tl = JSON.parse(readFileSync(args.timelinejs, "utf8"));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

// --- a static server on 127.0.0.1: TimelineJS's dist, the data, and a page that embeds it
const dist = join(here, "node_modules", "@knight-lab", "timelinejs", "dist");
const types = { ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".html": "text/html", ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf",
  ".svg": "image/svg+xml", ".png": "image/png" };
// script_path makes TimelineJS load its locale and font CSS from here rather than its CDN, and
// the Georgia/Helvetica font set is the one that needs no web font.
const page = (base) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/tl/css/timeline.css">
<style>html,body{height:100%;margin:0}#timeline-embed{width:100%;height:100%}</style>
<script src="/tl/js/timeline.js"></script></head><body><div id="timeline-embed"></div>
<script>
window.__tl = { loaded: false, errors: [] };
window.timeline = new TL.Timeline("timeline-embed", "/data/timeline.json",
  { script_path: "${base}/tl/js/", font: "georgia-helvetica" });
window.timeline.on("loaded", function () { window.__tl.loaded = true; });
</script></body></html>`;
let base = "";
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  let body = null, type = "text/plain";
  if (url.pathname === "/" || url.pathname === "/index.html") {
    body = page(base); type = types[".html"];
  } else if (url.pathname === "/data/timeline.json") {
    body = readFileSync(args.timelinejs); type = types[".json"];
  } else if (url.pathname.startsWith("/tl/")) {
    const file = normalize(join(dist, decodeURIComponent(url.pathname.slice(4))));
    if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
      body = readFileSync(file); type = types[extname(file)] || "application/octet-stream";
    }
  }
  if (body === null) { res.writeHead(404); res.end("not found"); return; }
  res.writeHead(200, { "content-type": type }); res.end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
base = `http://127.0.0.1:${server.address().port}`;

// --- Chromium with the flags the closed network needs, on a fresh profile
const profile = mkdtempSync(join(tmpdir(), "tempora-chromium-"));
const started = Date.now();
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 860 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

/** Opens a page that records errors and blocks every request off this machine. */
async function open(label) {
  const p = await context.newPage();
  const log = { errors: [], blocked: [] };
  p.on("pageerror", (e) => log.errors.push(`${label} page error: ${e.message}`));
  p.on("console", (m) => { if (m.type() === "error") log.errors.push(`${label} console error: ${m.text()}`); });
  await p.route("**/*", (route) => {
    const u = new URL(route.request().url());
    const local = u.protocol === "file:" || u.protocol === "data:" || u.hostname === "127.0.0.1";
    if (local) return route.continue();
    log.blocked.push(u.href);
    return route.abort();
  });
  return { p, log };
}

try {
  // === TimelineJS
  {
    const { p, log } = await open("timelinejs");
    await p.goto(`${base}/index.html`);
    await p.waitForFunction(() => window.__tl && window.__tl.loaded, null, { timeout: 20000 });
    await p.waitForSelector(".tl-timemarker", { state: "attached", timeout: 10000 });
    const n = tl.events.length;
    check(n > 0, `the timelinejs export has events (${n})`);
    const markers = await p.locator(".tl-timemarker").count();
    check(markers === n, `TimelineJS draws one marker per event (${markers} of ${n})`);
    const slides = await p.locator(".tl-slide").count();
    check(slides === n + 1, `TimelineJS builds a slide per event plus the title (${slides} of ${n + 1})`);
    // Step through every event slide; each must show its headline and display date.
    for (let i = 0; i < n; i++) {
      const ev = tl.events[i];
      await p.evaluate((id) => window.timeline.goToId(id), ev.unique_id);
      const slide = p.locator(`[id="${ev.unique_id}"]`);
      await slide.waitFor({ state: "attached", timeout: 5000 });
      const text = await slide.innerText();
      const headline = ev.text.headline.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'");
      check(text.includes(headline), `slide ${ev.unique_id} shows its headline "${headline.slice(0, 50)}"`);
      check(text.includes(ev.display_date), `slide ${ev.unique_id} shows its date "${ev.display_date}"`);
      const marker = await p.locator(`[id="${ev.unique_id}-marker"]`).count();
      check(marker === 1, `marker of ${ev.unique_id} is on the time axis`);
    }
    // The title slide lists the events left off the axis.
    const title = await p.locator(".tl-slide-titleslide").innerText();
    const off = timeline.events.length - n;
    check(off === 0 || title.includes("not on the axis"), `the title slide lists the ${off} events not on the axis`);
    if (shots) {
      // The last day-precise event, with the time axis zoomed in on it.
      const days = tl.events.filter((e) => /^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(e.display_date));
      const day = days[days.length - 1] || tl.events[0];
      await p.evaluate((id) => window.timeline.goToId(id), day.unique_id);
      await p.waitForTimeout(800);
      for (let z = 0; z < 4; z++) await p.evaluate(() => window.timeline.zoomIn());
      await p.waitForTimeout(1500); // TimelineJS animates the slide in
      await p.screenshot({ path: join(shots, "timelinejs-seed.png") });
      console.log(`screenshot ${join(shots, "timelinejs-seed.png")}`);
    }
    check(log.errors.length === 0, `TimelineJS ran without errors${log.errors.length ? ": " + log.errors.join(" | ") : ""}`);
    check(log.blocked.length === 0, `TimelineJS asked for nothing off this machine${log.blocked.length ? ": " + log.blocked.join(", ") : ""}`);
    await p.close();
  }

  // === the self-contained HTML page
  {
    const { p, log } = await open("html");
    await p.goto(pathToFileURL(resolve(args.html)).href);
    await p.waitForSelector("svg#timeline");
    const n = timeline.events.length;
    const rows = await p.locator("svg#timeline a.ev").count();
    check(rows === n, `the chart has one row per event (${rows} of ${n})`);
    const items = await p.locator("#events li.event").count();
    check(items === n, `the evidence list has one entry per event (${items} of ${n})`);
    const listText = await p.locator("#events").innerText();
    const chartTitles = await p.locator("svg#timeline a.ev > g > title").allTextContents();
    let missing = [];
    timeline.events.forEach((e, i) => {
      if (!listText.includes(e.summary)) missing.push(`${e.id} summary`);
      for (const ev of e.evidence) if (!listText.includes(ev.quote)) missing.push(`${e.id} quote`);
      if (!(chartTitles[i] || "").includes(e.evidence[0]?.quote ?? "")) missing.push(`${e.id} hover quote`);
    });
    check(missing.length === 0, `every event, its quotes and its hover text are on the page${missing.length ? ": missing " + missing.join(", ") : ""}`);
    const placed = timeline.events.filter((e) => e.when.earliest && e.when.latest).length;
    const bars = await p.locator("svg#timeline rect.bar.dated, svg#timeline rect.bar.derived").count();
    check(bars === placed, `every event with both bounds has a bar (${bars} of ${placed})`);
    const unordered = timeline.events.filter((e) => e.follows_previous === "unordered").length;
    const marks = await p.locator("svg#timeline text.order.unordered").count();
    check(marks === unordered, `unordered events are marked (${marks} of ${unordered})`);
    // Click the first day-precise event: the panel shows its quote.
    const i = Math.max(0, timeline.events.findIndex((e) => e.when.granularity === "day" && e.when.from));
    const e = timeline.events[i];
    await p.locator(`svg#timeline a.ev[data-ev="ev-${i}"]`).click();
    await p.waitForSelector("#detail:not([hidden])");
    const panel = await p.locator("#detail").innerText();
    check(panel.includes(e.evidence[0].quote), `clicking ${e.id} shows its evidence in the panel`);
    if (shots) {
      await p.setViewportSize({ width: 1240, height: 1000 });
      await p.screenshot({ path: join(shots, "html-seed-evidence.png") });
      await p.locator("#close").click();
      await p.screenshot({ path: join(shots, "html-seed.png") });
      console.log(`screenshots ${join(shots, "html-seed.png")}, ${join(shots, "html-seed-evidence.png")}`);
    }
    check(log.errors.length === 0, `the HTML page ran without errors${log.errors.length ? ": " + log.errors.join(" | ") : ""}`);
    check(log.blocked.length === 0, `the HTML page asked for nothing off this machine${log.blocked.length ? ": " + log.blocked.join(", ") : ""}`);
    await p.close();
  }
} catch (e) {
  failures.push(`harness: ${e.stack || e}`);
  console.log(`FAIL harness: ${e.stack || e}`);
} finally {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
const passed = "passed";
console.log(`browser checks done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) {
  console.log(`${failures.length} failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log(`all browser checks ${passed}`);
