/**
 * After `webpack`: prints the gzipped size of the JS the first view needs (the entry's initial chunks plus
 * the first route's lazy chunk group) and fails when it is over the budget.
 * Usage: tsx scripts/build-report.ts [distDir]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { z } from "zod";

export const firstViewBudgetKB = 350;

const manifestSchema = z.object({
  entry: z.array(z.string()),
  firstView: z.string(),
  chunkGroups: z.record(z.string(), z.array(z.string())),
});

export interface FirstViewSize {
  readonly files: readonly string[];
  readonly gzipKB: number;
  readonly rawKB: number;
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function readManifest(distDir: string): z.infer<typeof manifestSchema> {
  return manifestSchema.parse(JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")));
}

/** Sizes the first view's JS in a built tab directory (reads build-manifest.json written by webpack). */
export function firstViewSize(distDir: string): FirstViewSize {
  return viewSize(distDir, readManifest(distDir).firstView);
}

/** The JS a view needs when the tab opens on it: the entry's initial chunks plus the view's chunk group. */
export function viewSize(distDir: string, chunkGroup: string): FirstViewSize {
  const manifest = readManifest(distDir);
  const view = manifest.chunkGroups[chunkGroup];
  if (view === undefined) throw new Error(`build-manifest.json has no chunk group ${chunkGroup}`);
  const files = [...new Set([...manifest.entry, ...view])];
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const content = readFileSync(path.join(distDir, file));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files, gzipKB: kb(gzip), rawKB: kb(raw) };
}

function main(): void {
  const distDir = path.resolve(process.argv[2] ?? "dist/tab");
  const size = firstViewSize(distDir);
  console.log(`First view JS: ${size.gzipKB.toFixed(1)} KB gzip (budget ${firstViewBudgetKB} KB)`);
  console.log(`  ${size.files.join(", ")} — ${size.rawKB.toFixed(1)} KB raw`);
  if (size.gzipKB > firstViewBudgetKB) {
    console.error(
      `Over budget by ${(size.gzipKB - firstViewBudgetKB).toFixed(1)} KB: split the first view further.`,
    );
    process.exitCode = 1;
  }
}

if (require.main === module) main();
