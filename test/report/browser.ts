/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it), or the one CHROMIUM_PATH names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Where the tests leave their screenshots, for the record (ignored by git). */
export const SCREENSHOTS = path.resolve(__dirname, "../../.test-output/report");

/** Headless Chromium, without the background requests this machine's closed network refuses. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** What a page did while it loaded: console errors, page errors, and every request beyond the file itself. */
export interface PageRecord {
  readonly errors: string[];
  readonly requests: string[];
}

/** Opens a file from disk, recording errors and requests. */
export async function openFile(browser: Browser, file: string): Promise<{ page: Page; record: PageRecord }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const record: PageRecord = { errors: [], requests: [] };
  const url = `file://${file}`;
  page.on("console", (m) => {
    if (m.type() === "error") record.errors.push(m.text());
  });
  page.on("pageerror", (e) => record.errors.push(String(e)));
  page.on("request", (r) => {
    if (r.url() !== url) record.requests.push(r.url());
  });
  await page.goto(url);
  return { page, record };
}

/** A rectangle that intersects another by more than half a pixel. */
export interface Overlap {
  readonly a: string;
  readonly b: string;
}

/**
 * Measures the drawing in the browser: leaf boxes and edge labels that overlap each other, groups that overlap
 * without one holding the other, and text that leaves its box (from the elements' bounding boxes).
 */
export async function measure(page: Page): Promise<{ overlaps: Overlap[]; textOutside: string[] }> {
  return page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect();
    type Box = { left: number; right: number; top: number; bottom: number };
    const hit = (a: Box, b: Box) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const owner = (el: Element) => el.closest("[data-id]")?.getAttribute("data-id") ?? "?";
    const flat = [...document.querySelectorAll('[data-box="leaf"], [data-box="label"]')];
    const overlaps: { a: string; b: string }[] = [];
    for (let i = 0; i < flat.length; i++)
      for (let j = i + 1; j < flat.length; j++)
        if (hit(rect(flat[i]), rect(flat[j]))) overlaps.push({ a: owner(flat[i]), b: owner(flat[j]) });
    const groups = [...document.querySelectorAll('[data-box="group"]')];
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const [gi, gj] = [groups[i].parentElement!, groups[j].parentElement!];
        if (gi.contains(gj) || gj.contains(gi)) continue;
        if (hit(rect(groups[i]), rect(groups[j])))
          overlaps.push({ a: owner(groups[i]), b: owner(groups[j]) });
      }
    // Leaves that overlap a group they are not in; labels that overlap a group that does not hold both ends of
    // their line (a label lies in the group its line runs in), or any box's header text.
    const byId = (id: string | null) =>
      id ? document.querySelector(`[data-id="${(globalThis as any).CSS.escape(id)}"]`) : null;
    for (const g of groups)
      for (const f of flat) {
        const holder = g.parentElement!;
        if (holder.contains(f)) continue;
        if (f.getAttribute("data-box") === "label") {
          const edge = f.parentElement!;
          const [source, target] = [
            byId(edge.getAttribute("data-source")),
            byId(edge.getAttribute("data-target")),
          ];
          if (source && target && holder.contains(source) && holder.contains(target)) continue;
        }
        if (hit(rect(g), rect(f))) overlaps.push({ a: owner(g), b: owner(f) });
      }
    const headers = [...document.querySelectorAll(".node > [data-text-of] text")];
    for (const f of flat.filter((x) => x.getAttribute("data-box") === "label"))
      for (const h of headers) if (hit(rect(f), rect(h))) overlaps.push({ a: owner(h), b: owner(f) });
    const textOutside: string[] = [];
    for (const t of document.querySelectorAll("[data-text-of]")) {
      const box = t.parentElement!.querySelector(":scope > [data-box]")!;
      const outer = rect(box);
      for (const line of t.querySelectorAll("text")) {
        const r = rect(line);
        if (
          r.left < outer.left - 0.5 ||
          r.right > outer.right + 0.5 ||
          r.top < outer.top - 0.5 ||
          r.bottom > outer.bottom + 0.5
        )
          textOutside.push(`${t.getAttribute("data-text-of")}: ${line.textContent}`);
      }
    }
    return { overlaps, textOutside };
  });
}
